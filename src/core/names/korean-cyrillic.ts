/**
 * Korean names written in Cyrillic, read back to Hangul, so that the Latin spellings the lists
 * use follow from the Hangul romanisations (hangul.ts): Ким Чен Ын → 김정은 → Kim Jong Un.
 *
 * Russian writes Korean by the Kontsevich system (the Russian Academy's transcription of Korean,
 * L. R. Kontsevich, 1990s) and, in the press and in older texts, by the Soviet convention before
 * it, which wrote ㅓ after ч and с as е and a final ㄹ as р (Ким Чен Ир, Ким Ир Сен). A Russian
 * reading of such a name (kim chen yn) is far from every Latin spelling, so the name is read
 * syllable by syllable into jamo (tables below, from those two conventions) and composed into
 * Hangul. Where Cyrillic merges two jamo (о is ㅓ or ㅗ, a final н is ㄴ or ㅇ), the likelier
 * reading for a name comes first and a second is kept.
 *
 * A text is read this way only when it is shaped like a Korean name: the first word a Korean
 * family name, then one or two syllables, each word made wholly of Korean syllables.
 */

import { KOREAN_SURNAMES } from './korean-surnames.js';

// Jamo indices in Unicode order (see hangul-systems.ts): initial 0-18, vowel 0-20, final 0-27.
/** Cyrillic initials, longest first → initial jamo index (ㄱ 0 … ㅎ 18; ㅇ 11 when none). */
const INITIALS: readonly [string, number][] = [
  ['кк', 1],
  ['кх', 15],
  ['тт', 4],
  ['тх', 16],
  ['пп', 8],
  ['пх', 17],
  ['сс', 10],
  ['чч', 13],
  ['чх', 14],
  ['чж', 12],
  ['дж', 12],
  ['к', 0],
  ['г', 0],
  ['н', 2],
  ['т', 3],
  ['д', 3],
  ['р', 5],
  ['л', 5],
  ['м', 6],
  ['п', 7],
  ['б', 7],
  ['с', 9],
  ['ш', 9],
  ['ч', 12],
  ['ц', 14],
  ['х', 18],
];

/** Cyrillic vowels, longest first → vowel jamo indices, likelier first. */
const VOWELS: readonly [string, readonly number[]][] = [
  ['ый', [19]],
  ['ой', [11]],
  ['ва', [9]],
  ['вэ', [10, 11]],
  ['ве', [15, 11]],
  ['во', [14]],
  ['ви', [16]],
  ['йо', [12]],
  ['йе', [7]],
  ['а', [0]],
  ['э', [1, 5]],
  ['я', [2]],
  ['е', [7, 6]],
  ['ё', [6, 12]],
  ['о', [8, 4]],
  ['у', [13]],
  ['ю', [17]],
  ['ы', [18]],
  ['и', [20]],
];

/**
 * Context: after ч, чж, с and ц the older convention writes ㅓ as е (Чен 정, Сен 성), and these
 * initials take ㅓ more often than ㅗ under о (정, 성, 선, 전); at the start of a word е is
 * mostly ㅕ (Ен 영, as in Ким Ен Нам).
 */
const AFTER_HISSING: Readonly<Record<string, readonly number[]>> = { е: [4, 6, 5], о: [4, 8] };
const HISSING_INITIALS = new Set([9, 10, 12, 13, 14]);
const WORD_INITIAL_E: readonly number[] = [6, 7];

/** Cyrillic finals → final jamo indices, likelier first (н: ㅇ after о, е, ё; else ㄴ). */
const FINALS: readonly [string, readonly number[]][] = [
  ['ль', [8]],
  ['к', [1]],
  ['н', [4, 21]],
  ['л', [8]],
  ['р', [8]],
  ['м', [16]],
  ['п', [17]],
  ['т', [19]],
];
const NG_FIRST_AFTER = new Set([4, 6, 8, 12]);

interface Reading {
  initial: number;
  vowels: readonly number[];
  finals: readonly number[];
}

function startsWith(word: string, at: number, table: readonly [string, unknown][]) {
  return table.find(([text]) => word.startsWith(text, at));
}

