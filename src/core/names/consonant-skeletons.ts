/**
 * Consonant skeletons of whole names in any script: Arabic-script and Hebrew names from their
 * own letters, everything else from its Latin spellings (see skeleton.ts for the classes).
 */

import { type ArabicUnit, arabicUnits, splitArticle } from './arabic.js';
import { HEBREW, type HebrewUnit, hebrewUnits } from './hebrew.js';
import { normalizeText } from './normalize.js';
import { scriptOf } from './scripts.js';
import { combineWordSkeletons, expandSlots, latinSkeleton, type SkeletonSlot } from './skeleton.js';
import { transliterate } from './transliterate.js';
import { uniqueCapped } from './variants.js';

/** At most this many skeletons per name: the first choices, then single-letter alternatives. */
const MAX_SKELETONS = 4;
const WORD_SEPARATORS = /[\s\u00a0,.;:()[\]«»"'\-‐–—־·/]+/u;
const FINAL_H = new Set(['ه', 'ہ', 'ة', 'ۃ']);

function arabicSlot(unit: ArabicUnit, isLast: boolean): SkeletonSlot | null {
  // A medial و is usually the vowel u/o but may be the consonant w/v (Marwan, Pahlavi).
  if (unit.kind === 'W') return { value: '', alt: 'b' };
  if (unit.kind !== 'C' || (isLast && FINAL_H.has(unit.letter))) return null;
  if (unit.letter === 'و') return { value: 'b' };
  if (unit.consonant === undefined) return { value: 'y' };
  const { skeleton, skeletonAlt } = unit.consonant;
  return skeletonAlt === undefined ? { value: skeleton } : { value: skeleton, alt: skeletonAlt };
}

function arabicWordSlots(word: string): SkeletonSlot[] {
  const [article, stem] = splitArticle(word);
  const units = arabicUnits(stem);
  const slots: SkeletonSlot[] = article ? [{ value: 'l' }] : [];
  for (const [i, unit] of units.entries()) {
    const slot = arabicSlot(unit, i === units.length - 1);
    if (slot) slots.push(slot);
  }
  return slots;
}

const VAV = HEBREW.ו!;
const YOD = HEBREW.י!;

function hebrewSlot(unit: HebrewUnit, isFirst: boolean, isLast: boolean): SkeletonSlot {
  const { letter } = unit;
  if (unit.geresh && letter.geresh === 'ch') return { value: 'k' };
  // ו is a consonant at the start of a word or doubled (v); י only at the start: inside a word
  // it is a vowel, and doubled it is the diphthong of Chaim, which Latin spellings write as ai.
  if (letter === VAV) return isFirst || unit.doubled ? { value: 'b' } : { value: '', alt: 'b' };
  if (letter === YOD) return { value: isFirst ? 'y' : '' };
  if (isLast && letter.final) return { value: '' };
  return letter.skeletonAlt === undefined
    ? { value: letter.skeleton }
    : { value: letter.skeleton, alt: letter.skeletonAlt };
}

function hebrewWordSlots(word: string): SkeletonSlot[] {
  const units = hebrewUnits(word);
  return units.map((unit, i) => hebrewSlot(unit, i === 0, i === units.length - 1));
}

function abjadSlots(word: string): SkeletonSlot[] | null {
  const script = scriptOf(word.codePointAt(0)!);
  if (script === 'Arabic') return arabicWordSlots(word);
  if (script === 'Hebrew') return hebrewWordSlots(word);
  return null;
}

function wordSkeletons(word: string): string[] | null {
  const slots = abjadSlots(word);
  return slots === null ? null : expandSlots(slots, MAX_SKELETONS);
}

/** Skeletons of Latin spellings, at most four. */
export function latinSkeletons(spellings: readonly string[]): string[] {
  const skeletons = spellings.map((spelling) =>
    normalizeText(spelling).split(' ').map(latinSkeleton).filter(Boolean).join(' '),
  );
  return uniqueCapped(skeletons, MAX_SKELETONS);
}

function hasAbjadLetter(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if ((code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfefc)) return true;
  }
  return false;
}

/** Skeletons read from the Arabic or Hebrew letters of a name, or null if it has none. */
export function abjadSkeletons(name: string): string[] | null {
  if (!hasAbjadLetter(name)) return null;
  const words = name.normalize('NFKC').split(WORD_SEPARATORS).filter(Boolean);
  const abjad = words.map(wordSkeletons);
  if (abjad.every((skeletons) => skeletons === null)) return null;
  const perWord = words.map((word, i) => abjad[i] ?? [latinSkeleton(normalizeText(word))]);
  return combineWordSkeletons(perWord, MAX_SKELETONS);
}

/**
 * The consonant skeletons of a name, words separated by spaces (compare them with spaces
 * removed when word division may differ: عبد الله, Abdullah). Arabic and Hebrew words are read
 * from their letters; other scripts are transliterated first.
 *
 * @example consonantSkeletons('محمد علي') // ['mhmd l']
 * @example consonantSkeletons('Mohamed Ali') // ['mhmd l']
 */
export function consonantSkeletons(name: string): string[] {
  return abjadSkeletons(name) ?? latinSkeletons(transliterate(name));
}
