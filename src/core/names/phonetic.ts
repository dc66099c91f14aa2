/**
 * Phonetic keys for candidate generation: American Soundex (the method OFAC's search uses) and
 * a simplified Metaphone tuned for transliterated names, so that the spellings one name takes
 * in different systems share a key (Vladimir, Wladimir, Volodymyr → FLTMR; Putin, Poutine,
 * Poetin → PTN; Zhukov, Joukov → JKF).
 */

import { normalizeText } from './normalize.js';

const SOUNDEX_CODES: Readonly<Record<string, string>> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  c: '2',
  g: '2',
  j: '2',
  k: '2',
  q: '2',
  s: '2',
  x: '2',
  z: '2',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
};

function asciiLetters(word: string): string {
  const normalized = normalizeText(word);
  let out = '';
  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) out += normalized[i];
  }
  return out;
}

/**
 * American Soundex: the first letter, then up to three digits for the consonant groups.
 * Vowels separate repeated codes; h and w do not (Ashcraft → A261). '' for a word without
 * Latin letters.
 *
 * @example soundex('Robert') // 'R163'
 */
export function soundex(word: string): string {
  const letters = asciiLetters(word);
  if (letters === '') return '';
  let out = letters[0]!.toUpperCase();
  let previous = SOUNDEX_CODES[letters[0]!] ?? '';
  for (let i = 1; i < letters.length && out.length < 4; i++) {
    const char = letters[i]!;
    const code = SOUNDEX_CODES[char];
    if (code !== undefined) {
      if (code !== previous) out += code;
      previous = code;
    } else if (char !== 'h' && char !== 'w') {
      previous = '';
    }
  }
  return out.padEnd(4, '0');
}

const VOWELS = new Set('aeiouy');

// Multi-letter spellings of one sound, longest first within each starting letter.
const CLUSTERS: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'X'],
  ['tsch', 'X'],
  ['sch', 'X'],
  ['tch', 'X'],
  ['dzh', 'J'],
  ['sh', 'X'],
  ['sz', 'X'],
  ['cz', 'X'],
  ['ch', 'X'],
  ['zh', 'J'],
  ['kh', 'K'],
  ['gh', 'K'],
  ['ph', 'F'],
  ['th', 'T'],
  ['ts', 'S'],
  ['tz', 'S'],
  ['ck', 'K'],
  ['dj', 'J'],
  ['wh', 'F'],
];

const CLUSTERS_BY_LETTER = new Map<string, Array<readonly [string, string]>>();
for (const cluster of CLUSTERS) {
  const list = CLUSTERS_BY_LETTER.get(cluster[0][0]!) ?? [];
  list.push(cluster);
  CLUSTERS_BY_LETTER.set(cluster[0][0]!, list);
}

const SINGLE: Readonly<Record<string, string>> = {
  b: 'P',
  d: 'T',
  f: 'F',
  g: 'K',
  j: 'J',
  k: 'K',
  l: 'L',
  m: 'M',
  n: 'N',
  p: 'P',
  q: 'K',
  r: 'R',
  s: 'S',
  t: 'T',
  v: 'F',
  x: 'KS',
  z: 'S',
};

function codeAt(word: string, i: number): [string, number] {
  const char = word[i]!;
  for (const [cluster, code] of CLUSTERS_BY_LETTER.get(char) ?? []) {
    if (word.startsWith(cluster, i)) return [code, cluster.length];
  }
  const next = word[i + 1] ?? '';
  if (VOWELS.has(char)) return [i === 0 ? (char === 'y' && VOWELS.has(next) ? 'Y' : 'A') : '', 1];
  if (char === 'c') return ['eiy'.includes(next) ? 'S' : 'K', 1];
  // w is v in German and Polish spellings (Wladimir); silent before a consonant elsewhere.
  if (char === 'w') return [i === 0 || VOWELS.has(next) ? 'F' : '', 1];
  if (char === 'h')
    return [VOWELS.has(next) && (i === 0 || VOWELS.has(word[i - 1]!)) ? 'H' : '', 1];
  return [SINGLE[char] ?? '', 1];
}

/**
 * A simplified Metaphone key for one name word: consonant sounds only (vowels only as a
 * leading A), with the spellings of one sound in the common transliteration systems merged
 * (sh, sch, sz, ch → X; kh, gh, k, q, g → K; v, w, f, ph → F; ts, tz, z, s → S; zh, j → J;
 * th, d, t → T; b, p → P, as Arabic script writes p with b: بوتين Butin). Unlike full Metaphone it has no soft g and keeps th as T, because
 * transliterated names use g and th for the hard sounds.
 *
 * @example metaphone('Volodymyr') === metaphone('Vladimir') // both 'FLTMR'
 */
export function metaphone(word: string): string {
  const letters = asciiLetters(word);
  let out = '';
  let i = 0;
  while (i < letters.length) {
    const [code, length] = codeAt(letters, i);
    if (code !== '' && !out.endsWith(code)) out += code;
    i += length;
  }
  return out;
}
