/**
 * Arabic, Persian and Urdu script → Latin.
 *
 * Short vowels are not written, so no transliteration can be sure of them. Four spellings are
 * produced: standard English, Egyptian and French/Maghrebi ones, all vowelled with the productive
 * noun patterns where the stem fits one (محمد has the shape of muCaCCaC: Muhammad / Mohammed),
 * and a literal one that writes only the letters present (mhmd). For matching, the consonant skeleton
 * (skeleton.ts) is the reliable key; these spellings feed the string comparers.
 */

import {
  ALIFS,
  type ArabicConsonant,
  CONSONANTS,
  PARTICLES,
  PATTERNS,
  PERSIAN_MARKERS,
  TA_MARBUTA,
  WAW,
  YEHS,
} from './arabic-tables.js';
import { mapWords, splitWords, uniqueCapped } from './variants.js';

type Kind = 'C' | 'A' | 'W' | 'Y' | 'O' | 'T';
type System = 0 | 1 | 2 | 3; // standard, Egyptian, French, literal
const LITERAL = 3;

export interface ArabicUnit {
  readonly kind: Kind;
  readonly letter: string;
  readonly consonant?: ArabicConsonant;
}

const ARTICLE = 'ال';
// Optional vowel signs and the tatweel stretch: dropped, as most lists never write them.
const HARAKAT = /[\u0640\u064b-\u065f\u0670]/g;
const VOWEL_KINDS = new Set<Kind>(['A', 'W', 'Y']);
const ARTICLE_FORMS = ['al-', 'el-', 'el-', 'al-'] as const;
const OUTPUT_W = ['u', 'ou', 'ou', 'u'] as const;
const OUTPUT_T = ['a', 'a', 'a', 'ah'] as const;
// Persian writes a final -e with ه (فاطمه Fatemeh, خامنه‌ای Khamenei).
const PERSIAN_FINAL_H = ['eh', 'e', 'e', 'h'] as const;
const FINAL_HEHS = new Set(['ه', 'ہ']);
const ZWNJ = '\u200c';

/** Split a word into its optional article and its stem. */
export function splitArticle(word: string): [boolean, string] {
  return word.startsWith(ARTICLE) && word.length >= 4 ? [true, word.slice(2)] : [false, word];
}

function classify(stem: string, k: number): ArabicUnit {
  const letter = stem[k]!;
  const next = stem[k + 1];
  const isLast = k === stem.length - 1;
  if (ALIFS.has(letter)) return { kind: k === 0 ? 'O' : 'A', letter };
  if (TA_MARBUTA.has(letter)) return { kind: 'T', letter };
  // و and ي are consonants at the start of a stem and before a long vowel (Marwan, Ziyad).
  const consonantal = k === 0 || (next !== undefined && ALIFS.has(next) && !isLast);
  if (letter === WAW) return { kind: consonantal ? 'C' : 'W', letter };
  if (letter === 'ؤ') return { kind: 'W', letter };
  if (YEHS.has(letter)) return { kind: consonantal && letter !== 'ئ' ? 'C' : 'Y', letter };
  if (letter === 'ع' && k === 0) return { kind: 'O', letter };
  return { kind: 'C', letter, consonant: CONSONANTS[letter] };
}

/** The letters of a stem as consonants and vowel letters. Unknown letters are dropped. */
export function arabicUnits(stem: string): ArabicUnit[] {
  const units: ArabicUnit[] = [];
  for (let k = 0; k < stem.length; k++) {
    const unit = classify(stem, k);
    if (unit.kind !== 'C' || unit.consonant || unit.letter === WAW || YEHS.has(unit.letter)) {
      units.push(unit);
    }
  }
  return units;
}

function shapeOf(units: readonly ArabicUnit[]): string {
  let shape = '';
  for (const [i, unit] of units.entries()) {
    if (unit.kind === 'T') continue;
    if (i === units.length - 1 && unit.letter === 'ى') continue;
    shape += i === 0 && unit.letter === 'م' ? 'M' : unit.kind;
  }
  return shape;
}

function consonantValue(unit: ArabicUnit, system: System, persian: boolean, isLast: boolean) {
  if (unit.letter === WAW) return persian ? 'v' : 'w';
  if (persian && isLast && FINAL_HEHS.has(unit.letter)) return PERSIAN_FINAL_H[system];
  if (YEHS.has(unit.letter)) return 'y';
  const consonant = unit.consonant!;
  return system === 1 ? consonant.egyptian : system === 2 ? consonant.french : consonant.std;
}

function unitValue(units: readonly ArabicUnit[], i: number, system: System, persian: boolean) {
  const unit = units[i]!;
  const isLast = i === units.length - 1;
  switch (unit.kind) {
    case 'O': {
      const next = units[i + 1];
      if (next && VOWEL_KINDS.has(next.kind)) return '';
      return unit.letter === 'إ' ? 'i' : 'a';
    }
    case 'A':
      return 'a';
    case 'W':
      return OUTPUT_W[system];
    case 'Y':
      if (isLast && unit.letter === 'ى') return 'a';
      return isLast && unit.letter === 'ے' ? 'e' : 'i';
    case 'T':
      return OUTPUT_T[system];
    default:
      return consonantValue(unit, system, persian, isLast);
  }
}

// Repeated vowel letters come from hamza seats (ميكائيل → mikaiil); lists write one.
function collapseVowels(text: string): string {
  let out = '';
  for (const char of text) {
    if (char === out[out.length - 1] && 'aiueo'.includes(char)) continue;
    out += char;
  }
  return out;
}

function romanizeStem(stem: string, system: System, persian: boolean): string {
  const units = arabicUnits(stem);
  const shape = shapeOf(units);
  const pattern =
    system === LITERAL ? undefined : (PATTERNS[shape] ?? PATTERNS[shape.replace('M', 'C')]);
  const vowels = pattern === undefined ? undefined : system === 0 ? pattern.std : pattern.coll;
  // No Arabic word begins with two consonants: where no pattern applies, an a is the best guess
  // (بغدادي → baghdadi). The literal system keeps the letters as written.
  const breakCluster = !pattern && system !== LITERAL && shape.replace('M', 'C').startsWith('CC');
  let out = '';
  for (let i = 0; i < units.length; i++) {
    const value = unitValue(units, i, system, persian);
    out += pattern?.double === i ? value + value : value;
    out += vowels?.[i] ?? (breakCluster && i === 0 ? 'a' : '');
  }
  return collapseVowels(out);
}

function romanizeArabicWord(word: string, system: System, persian: boolean): string {
  const particle = PARTICLES[word];
  if (particle) return particle[system]!;
  const [article, stem] = splitArticle(word);
  // A zero-width non-joiner separates the parts of a Persian compound word: each part ends there.
  const romanized = stem
    .split(ZWNJ)
    .map((part) => romanizeStem(part, system, persian))
    .join('');
  return article ? ARTICLE_FORMS[system] + romanized : romanized;
}

/** Whether a text uses letters of Persian or Urdu (where و is v). */
export function isPersian(text: string): boolean {
  for (const char of text) if (PERSIAN_MARKERS.has(char)) return true;
  return false;
}

/** The Latin spellings of an Arabic-script text: standard, Egyptian, French, literal. */
export function transliterateArabic(text: string): string[] {
  const clean = text.normalize('NFC').replace(HARAKAT, '');
  const persian = isPersian(clean);
  const words = splitWords(clean, false);
  const systems: System[] = [0, 1, 2, 3];
  return uniqueCapped(
    systems.map((system) => mapWords(words, (word) => romanizeArabicWord(word, system, persian))),
  );
}
