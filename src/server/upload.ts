/**
 * Portfolio files sent as a request's raw body: their kind (from `?format=` or the Content-Type),
 * and the body streamed to a file as it arrives, so that a file of hundreds of megabytes never
 * sits in memory. The upload limit is its own, apart from the JSON body limit.
 */
import { createWriteStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { FileFormat } from '../app/screening/index.js';
import { lookupTable } from '../core/normalise/index.js';
import { BadRequest, PayloadTooLarge, UnsupportedMediaType } from './errors.js';
import { DRAIN_LIMIT, discardBody, requestError } from './http.js';

export const UPLOAD_FORMATS: readonly FileFormat[] = ['csv', 'xlsx', 'jsonl'];

const CONTENT_TYPES = lookupTable<FileFormat>({
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/tab-separated-values': 'csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/jsonlines': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  // As the command line reads a .json file: one object a line.
  'application/json': 'jsonl',
});

/** The file's kind: `?format=` if given (already checked), else the Content-Type's. */
export function uploadFormat(req: IncomingMessage, format: string | null): FileFormat {
  if (format !== null) return format as FileFormat;
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const known = CONTENT_TYPES[type];
  if (known) return known;
  throw new UnsupportedMediaType(
    `${type ? `a body of type "${type}"` : 'a body without a Content-Type'} is not a portfolio ` +
      'file: send text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet ' +
      'or application/x-ndjson, or say ?format=csv|xlsx|jsonl',
  );
}

function tooLarge(maxBytes: number) {
  return new PayloadTooLarge(`the file exceeds ${maxBytes} bytes (the server's upload limit)`);
}

/**
 * Write the body to `path` (a new file) as it arrives, holding at most a chunk or two in memory;
 * resolves to its size. More than `maxBytes`, declared or arriving, is refused with 413; the rest
 * of a refused body is drained (up to a point), so that the client reads the answer.
 */
export function receiveFile(req: IncomingMessage, path: string, maxBytes: number): Promise<number> {
  if (Number(req.headers['content-length']) > maxBytes) {
    discardBody(req);
    return Promise.reject(tooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    const file = createWriteStream(path, { flags: 'wx' });
    let size = 0;
    let ended = false;
    let failure: Error | null = null;
    const fail = (error: Error) => {
      if (failure) return;
      failure = error;
      file.destroy();
      req.resume();
      reject(error);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (failure) {
        if (size > DRAIN_LIMIT) req.destroy();
      } else if (size > maxBytes) fail(tooLarge(maxBytes));
      else if (!file.write(chunk)) {
        // Back-pressure: the disk is slower than the network.
        req.pause();
        file.once('drain', () => failure ?? req.resume());
      }
    });
    req.on('end', () => {
      ended = true;
      if (!failure) file.end();
    });
    req.on('error', (error) => fail(requestError(error)));
    req.on('close', () => {
      if (!req.complete) fail(new BadRequest('the upload was cut off before its end'));
    });
    file.on('error', fail);
    file.on('close', () => {
      if (!failure && ended) resolve(size);
    });
  });
}
