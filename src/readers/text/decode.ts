/**
 * Which encoding a plain-text file is in, and its text. In order:
 * 1. a byte-order mark (UTF-8, UTF-16 LE or BE);
 * 2. UTF-16 without a mark, when zero bytes fall on every other byte (Latin and Cyrillic text);
 * 3. valid UTF-8 (ASCII included): a legacy file almost never decodes as UTF-8 by accident;
 * 4. else the most plausible of Windows-1251, KOI8-R and GBK. Russian text in the right Cyrillic
 *    code page has frequent lower-case letters and capitals only at word starts; in the wrong one
 *    its letters come out permuted and mixed in case. Chinese text in GBK pairs every high byte,
 *    mostly into the first level of GB2312 (the 3,755 common characters, lead bytes B0-D7) and
 *    its punctuation rows; Cyrillic bytes read as GBK break pairs at every odd-length word.
 * Node's TextDecoder (full ICU) does the decoding; this file only chooses.
 */
import { RUSSIAN_LETTER_FREQUENCY } from './letters.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'koi8-r' | 'gbk';

export interface Decoded {
  encoding: TextEncoding;
  text: string;
}

function decode(bytes: Uint8Array, encoding: TextEncoding, skip = 0): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip));
}

function bomOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a mark: most odd (LE) or even (BE) bytes are zero, the others mostly not. */
function markless16(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const isCyrillic = (c: string) => c >= 'А' && c <= 'я';
const isUpper = (c: string) => c !== c.toLowerCase();

/**
 * How much a decoding reads like Russian: the mean log-frequency of its non-ASCII characters,
 * with a penalty for each capital inside a word and for each character that is not a letter.
 */
export function cyrillicPlausibility(text: string): number {
  let total = 0;
  let count = 0;
  let previous = ' ';
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) {
      previous = c;
      continue;
    }
    count++;
    const lower = c.toLowerCase();
    const frequency = RUSSIAN_LETTER_FREQUENCY[lower];
    if (frequency === undefined) total -= 10;
    else {
      total += Math.log(frequency / 100);
      if (isUpper(c) && isCyrillic(previous) && !isUpper(previous)) total -= 4;
    }
    previous = c;
  }
  return count === 0 ? 0 : total / count;
}

/**
 * How much the bytes read like GBK Chinese, on the same scale as cyrillicPlausibility: common
 * characters score like frequent letters, rare ones like rare letters, broken pairs like noise.
 */
export function gbkPlausibility(bytes: Uint8Array): number {
  let total = 0;
  let count = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    count++;
    const trail = bytes[i + 1];
    const paired = lead >= 0x81 && lead <= 0xfe && trail !== undefined && trail >= 0x40;
    if (!paired || trail === 0x7f || trail === 0xff) {
      total -= 10;
      continue;
    }
    i++;
    const common = (lead >= 0xb0 && lead <= 0xd7) || (lead >= 0xa1 && lead <= 0xa3);
    total += common && trail >= 0xa1 ? -2.5 : -6;
  }
  return count === 0 ? 0 : total / count;
}

/** The encoding of a text file and its text; see the module comment for the order. */
export function decodeText(bytes: Uint8Array): Decoded {
  const bom = bomOf(bytes);
  if (bom) return { encoding: bom.encoding, text: decode(bytes, bom.encoding, bom.length) };
  const wide = markless16(bytes);
  if (wide) return { encoding: wide, text: decode(bytes, wide) };
  if (isUtf8(bytes)) return { encoding: 'utf-8', text: decode(bytes, 'utf-8') };
  // A sample is enough to choose, and keeps a large file from being decoded three times.
  const sample = bytes.subarray(0, 64 * 1024);
  const candidates: { encoding: TextEncoding; score: number }[] = [
    { encoding: 'windows-1251', score: cyrillicPlausibility(decode(sample, 'windows-1251')) },
    { encoding: 'koi8-r', score: cyrillicPlausibility(decode(sample, 'koi8-r')) },
    { encoding: 'gbk', score: gbkPlausibility(sample) },
  ];
  const best = candidates.reduce((a, b) => (b.score > a.score ? b : a));
  return { encoding: best.encoding, text: decode(bytes, best.encoding) };
}
