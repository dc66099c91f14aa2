/**
 * Small HTTP helpers over node:http: reading a bounded JSON body, and the reply a handler returns.
 * Handlers return a reply instead of writing to the response, so that every route renders, and
 * every error is mapped, in exactly one place (app.ts).
 */
import type { IncomingMessage } from 'node:http';
import { BadRequest, PayloadTooLarge } from './errors.js';

export interface Reply {
  status: number;
  /** Serialised once, by the handler that built it (bytes for the workbench's files and images). */
  body: string | Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
  /**
   * A body sent as it is made (a download), in place of `body`: called once the status is
   * decided, so a handler checks everything first and fails with a proper status, never halfway.
   */
  stream?: () => Iterable<string> | AsyncIterable<string>;
}

export function json(value: unknown, status = 200, headers?: Record<string, string>): Reply {
  return { status, body: JSON.stringify(value), headers };
}

/** A download, written piece by piece as the client reads it. */
export function streamed(
  contentType: string,
  stream: NonNullable<Reply['stream']>,
  headers?: Record<string, string>,
): Reply {
  return { status: 200, body: '', contentType, headers, stream };
}

/** A download's pieces go out joined to about this size: a write each would cost a frame each. */
const PIECE = 64 * 1024;

/** Join small pieces (a line each) into writes of about 64 KiB. */
export async function* joined(
  pieces: Iterable<string> | AsyncIterable<string>,
): AsyncGenerator<string> {
  let buffer = '';
  for await (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= PIECE) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** Past this many bytes a refused body is no longer drained: the connection is dropped. */
export const DRAIN_LIMIT = 16 * 1024 * 1024;

/**
 * Read a body nobody wants and drop it, so that the client, still sending, reads the answer; past
 * DRAIN_LIMIT the connection is closed rather than the whole body read.
 */
export function discardBody(req: IncomingMessage): void {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DRAIN_LIMIT) req.destroy();
  });
  req.resume();
}

/**
 * A request stream's error as the handler should see it. Node ends a body whose client went away
 * with an "aborted" error (ECONNRESET): that is the client's doing, a 400 like any cut-off body,
 * and not an internal error whose stack is logged (finding 10 of issue 14).
 */
export function requestError(error: NodeJS.ErrnoException): Error {
  return error.code === 'ECONNRESET' ? new BadRequest('the request was aborted') : error;
}

/**
 * Read the body, refusing more than `maxBytes` (as declared, or as it arrives). A refused body is
 * drained rather than the socket destroyed, so that the client still reads the 413.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    const refuse = () => {
      refused = true;
      chunks.length = 0;
      reject(new PayloadTooLarge(`the body exceeds ${maxBytes} bytes`));
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (refused) {
        if (size > DRAIN_LIMIT) req.destroy();
      } else if (size > maxBytes) refuse();
      else chunks.push(chunk);
    });
    let ended = false;
    req.on('end', () => {
      ended = true;
      if (!refused) resolve(Buffer.concat(chunks, size));
    });
    req.on('error', (error) => reject(requestError(error)));
    // A client that goes away mid-body: settle, so that nothing waits on it. Only then is the
    // error made: making one (its stack) on every request's close showed in profiles.
    req.on('close', () => {
      if (!ended) reject(new BadRequest('the request was aborted'));
    });
    if (Number(req.headers['content-length']) > maxBytes) refuse();
  });
}

export async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const body = await readBody(req, maxBytes);
  if (body.length === 0) throw new BadRequest('the request needs a JSON body');
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new BadRequest(`the body is not valid JSON: ${(error as Error).message}`);
  }
}

/** A plain JSON object (not an array or null), as the bodies and examples must be. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
