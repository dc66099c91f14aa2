/**
 * The API's typed errors, and the one place that turns any thrown value into yente's error shape
 * `{detail}` with a status: 4xx for the caller's mistakes, 5xx only for ours.
 */
import { AuthenticationError, PermissionError } from '../auth/index.js';
import { MatchInputError } from '../core/matching/index.js';
import { ScreeningError, type ScreeningErrorKind } from '../core/screening/index.js';

export abstract class ApiError extends Error {
  abstract readonly status: number;
  /** Headers the answer must carry (Allow, Retry-After, ...). */
  readonly headers: Record<string, string> = {};
}

/** Malformed JSON, wrong types, unknown or out-of-range parameters. */
export class BadRequest extends ApiError {
  override readonly name = 'BadRequest';
  readonly status = 400;
}

export class NotFound extends ApiError {
  override readonly name = 'NotFound';
  readonly status = 404;
}

export class MethodNotAllowed extends ApiError {
  override readonly name = 'MethodNotAllowed';
  readonly status = 405;
  constructor(readonly allow: readonly string[]) {
    super(`method not allowed; use ${allow.join(', ')}`);
    this.headers.allow = allow.join(', ');
  }
}

/** The request does not fit the resource's state: a job's results before it has finished. */
export class Conflict extends ApiError {
  override readonly name = 'Conflict';
  readonly status = 409;
}

export class PayloadTooLarge extends ApiError {
  override readonly name = 'PayloadTooLarge';
  readonly status = 413;
}

export class UnsupportedMediaType extends ApiError {
  override readonly name = 'UnsupportedMediaType';
  readonly status = 415;
}

/** The caller's token bucket is empty: it may retry after `retryAfter` seconds. */
export class TooManyRequests extends ApiError {
  override readonly name = 'TooManyRequests';
  readonly status = 429;
  constructor(retryAfter: number) {
    super(`too many requests; retry in ${retryAfter} s`);
    this.headers['retry-after'] = String(retryAfter);
  }
}

/** The index is still being built: the caller may retry shortly, so this is 503, not 500. */
export class NotReady extends ApiError {
  override readonly name = 'NotReady';
  readonly status = 503;
  constructor() {
    super('the index is still being built; retry shortly');
  }
}

/** The challenge of a 401: both schemes the server reads. */
export const CHALLENGE = 'Bearer realm="dossier", ApiKey realm="dossier"';

export interface ErrorReply {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** Screening's mistakes by their kind: the caller's input, something not there, a state. */
const SCREENING_STATUS: Record<ScreeningErrorKind, number> = {
  usage: 400,
  'not-found': 404,
  conflict: 409,
  integrity: 409,
};

function statusOf(error: unknown): { status: number; headers: Record<string, string> } | null {
  if (error instanceof ApiError) return { status: error.status, headers: { ...error.headers } };
  if (error instanceof MatchInputError) return { status: 400, headers: {} };
  if (error instanceof ScreeningError) return { status: SCREENING_STATUS[error.kind], headers: {} };
  if (error instanceof AuthenticationError) {
    return { status: 401, headers: { 'www-authenticate': CHALLENGE } };
  }
  if (error instanceof PermissionError) return { status: 403, headers: {} };
  return null;
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
