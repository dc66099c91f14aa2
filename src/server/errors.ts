/**
 * The API's typed errors, and the one place that turns any thrown value into yente's error shape
 * `{detail}` with a status: 4xx for the caller's mistakes, 5xx only for ours.
 */
import { MatchInputError } from '../core/matching/index.js';

export abstract class ApiError extends Error {
  abstract readonly status: number;
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
  }
}

export class PayloadTooLarge extends ApiError {
  override readonly name = 'PayloadTooLarge';
  readonly status = 413;
}

/** The index is still being built: the caller may retry shortly, so this is 503, not 500. */
export class NotReady extends ApiError {
  override readonly name = 'NotReady';
  readonly status = 503;
  constructor() {
    super('the index is still being built; retry shortly');
  }
}

export interface ErrorReply {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** Map an error to its response. Unexpected errors are logged and their details kept private. */
export function errorReply(error: unknown, log: (line: string) => void): ErrorReply {
  let status = 500;
  let detail = 'internal server error';
  const headers: Record<string, string> = {};
  if (error instanceof ApiError) {
    status = error.status;
    detail = error.message;
    if (error instanceof MethodNotAllowed) headers.allow = error.allow.join(', ');
  } else if (error instanceof MatchInputError) {
    status = 400;
    detail = error.message;
  } else {
    log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  }
  return { status, body: JSON.stringify({ detail }), headers };
}
