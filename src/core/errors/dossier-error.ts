import type { ErrorCode } from './codes.js';

/**
 * The base of Dossier's own errors: the message is for people, `code` for programs. Anything
 * thrown that is not a DossierError is a bug, answered as one (HTTP 500, exit code 1).
 */
export abstract class DossierError extends Error {
  abstract readonly code: ErrorCode;
}

/** Whether a thrown value is one of Dossier's errors (and so carries a code). */
export function isDossierError(error: unknown): error is DossierError {
  return error instanceof DossierError;
}

/** The code of a thrown value, or null for anything that is not a DossierError. */
export function errorCode(error: unknown): ErrorCode | null {
  return error instanceof DossierError ? error.code : null;
}
