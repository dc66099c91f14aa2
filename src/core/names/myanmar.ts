/**
 * Myanmar (Burmese) script → Latin, in two readings.
 *
 * - The spelling Burmese names take in English and on lists (Aung San, Thein Sein, Min Aung
 *   Hlaing, Kyaw Swa): one Latin word per syllable, as Burmese names are written in English
 *   although the script writes them without spaces; each syllable's initial (with the medials ျ ြ y, ွ w, ှ h), vowel
 *   and final together, because the final consonant changes the vowel: ိန် is ein, ောင် aung,
 *   ိုင် aing, ွန် un, က် et. ရ is y and the aspirates ထ ဖ ဆ are ht, hp, hs, as in BGN/PCGN.
 * - A reading for foreign names written in Burmese letters: the vowel a that a consonant
 *   carries is dropped before another consonant (ဗလာ is vla, not bala), ရ and ြ are r, ဗ is v
 *   (Burmese writes a foreign v with it) and the aspirates are plain t, p, s.
 */

import { mapWords, uniqueCapped } from './variants.js';

type Reading = 'name' | 'loan';

const FIRST_CONSONANT = 0x1000;
// Consonants U+1000–U+1021 in code point order; _ is the vowel carrier အ.
const NAME_CONSONANTS =
  'k kh g g ng s hs z z ny ny t ht d d n t ht d d n p hp b b m y y l w th h l _'.split(' ');
const LOAN_CONSONANTS =
  'k kh g g ng s s z z ny ny t t d d n t t d d n p f v b m y r l w th h l _'.split(' ');

const ASAT = '\u103a';
const VIRAMA = '\u1039';
const MEDIAL_YA = '\u103b';
const MEDIAL_RA = '\u103c';
const MEDIAL_WA = '\u103d';
const MEDIAL_HA = '\u103e';
const ANUSVARA = '\u1036';

// Independent vowels.
const INDEPENDENT: Readonly<Record<string, string>> = {
  ဣ: 'i',
  ဤ: 'i',
  ဥ: 'u',
  ဦ: 'u',
  ဧ: 'e',
  ဩ: 'aw',
  ဪ: 'aw',
};

// Vowel signs, each to the vowel it writes; ေ with ာ is aw and ိ with ု is o (see vowelOf).
const SIGNS: Readonly<Record<string, string>> = {
  '\u102b': 'a',
  '\u102c': 'a',
  '\u102d': 'i',
  '\u102e': 'i',
  '\u102f': 'u',
  '\u1030': 'u',
  '\u1031': 'e',
  '\u1032': 'e',
};

// Finals by class: k (က), ng (င), c (စ), ny (ည ဉ), t (တ ဋ, and other stops stacked under the
// next consonant, as in ဗုဒ္ဓ), n (န ဏ, and ံ), p (ပ), m (မ), y (ယ).
const FINAL_CLASS: Readonly<Record<string, string>> = {
  က: 'k',
  င: 'ng',
  စ: 'c',
  ည: 'ny',
  ဉ: 'ny',
  တ: 't',
  ဋ: 't',
  န: 'n',
  ဏ: 'n',
  ပ: 'p',
  မ: 'm',
  ယ: 'y',
};

// Rhymes: vowel + final class → the popular spelling (BGN/PCGN folded).
const RHYMES: Readonly<Record<string, string>> = {
  'a+k': 'et',
  'a+ng': 'in',
  'a+c': 'it',
  'a+ny': 'i',
  'a+t': 'at',
  'a+n': 'an',
  'a+p': 'at',
  'a+m': 'an',
  'a+y': 'e',
  'i+n': 'ein',
  'i+m': 'ein',
  'i+t': 'eik',
  'i+p': 'eik',
  'u+n': 'on',
  'u+m': 'on',
  'u+t': 'ok',
  'u+p': 'ok',
  'aw+k': 'auk',
  'aw+ng': 'aung',
  'o+k': 'aik',
  'o+ng': 'aing',
  'w+n': 'un',
  'w+m': 'un',
  'w+t': 'ut',
  'w+p': 'ut',
};

interface Syllable {
  consonant: string;
  medials: string;
  signs: string;
  final: string;
}

function isConsonant(char: string): boolean {
  const cp = char.codePointAt(0)!;
  return cp >= FIRST_CONSONANT && cp <= 0x1021;
}

