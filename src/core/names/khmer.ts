/**
 * Khmer → Latin, simplified from the UNGEGN system: consonants and written vowels only. The
 * vowel a Khmer consonant carries when none is written depends on its series and syllable, and
 * is left out; foreign names, which write their vowels (វ្លាឌីមៀរ → vladimier), come out well.
 */

import { mapWords, uniqueCapped } from './variants.js';

const CONSONANTS =
  'k kh k kh ng ch chh ch chh nh d th d th n t th t th n b ph p ph m y r l v s s s h l '.split(' ');
const FIRST_CONSONANT = 0x1780;
const LAST_CONSONANT = 0x17a2;
// Dependent vowels U+17B6–U+17C5.
const VOWELS = 'a i i oe eu u u uo aeu oea ie e ae ai ao au'.split(' ');
const FIRST_VOWEL = 0x17b6;
const SIGNS: Readonly<Record<string, string>> = { 'ំ': 'm', 'ះ': 'h' };
// Independent vowels U+17A5–U+17B3, the common ones.
const INDEPENDENT: Readonly<Record<string, string>> = {
  ឥ: 'e',
  ឦ: 'ei',
  ឧ: 'o',
  ឩ: 'u',
  ឪ: 'ov',
  ឯ: 'ae',
  ឱ: 'ao',
};

function romanizeKhmerWord(word: string): string {
  let out = '';
  for (const char of word) {
    const cp = char.codePointAt(0)!;
    if (cp >= FIRST_CONSONANT && cp <= LAST_CONSONANT)
      out += CONSONANTS[cp - FIRST_CONSONANT] ?? '';
    else if (cp >= FIRST_VOWEL && cp < FIRST_VOWEL + VOWELS.length) out += VOWELS[cp - FIRST_VOWEL];
    else out += SIGNS[char] ?? INDEPENDENT[char] ?? '';
  }
  return out;
}

/** The Latin spelling of a Khmer text. */
export function transliterateKhmer(text: string): string[] {
  return uniqueCapped([mapWords(text, romanizeKhmerWord)]);
}
