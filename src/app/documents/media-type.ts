/**
 * A file's media type, from its bytes first and its name second: a leak's file names lie
 * (`scan.pdf.jpg`, `invoice` with no extension, an e-mail saved as `.html`). In order:
 * 0. a text byte-order mark (file-type takes UTF-16's FF FE for an MPEG audio frame);
 * 1. file-type's signatures (PDF, images, ZIP and the Office formats inside it...);
 * 2. e-mail, which has no signature file-type knows: an MBOX starts with a `From ` line, a message
 *    with header fields (aleph's ingest-file#622 took EML for HTML);
 * 3. the extension;
 * 4. text, when the first bytes hold no control characters but line breaks and tabs;
 * 5. `application/octet-stream`, which no reader accepts: the file fails as `unknown-type`.
 */
import { fileTypeFromBuffer } from 'file-type';

/** Extensions file-type cannot see in the bytes (text formats) or that it gives no name for. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  txt: 'text/plain',
  text: 'text/plain',
  log: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  htm: 'text/html',
  html: 'text/html',
  xhtml: 'application/xhtml+xml',
  xml: 'application/xml',
  json: 'application/json',
  eml: 'message/rfc822',
  mbox: 'application/mbox',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const HEADER_FIELD =
  /^(Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|Delivered-To|X-[\w-]+):[ \t]/i;
const MBOX_FROM = /^From \S+.*\d{4}\r?$/;

function head(bytes: Uint8Array, length: number): string {
  return new TextDecoder('latin1').decode(bytes.subarray(0, length));
}

/** Mail by its first lines: `From ` and a date for MBOX; three header fields in a row for EML. */
function sniffMail(bytes: Uint8Array): string | null {
  const lines = head(bytes, 4096).split('\n');
  if (MBOX_FROM.test(lines[0] ?? '')) return 'application/mbox';
  let fields = 0;
  for (const line of lines.slice(0, 30)) {
    if (HEADER_FIELD.test(line)) fields++;
    else if (/^[ \t]/.test(line)) continue;
    else break;
  }
  return fields >= 3 ? 'message/rfc822' : null;
}

/** No control bytes in the first 8 KB but tab, line breaks, form feed and escape. */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) {
      return false;
    }
  }
  return n > 0;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function hasTextBom(bytes: Uint8Array): boolean {
  const [a, b, c] = bytes;
  return (
    (a === 0xef && b === 0xbb && c === 0xbf) ||
    (a === 0xff && b === 0xfe) ||
    (a === 0xfe && b === 0xff)
  );
}

export async function detectMediaType(bytes: Uint8Array, fileName: string): Promise<string> {
  if (hasTextBom(bytes)) {
    const byName = BY_EXTENSION[extensionOf(fileName)];
    return byName?.startsWith('text/') ? byName : 'text/plain';
  }
  const detected = bytes.length > 0 ? await fileTypeFromBuffer(bytes) : undefined;
  if (detected) return detected.mime;
  const mail = sniffMail(bytes);
  if (mail) return mail;
  const byName = BY_EXTENSION[extensionOf(fileName)];
  if (byName) return byName;
  return looksLikeText(bytes) ? 'text/plain' : 'application/octet-stream';
}