/** Split a word into syllables: a consonant, its medials and vowel signs, a killed final. */
function syllables(word: string): Syllable[] {
  const chars = [...word];
  const out: Syllable[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const next = chars[i + 1];
    const current = out[out.length - 1];
    if ((isConsonant(char) && (next === ASAT || next === VIRAMA)) || char === ANUSVARA) {
      // A final: killed by the asat, or stacked under the next consonant (ဗုဒ္ဓ), or ံ.
      if (current) current.final ||= char === ANUSVARA ? 'န' : char;
      if (next === ASAT || next === VIRAMA) i++;
      if (chars[i + 1] === VIRAMA) i++;
    } else if (isConsonant(char) || INDEPENDENT[char] !== undefined) {
      out.push({ consonant: char, medials: '', signs: '', final: '' });
    } else if (current && [MEDIAL_YA, MEDIAL_RA, MEDIAL_WA, MEDIAL_HA].includes(char)) {
      current.medials += char;
    } else if (current && SIGNS[char] !== undefined) {
      current.signs += char;
    }
  }
  return out;
}

function vowelOf(s: Syllable): string {
  const { signs } = s;
  if (signs.includes('\u1031') && (signs.includes('\u102c') || signs.includes('\u102b'))) {
    return 'aw';
  }
  if (signs.includes('\u102d') && signs.includes('\u102f')) return 'o';
  const independent = INDEPENDENT[s.consonant];
  if (independent !== undefined) return independent;
  return signs === '' ? 'a' : (SIGNS[signs[0]!] ?? 'a');
}

function initialOf(s: Syllable, reading: Reading): string {
  if (INDEPENDENT[s.consonant] !== undefined) return '';
  const index = s.consonant.codePointAt(0)! - FIRST_CONSONANT;
  let initial = (reading === 'name' ? NAME_CONSONANTS : LOAN_CONSONANTS)[index] ?? '';
  if (initial === '_') initial = '';
  const { medials } = s;
  if (medials.includes(MEDIAL_HA)) {
    // ှ voices off a sonorant: ရှ and ယှ are sh, မှ hm, လှ hl.
    initial = initial === 'y' || initial === 'r' ? 'sh' : `h${initial}`;
  }
  if (medials.includes(MEDIAL_YA)) initial += 'y';
  if (medials.includes(MEDIAL_RA)) initial += reading === 'loan' ? 'r' : 'y';
  if (medials.includes(MEDIAL_WA)) initial += 'w';
  return initial;
}

function rhymeOf(s: Syllable, vowel: string): string {
  if (s.final === '') return vowel;
  const finalClass = FINAL_CLASS[s.final] ?? 't';
  const wa = s.medials.includes(MEDIAL_WA) && vowel === 'a';
  const rhyme = RHYMES[`${wa ? 'w' : vowel}+${finalClass}`];
  if (rhyme !== undefined) return rhyme;
  return vowel + (finalClass === 'ng' ? 'n' : finalClass.replace('c', 't').replace('ny', 'n'));
}

function romanizeSyllable(s: Syllable, reading: Reading, inherentDropped: boolean): string {
  let initial = initialOf(s, reading);
  const vowel = vowelOf(s);
  // ွ before a final is part of the rhyme (ထွန်း Htun), not a w.
  if (s.final !== '' && s.medials.includes(MEDIAL_WA) && vowel === 'a')
    initial = initial.replace(/w$/, '');
  if (inherentDropped) return initial;
  return initial + rhymeOf(s, vowel);
}

function romanizeWord(word: string, reading: Reading): string {
  const parts = syllables(word);
  return parts
    .map((s, i) => {
      // A foreign name's cluster: a bare consonant (no vowel sign, no final) before another.
      const bare = s.signs === '' && s.final === '' && s.medials === '';
      const dropped =
        reading === 'loan' &&
        bare &&
        i < parts.length - 1 &&
        INDEPENDENT[s.consonant] === undefined;
      return romanizeSyllable(s, reading, dropped && s.consonant !== 'အ');
    })
    .join(reading === 'name' ? ' ' : '');
}

/**
 * The Latin spellings of a Myanmar text: the names reading, then the foreign-name reading.
 *
 * @example transliterateMyanmar('အောင်ဆန်း') // ['aung hsan', 'aungsan']
 */
export function transliterateMyanmar(text: string): string[] {
  return uniqueCapped([
    mapWords(text, (word) => romanizeWord(word, 'name')),
    mapWords(text, (word) => romanizeWord(word, 'loan')),
  ]);
}