function vowelAt(word: string, at: number): boolean {
  return startsWith(word, at, VOWELS) !== undefined;
}

/** A word split into syllables, each with its possible jamo, or null if it is not Korean. */
function syllables(word: string): Reading[] | null {
  const out: Reading[] = [];
  let at = 0;
  while (at < word.length) {
    const initial = startsWith(word, at, INITIALS) as [string, number] | undefined;
    // A vowel may open the syllable (ㅇ), and a consonant may be read as one only before one.
    const opens = initial !== undefined && vowelAt(word, at + initial[0].length);
    const start = opens ? at + initial[0].length : at;
    const vowel = startsWith(word, start, VOWELS) as [string, readonly number[]] | undefined;
    if (!vowel || (!opens && initial !== undefined)) return null;
    const initialIndex = opens ? initial[1] : 11;
    at = start + vowel[0].length;
    let vowels = vowel[1];
    if (HISSING_INITIALS.has(initialIndex)) vowels = AFTER_HISSING[vowel[0]] ?? vowels;
    else if (vowel[0] === 'е' && !opens) vowels = WORD_INITIAL_E;
    let finals: readonly number[] = [0];
    const final = startsWith(word, at, FINALS) as [string, readonly number[]] | undefined;
    // A consonant before a vowel opens the next syllable rather than closing this one.
    if (final && !vowelAt(word, at + final[0].length)) {
      if (final[0] !== 'н') finals = final[1];
      else finals = NG_FIRST_AFTER.has(vowels[0]!) ? [21, 4] : [4, 21];
      at += final[0].length;
    }
    out.push({ initial: initialIndex, vowels, finals });
  }
  return out;
}

function compose(initial: number, vowel: number, final: number): string {
  return String.fromCharCode(0xac00 + initial * 588 + vowel * 28 + final);
}

/** The likeliest reading of each syllable, then each syllable's second reading in turn. */
function readings(parts: readonly Reading[]): string[] {
  const first = (r: Reading) => compose(r.initial, r.vowels[0]!, r.finals[0]!);
  const base = parts.map(first);
  const out = [base.join('')];
  parts.forEach((r, k) => {
    const alternatives = [
      r.vowels[1] !== undefined ? compose(r.initial, r.vowels[1], r.finals[0]!) : null,
      r.finals[1] !== undefined ? compose(r.initial, r.vowels[0]!, r.finals[1]) : null,
    ];
    for (const alternative of alternatives) {
      if (alternative === null) continue;
      out.push([...base.slice(0, k), alternative, ...base.slice(k + 1)].join(''));
    }
  });
  return out;
}

/** The North writes 리 where the South writes 이: the family-name table lists the South's. */
const SURNAME_FORMS: Readonly<Record<string, string>> = { 리: '이', 류: '류', 로: '노', 라: '나' };

function familyName(word: string): string | null {
  const parts = syllables(word);
  if (parts?.length !== 1) return null;
  for (const candidate of readings(parts)) {
    const family = SURNAME_FORMS[candidate] ?? candidate;
    if (KOREAN_SURNAMES[family]) return family;
  }
  return null;
}

/** At most this many Hangul readings of one name. */
const MAX_READINGS = 3;

/**
 * Hangul readings of a Korean name written in Cyrillic, likeliest first, or [] when the text is
 * not shaped like one.
 *
 * @example koreanFromCyrillic('Ким Чен Ын') // ['김정은', …]
 */
export function koreanFromCyrillic(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[\s\-‐–,.]+/)
    .filter((w) => w.length > 0);
  if (words.length < 2 || words.length > 4) return [];
  const family = familyName(words[0]!);
  if (family === null) return [];
  const given: Reading[] = [];
  for (const word of words.slice(1)) {
    const parts = syllables(word);
    if (parts === null) return [];
    given.push(...parts);
  }
  if (given.length < 1 || given.length > 2) return [];
  return readings(given)
    .slice(0, MAX_READINGS)
    .map((name) => `${family} ${name}`);
}
