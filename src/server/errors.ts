/**
 * The API's typed errors, and the one place that turns any thrown value into yente's error shape
 * `{detail}` with a status: 4xx for the caller's mistakes, 5xx only for ours. Errors are told
 * apart by their code (src/core/errors), never by their class.
 */
import { DossierError, type ErrorCode } from '../core/errors/index.js';

/** An error raised by the HTTP layer itself, with the headers its answer must carry. */
export abstract class ApiError extends DossierError {
  /** Headers the answer must carry (Allow, Retry-After, ...). */
  readonly headers: Record<string, string> = {};
}

/** Malformed JSON, wrong types, unknown or out-of-range parameters. */
export class BadRequest extends ApiError {
  override readonly name = 'BadRequest';
  readonly code = 'invalid_input';
}

export class NotFound extends ApiError {
  override readonly name = 'NotFound';
  readonly code = 'not_found';
}

export class MethodNotAllowed extends ApiError {
  override readonly name = 'MethodNotAllowed';
  readonly code = 'method_not_allowed';
  constructor(readonly allow: readonly string[]) {
    super(`method not allowed; use ${allow.join(', ')}`);
    this.headers.allow = allow.join(', ');
  }
}

/** Refused whoever asks: a request from another site's web page (not a key's role: auth). */
export class Forbidden extends ApiError {
  override readonly name = 'Forbidden';
  readonly code = 'forbidden';
}

/** The request does not fit the resource's state: a job's results before it has finished. */
export class Conflict extends ApiError {
  override readonly name = 'Conflict';
  readonly code = 'conflict';
}

export class PayloadTooLarge extends ApiError {
  override readonly name = 'PayloadTooLarge';
  readonly code = 'too_large';
}

export class UnsupportedMediaType extends ApiError {
  override readonly name = 'UnsupportedMediaType';
  readonly code = 'unsupported_media_type';
}

/** The caller's token bucket is empty: it may retry after `retryAfter` seconds. */
export class TooManyRequests extends ApiError {
  override readonly name = 'TooManyRequests';
  readonly code = 'rate_limited';
  constructor(retryAfter: number) {
    super(`too many requests; retry in ${retryAfter} s`);
    this.headers['retry-after'] = String(retryAfter);
  }
}

/** The index is still being built: the caller may retry shortly, so this is 503, not 500. */
export class NotReady extends ApiError {
  override readonly name = 'NotReady';
  readonly code = 'unavailable';
  constructor(detail = 'the index is still being built; retry shortly') {
    super(detail);
  }
}

/** The challenge of a 401: both schemes the server reads. */
export const CHALLENGE = 'Bearer realm="dossier", ApiKey realm="dossier"';

export interface ErrorReply {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/**
 * Each code's status. Null: a fault on our side or the operator's (a damaged list file, a
 * database from a newer release), answered as any bug is, with a 500 that hides the details.
 */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number | null>> = {
  usage: null,
  invalid_input: 400,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  integrity: 409,
  unauthenticated: 401,
  forbidden: 403,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  source_invalid: null,
  schema_too_new: null,
  interrupted: null,
  // The server runs but cannot screen until lists are loaded: retry later, as with a build.
  no_lists: 503,
  version_refused: null,
};

function statusOf(error: unknown): { status: number; headers: Record<string, string> } | null {
  if (!(error instanceof DossierError)) return null;
  const status = HTTP_STATUS[error.code];
  if (status === null) return null;
  const headers = error instanceof ApiError ? { ...error.headers } : {};
  if (error.code === 'unauthenticated') headers['www-authenticate'] = CHALLENGE;
  return { status, headers };
}

/** Messages quote the caller's input (a file's header): a huge one is cut, not sent back. */
const MAX_DETAIL = 1000;

function shortened(message: string): string {
  return message.length > MAX_DETAIL ? `${message.slice(0, MAX_DETAIL)}… (cut)` : message;
}

/** Map an error to its response. Unexpected errors are logged and their details kept private. */
export function errorReply(error: unknown, log: (line: string) => void): ErrorReply {
  const known = statusOf(error);
  if (known) {
    const detail = shortened((error as Error).message);
    return { ...known, body: JSON.stringify({ detail }) };
  }
  log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  return { status: 500, body: JSON.stringify({ detail: 'internal server error' }), headers: {} };
}
