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

function isWordChar(char: string): boolean {
  const cp = char.codePointAt(0)!;
  // Combining marks (stress accents, points) stay inside the word they modify.
  if ((cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x0591 && cp <= 0x05c7)) return true;
  if ((cp >= 0x064b && cp <= 0x065f) || cp === 0x0670) return true;
  return scriptOf(cp) !== null;
}

/**
 * Apply `convert` to each word (maximal run of letters) and copy everything else through, so
 * that spaces, commas and hyphens keep their places in the transliteration.
 */
export function mapWords(text: string, convert: (word: string, index: number) => string): string {
  let out = '';
  let word = '';
  let index = 0;
  for (const char of text) {
    if (isWordChar(char)) {
      word += char;
      continue;
    }
    if (word !== '') out += convert(word, index++);
    word = '';
    out += char;
  }
  if (word !== '') out += convert(word, index);
  return out;
}

/**
 * Give a transliterated word the capitalisation of its source: an all-capitals source word
 * (a surname, by list convention) stays all capitals, a capitalised one stays capitalised.
 */
export function withCase(source: string, latin: string): string {
  const lower = source.toLowerCase();
  if (lower === source || latin === '') return latin;
  const upper = source.toUpperCase();
  let letters = 0;
  for (const char of source) if (char !== char.toLowerCase()) letters++;
  if (source === upper && letters > 1) return latin.toUpperCase();
  const first = source[0]!;
  return first !== first.toLowerCase() ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
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
