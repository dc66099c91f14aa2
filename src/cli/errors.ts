/**
 * The command line's own errors, and the one table from error codes to exit codes: 2 for the
 * user's mistakes (a bad flag, a bad value), 3 for something named that is not there (a database
 * file too), 4 for nothing to screen against (no list loaded), 5 for a list version refused by a
 * safety check (older, or shrunk), 1 for the rest, so that scripts can tell them apart.
 */
import { DossierError, type ErrorCode } from '../core/errors/index.js';

/** A command used wrongly: a bad flag, value or argument. */
export class UsageError extends DossierError {
  override readonly name = 'UsageError';
  readonly code = 'usage';
}

/** A run, key or entity named on the command line that does not exist. */
export class NotFoundError extends DossierError {
  override readonly name = 'NotFoundError';
  readonly code = 'not_found';
}

export const EXIT_CODE: Readonly<Record<ErrorCode, number>> = {
  usage: 2,
  invalid_input: 2,
  not_found: 3,
  method_not_allowed: 1,
  conflict: 1,
  integrity: 1,
  unauthenticated: 1,
  forbidden: 1,
  too_large: 1,
  unsupported_media_type: 1,
  rate_limited: 1,
  unavailable: 1,
  source_invalid: 1,
  schema_too_new: 1,
  interrupted: 1,
  // Its own code, so that a script can tell "not screened: no lists" from any other failure.
  no_lists: 4,
  // Its own code, so that a scheduled load can tell "refused, look at it" from a failure.
  version_refused: 5,
};

/** The exit code for a thrown value: by its code, or 1 for anything that is not ours. */
export function exitCodeOf(error: unknown): number {
  return error instanceof DossierError ? EXIT_CODE[error.code] : 1;
}
