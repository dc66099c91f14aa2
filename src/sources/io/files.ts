import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { SourceError, unreadable } from './errors.js';
import { invalidUtf8At, unfinishedTail } from './utf8.js';

/** Check that the file exists, is not empty and not larger than its kind allows; returns its size. */
export function checkFile(path: string, maxBytes: number): number {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new SourceError(path, null, 'not a regular file');
    size = stat.size;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw unreadable(path, error);
  }
  if (size === 0) throw new SourceError(path, null, 'the file is empty');
  if (size > maxBytes) {
    const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
    throw new SourceError(
      path,
      null,
      `${mb(size)} is too large for this kind of list (limit ${mb(maxBytes)})`,
    );
  }
  return size;
}

/** The first bytes of a file, decoded as latin1 so that any byte sequence can be sniffed. */
export function readHead(path: string, bytes = 65536): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

export type Encoding = 'utf-8' | 'windows-1252' | 'auto';

/**
 * Stream a file as text. UTF-8 is checked strictly: a byte sequence that is not UTF-8 stops the
 * read with its line and byte offset. `auto` reads UTF-8 when the file is valid UTF-8 and
 * Windows-1252 otherwise (the UK's CSV has been published in both). The BOM and the DOS
 * end-of-file byte (0x1A, which OFAC's CSV files end with) are dropped.
 */
export async function* readText(
  path: string,
  encoding: Encoding,
  progress: (bytes: number) => void,
): AsyncIterable<string> {
  const label =
    encoding === 'auto' ? ((await isUtf8File(path)) ? 'utf-8' : 'windows-1252') : encoding;
  const decoder = new TextDecoder(label, { fatal: true, ignoreBOM: false });
  let offset = 0;
  let line = 1;
  // The bytes of a character the previous chunk ended inside of: where a bad sequence may start.
  let held: Uint8Array = new Uint8Array(0);
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 16,
  }) as AsyncIterable<Buffer>) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw badText(path, label, Buffer.concat([held, chunk]), offset - held.length, line);
    }
    if (label === 'utf-8') {
      // Copied: three bytes at most, and the chunk's memory is not ours to keep.
      held = Uint8Array.from(
        unfinishedTail(chunk.length >= 3 ? chunk : Buffer.concat([held, chunk])),
      );
    }
    offset += chunk.length;
    progress(chunk.length);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) line++;
    yield text.replaceAll(String.fromCharCode(0x1a), '');
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new SourceError(path, `line ${line}`, `ends inside a ${label} character`);
  }
}

/**
 * The error for text that does not decode, at the first bad byte: its line and its offset in the
 * file (counted from 0), so that it can be found in an editor or with `xxd -s`. `bytes` start at
 * file offset `start`, on line `line`. Only UTF-8 fails (Windows-1252 decodes any byte).
 */
function badText(path: string, label: string, bytes: Buffer, start: number, line: number) {
  const at = Math.max(0, invalidUtf8At(bytes));
  let lines = line;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < at; i = bytes.indexOf(0x0a, i + 1)) lines++;
  const byte = bytes[at]?.toString(16).padStart(2, '0') ?? '??';
  return new SourceError(
    path,
    `line ${lines}`,
    `not valid ${label} text: byte 0x${byte} at offset ${start + at} ` +
      '(is the file in another encoding, such as Windows-1252?)',
  );
}

/**
 * Whether the whole file decodes as UTF-8, checked in chunks as it streams: a large file is
 * neither held in memory nor read in one go that would hold up everything else in the process
 * (a server screening an upload).
 */
async function isUtf8File(path: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 16,
  }) as AsyncIterable<Buffer>) {
    try {
      decoder.decode(chunk, { stream: true });
    } catch {
      return false;
    }
  }
  try {
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}
