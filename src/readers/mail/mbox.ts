/**
 * MBOX mailboxes: split into their messages, each a child `.eml` (`message-001.eml`...) that the
 * pipeline reads as an e-mail. A message starts at a `From ` line (the "From_" line) at the start
 * of the file or of a line, when the line after it is a header: a body line that happens to begin
 * with "From " and was not escaped does not split a message. Lines escaped as `>From ` (mboxrd,
 * and mboxo for one level) lose one `>`. The From_ line itself is not part of the message.
 */
import type { ChildFile, ReadOutcome } from '../../core/documents/index.js';
import { failed, readSafely } from '../read-problem.js';
import type { DocumentReader, ReadInput } from '../types.js';
import { checkDepth } from '../zip/index.js';

const FROM = Buffer.from('From ');
/** A header line: a field name (printable ASCII without a colon), then a colon. */
const HEADER = /^[\x21-\x39\x3b-\x7e]+:/;

function lineEnd(bytes: Buffer, from: number): number {
  const end = bytes.indexOf(0x0a, from);
  return end === -1 ? bytes.length : end + 1;
}

function isFromLine(bytes: Buffer, at: number): boolean {
  if (at + FROM.length > bytes.length) return false;
  if (bytes.compare(FROM, 0, FROM.length, at, at + FROM.length) !== 0) return false;
  const next = lineEnd(bytes, at);
  return HEADER.test(bytes.subarray(next, Math.min(next + 200, bytes.length)).toString('latin1'));
}

/** Undo the `>From ` escaping, line by line. */
function unescapeFrom(message: Buffer): Buffer {
  if (!/^>+From /m.test(message.toString('latin1'))) return message;
  const lines: Buffer[] = [];
  for (let at = 0; at < message.length; ) {
    const end = lineEnd(message, at);
    const line = message.subarray(at, end);
    lines.push(/^>+From /.test(line.toString('latin1', 0, 64)) ? line.subarray(1) : line);
    at = end;
  }
  return Buffer.concat(lines);
}

/** The messages of a mailbox, as bytes; empty when it does not start with a From_ line. */
export function splitMbox(bytes: Buffer): Buffer[] {
  const starts: number[] = [];
  for (let at = 0; at < bytes.length; at = lineEnd(bytes, at)) {
    if (isFromLine(bytes, at)) starts.push(at);
    else if (
      starts.length === 0 &&
      bytes.subarray(at, lineEnd(bytes, at)).toString().trim() !== ''
    ) {
      return [];
    }
  }
  return starts.map((start, i) => {
    let end = starts[i + 1] ?? bytes.length;
    // The empty line a writer puts before the next From_ line is the mailbox's, not the message's.
    if (
      bytes[end - 1] === 0x0a &&
      (bytes[end - 2] === 0x0a || (bytes[end - 2] === 0x0d && bytes[end - 3] === 0x0a))
    ) {
      end -= bytes[end - 2] === 0x0d ? 2 : 1;
    }
    return unescapeFrom(bytes.subarray(lineEnd(bytes, start), end));
  });
}

async function readMbox(input: ReadInput): Promise<ReadOutcome> {
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  if (bytes.length === 0)
    return failed({ stage: 'unpack', reason: 'empty', message: 'the file is empty' });
  const messages = splitMbox(bytes);
  if (messages.length === 0) {
    const message = 'not a mailbox: it does not start with a "From " line followed by headers';
    return failed({ stage: 'unpack', reason: 'corrupt', message });
  }
  checkDepth(input, 'a mailbox');
  const properties = { messages: [String(messages.length)] };
  const { maxEntries } = input.limits;
  const width = Math.max(3, String(messages.length).length);
  const children: ChildFile[] = messages.slice(0, maxEntries).map((message, i) => ({
    path: `message-${String(i + 1).padStart(width, '0')}.eml`,
    bytes: message,
  }));
  if (messages.length > maxEntries) {
    const problem = `holds ${messages.length} messages; the limit is ${maxEntries}`;
    return failed(
      { stage: 'unpack', reason: 'archive-limits', message: `${problem} (maxEntries)` },
      children,
      properties,
    );
  }
  return { status: 'processed', properties, pages: [], children };
}

export const mboxReader: DocumentReader = {
  name: 'mbox',
  accepts(mediaType, fileName) {
    return mediaType === 'application/mbox' || /\.(mbox|mbx)$/i.test(fileName);
  },
  read(input) {
    return readSafely('unpack', () => readMbox(input));
  },
};
