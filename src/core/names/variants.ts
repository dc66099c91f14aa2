/** Helpers shared by the transliterators: word mapping with case kept, and variant lists. */

import { scriptOf } from './scripts.js';

/** At most this many spellings per name: enough for the systems lists use, few enough to index. */
export const MAX_VARIANTS = 8;

/** Unique values in first-seen order, at most `cap` of them. */
export function uniqueCapped(values: Iterable<string>, cap = MAX_VARIANTS): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (out.length >= cap) break;
    if (value !== '' && !out.includes(value)) out.push(value);
  }
  return out;
}

function isWordCode(cp: number): boolean {
  // Combining marks (stress accents, points) stay inside the word they modify.
  if ((cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x0591 && cp <= 0x05c7)) return true;
  if ((cp >= 0x064b && cp <= 0x065f) || cp === 0x0670) return true;
  // The zero-width non-joiner joins the parts of a Persian compound word (خامنه‌ای).
  if (cp === 0x200c || (cp >= 0xd800 && cp <= 0xdfff)) return true;
  return scriptOf(cp) !== null;
}

const LOWER = 0;
const CAPITALISED = 1;
const CAPITALS = 2;

/** A word (a maximal run of letters) or the text between two words, with its capitalisation. */
export interface Segment {
  readonly text: string;
  readonly isWord: boolean;
  /** The word in lower case. */
  readonly lower: string;
  readonly casing: typeof LOWER | typeof CAPITALISED | typeof CAPITALS;
}

function casingOf(word: string, lower: string): Segment['casing'] {
  if (word === lower) return LOWER;
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    if (word[i] !== lower[i]) upper++;
    if (scriptOf(word.charCodeAt(i)) !== null) letters++;
  }
  // An all-capitals word is a surname by list convention: keep it in capitals.
  if (upper > 1 && upper === letters) return CAPITALS;
  return word[0] !== lower[0] ? CAPITALISED : LOWER;
}

function segment(
  text: string,
  lower: string,
  start: number,
  end: number,
  isWord: boolean,
): Segment {
  const part = text.slice(start, end);
  if (!isWord) return { text: part, isWord, lower: part, casing: LOWER };
  const lowerPart = lower.length === text.length ? lower.slice(start, end) : part.toLowerCase();
  return { text: part, isWord, lower: lowerPart, casing: casingOf(part, lowerPart) };
}

/** Split a text into words and the separators between them, once for all systems. */
export function splitWords(text: string, cased = true): Segment[] {
  const lower = cased ? text.toLowerCase() : text;
  const segments: Segment[] = [];
  let start = 0;
  let inWord = text.length > 0 && isWordCode(text.charCodeAt(0));
  for (let i = 1; i <= text.length; i++) {
    const isWord = i < text.length && isWordCode(text.charCodeAt(i));
    if (i === text.length || isWord !== inWord) {
      segments.push(segment(text, lower, start, i, inWord));
      start = i;
      inWord = isWord;
    }
  }
  return segments;
}

/**
 * Apply `convert` to each word (in lower case) and copy the separators through, so that spaces,
 * commas and hyphens keep their places; the result takes the capitalisation of its source word.
 */
export function mapWords(
  input: string | readonly Segment[],
  convert: (word: string, index: number) => string,
): string {
  const segments = typeof input === 'string' ? splitWords(input, false) : input;
  let out = '';
  let index = 0;
  for (const s of segments) {
    if (!s.isWord) {
      out += s.text;
      continue;
    }
    const latin = convert(s.lower, index++);
    if (s.casing === LOWER || latin === '') out += latin;
    else if (s.casing === CAPITALS) out += latin.toUpperCase();
    else out += latin[0]!.toUpperCase() + latin.slice(1);
  }
  return out;
}

/**
 * Join the variants of consecutive script runs: the i-th result takes the i-th variant of every
 * run (or the run's first when it has fewer), so that one system is used throughout a name.
 */
export function combineRuns(runs: string[][]): string[] {
  const longest = Math.max(0, ...runs.map((run) => run.length));
  const combined: string[] = [];
  for (let i = 0; i < longest; i++) {
    combined.push(runs.map((run) => run[i] ?? run[0] ?? '').join(''));
  }
  return uniqueCapped(combined);
}
