/**
 * String similarity measures used by the comparers. All work on UTF-16 code units of already
 * normalised (Latin, lower-case) text.
 */

// Jaro and Jaro-Winkler live in core/names, beside the phonetic keys; re-exported for the comparers.
export { jaro, jaroWinkler } from '../names/index.js';

// Two reusable rows: levenshtein runs millions of times and must not allocate each time.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Levenshtein distance, giving up (returning max + 1) once the distance must exceed `max`:
 * the comparers only care about small distances, and the cut-off keeps them fast.
 */
export function levenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (b.length + 1 > rowA.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** Levenshtein as a similarity from 0 to 1, relative to the longer string. */
export function levenshteinSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 0;
  return 1 - levenshtein(a, b) / longest;
}

// Character classes for the weighted distance: a vowel for another vowel, or one consonant for
// its usual transliteration partner, is half an error (Muammar / Moammar, Qaddafi / Gaddafi).
const VOWEL = new Uint8Array(128);
for (const v of 'aeiouy') VOWEL[v.charCodeAt(0)] = 1;
const PARTNERS = new Uint8Array(128 * 128);
for (const pair of ['ck', 'kq', 'gq', 'sz', 'cs', 'vw', 'fv', 'jy', 'iy', 'bp', 'dt', 'gj', 'gk']) {
  const [a, b] = [pair.charCodeAt(0), pair.charCodeAt(1)];
  PARTNERS[a * 128 + b] = 1;
  PARTNERS[b * 128 + a] = 1;
}

function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  if (a < 128 && b < 128 && ((VOWEL[a] && VOWEL[b]) || PARTNERS[a * 128 + b])) return 0.5;
  return 1;
}

/** `substitutionCost` of two ASCII characters, looked up: the edit distance asks for each cell. */
const ASCII_SUBSTITUTION = new Float64Array(128 * 128);
for (let a = 0; a < 128; a++) {
  for (let b = 0; b < 128; b++) ASCII_SUBSTITUTION[a * 128 + b] = substitutionCost(a, b);
}

/** Inserting or deleting a letter: a doubled letter or an h (kh / k) costs little, a vowel less. */
function indelCost(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code === text.charCodeAt(i - 1) || code === 0x68) return 0.4;
  return code < 128 && VOWEL[code] ? 0.7 : 1;
}

/**
 * The least that removing a letter from a string or replacing it can cost, for each lower-case
 * letter: what any edit touching it costs at the cheapest. An h goes for 0.4, a vowel or a letter
 * with a transliteration partner for 0.5 (a substitution), the rest (l, m, n, r, x) for a full
 * edit: the second of a doubled letter goes for 0.4, but the first of the run costs in full.
 */
function leastEditCost(code: number): number {
  let least = code === 0x68 ? 0.4 : VOWEL[code] ? 0.7 : 1;
  for (let other = 0x61; other <= 0x7a; other++) {
    if (other !== code) least = Math.min(least, substitutionCost(code, other));
  }
  return least;
}

/**
 * Letters grouped by their least edit cost, as bit masks by letter code modulo 32 (see
 * letter-masks.ts). Any other character costs a full edit, and where it shares a bit with a
 * letter, the letter's cheaper cost stands for it, which keeps the bound a bound.
 */
export const LETTER_COSTS: readonly { mask: number; cost: number }[] = (() => {
  const byCost = new Map<number, number>();
  for (let code = 0x61; code <= 0x7a; code++) {
    const cost = leastEditCost(code);
    if (cost < 1) byCost.set(cost, (byCost.get(cost) ?? 0) | (1 << (code & 31)));
  }
  let cheap = 0;
  for (const mask of byCost.values()) cheap |= mask;
  const groups = [...byCost].map(([cost, mask]) => ({ mask, cost }));
  return [...groups, { mask: ~cheap, cost: 1 }];
})();

let costPrev2 = new Float64Array(64);
let costPrev = new Float64Array(64);
let costRow = new Float64Array(64);
let costInsert = new Float64Array(64);

/**
 * A weighted edit distance (optimal string alignment) of two normalised tokens: substitutions of
 * a vowel for a vowel or of transliteration partners, and insertions of doubled letters or of h,
 * are cheap; adjacent transpositions cost 0.6. Gives up past `max`, returning max + 1.
 */
export function weightedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const lb = b.length;
  if (lb + 1 > costRow.length) {
    costPrev2 = new Float64Array(lb + 1);
    costPrev = new Float64Array(lb + 1);
    costRow = new Float64Array(lb + 1);
    costInsert = new Float64Array(lb + 1);
  }
  let prev2 = costPrev2;
  let prev = costPrev;
  let row = costRow;
  const insert = costInsert;
  prev[0] = 0;
  for (let j = 1; j <= lb; j++) {
    insert[j] = indelCost(b, j - 1);
    prev[j] = prev[j - 1]! + insert[j]!;
  }
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    const deleteA = indelCost(a, i - 1);
    row[0] = prev[0]! + deleteA;
    let rowMin = row[0]!;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(
        prev[j]! + deleteA,
        row[j - 1]! + insert[j]!,
        prev[j - 1]! +
          ((ca | cb) < 128 ? ASCII_SUBSTITUTION[ca * 128 + cb]! : substitutionCost(ca, cb)),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, prev2[j - 2]! + 0.6);
      }
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    // Rotate the three rows without allocating: this loop runs millions of times.
    const spare = prev2;
    prev2 = prev;
    prev = row;
    row = spare;
  }
  return prev[lb]!;
}
