/**
 * HTML pages: one page of text (text.ts), the title and `<meta>` contents as properties. The
 * charset comes from a BOM, else from `<meta charset>` or `<meta http-equiv="Content-Type">` in
 * the first 4 KiB (as browsers prescan), else UTF-8 when the bytes are valid UTF-8, else the most
 * plausible of Windows-1251, GBK and CP866.
 */
import type { ReadOutcome } from '../../core/documents/index.js';
import { failed, readSafely } from '../read-problem.js';
import type { DocumentReader, ReadInput } from '../types.js';
import { decodeText } from '../zip/index.js';
import { htmlToText } from './text.js';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const PRESCAN_BYTES = 4096;

/** The charset a page declares in its first bytes, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = tag.match(/charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1];
    // A page cannot declare UTF-16 in ASCII bytes (the HTML standard reads it as UTF-8).
    if (charset) return /^utf-?16/i.test(charset) ? 'utf-8' : charset;
  }
  return null;
}

async function readHtml(input: ReadInput): Promise<ReadOutcome> {
  if (input.bytes.length === 0) {
    return failed({ stage: 'text', reason: 'empty', message: 'the file is empty' });
  }
  const { text: html, encoding } = decodeText(input.bytes, declaredCharset(input.bytes));
  const { text, title, meta } = htmlToText(html);
  const properties: Record<string, string[]> = { encoding: [encoding] };
  if (title) properties.title = [title];
  for (const [name, values] of Object.entries(meta)) {
    // Reserved names stay the reader's own: a page's meta cannot pose as its encoding.
    if (name === 'title' || name === 'encoding') properties[`meta:${name}`] = values;
    else properties[name] = values;
  }
  const page = {
    page: 1,
    text,
    method: 'text' as const,
    language: null,
    confidence: null,
    width: null,
    height: null,
  };
  return { status: 'processed', properties, pages: [page], children: [] };
}

export const htmlReader: DocumentReader = {
  name: 'html',
  accepts(mediaType, fileName) {
    return HTML_TYPES.has(mediaType) || /\.(x?html?)$/i.test(fileName);
  },
  read(input) {
    return readSafely('text', () => readHtml(input));
  },
};
