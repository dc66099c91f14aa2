/**
 * Plain text in any common encoding (UTF-8, UTF-16, Windows-1251, KOI8-R, GBK; see decode.ts):
 * one page per file, or one per form feed where the file has them (text printed from old
 * systems, `pdftotext` output). Last in the readers' list: the fallback for any `text/*` type
 * that no reader of its own claims.
 */
import type { DocumentReader, ReadInput } from '../types.js';
import type { ReadOutcome, ReadPage } from '../../core/documents/index.js';
import { decodeText } from './decode.js';

export { cyrillicPlausibility, type Decoded, decodeText, gbkPlausibility } from './decode.js';
export type { TextEncoding } from './decode.js';

const TEXT_NAMES = /\.(txt|text|log|md|csv|tsv)$/i;

function page(n: number, text: string): ReadPage {
  return {
    page: n,
    text,
    method: 'text',
    language: null,
    confidence: null,
    width: null,
    height: null,
  };
}

export const textReader: DocumentReader = {
  name: 'text',
  accepts(mediaType: string, fileName: string): boolean {
    if (mediaType.startsWith('text/')) return true;
    return mediaType === 'application/octet-stream' && TEXT_NAMES.test(fileName);
  },
  async read(input: ReadInput): Promise<ReadOutcome> {
    const { encoding, text } = decodeText(input.bytes);
    const parts = text.split('\f');
    // A form feed that ends the file ends its last page; it does not start an empty one.
    if (parts.length > 1 && parts.at(-1)!.trim() === '') parts.pop();
    if (parts.length > input.limits.maxPages) {
      return {
        status: 'failed',
        failure: {
          stage: 'text',
          reason: 'too-large',
          message: `${parts.length} pages, more than the limit of ${input.limits.maxPages}`,
        },
        properties: { encoding: [encoding] },
      };
    }
    return {
      status: 'processed',
      properties: { encoding: [encoding] },
      pages: parts.map((part, i) => page(i + 1, part)),
      children: [],
    };
  },
};
