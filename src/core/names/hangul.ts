/**
 * Hangul → Latin. A Korean personal name (a listed family name followed by one or two
 * syllables) is written family name first with the given-name syllables hyphenated, in the
 * spellings lists use; other Hangul text, typically a foreign name, is romanised word by word.
 */

import { COMPOUND_SURNAMES, KOREAN_SURNAMES } from './korean-surnames.js';
import {
  decomposeHangul,
  type KoreanSystem,
  romanizeSyllables,
  type Syllable,
} from './hangul-systems.js';
import { mapWords, splitWords, uniqueCapped } from './variants.js';

const NAME_SYSTEMS: readonly KoreanSystem[] = ['popular', 'rr', 'mr', 'dprk'];
const WORD_SYSTEMS: readonly KoreanSystem[] = ['rr', 'loan', 'mr'];
const SPACES = /\s+/;

function syllablesOf(word: string): Syllable[] {
  const out: Syllable[] = [];
  for (const char of word) {
    const s = decomposeHangul(char);
    if (s) out.push(s);
  }
  return out;
}

function familyLength(word: string): number {
  if (COMPOUND_SURNAMES.has(word.slice(0, 2))) return 2;
  return KOREAN_SURNAMES[word[0] ?? ''] ? 1 : 0;
}

/** A Korean name as [family name, given name], or null when the text is not shaped like one. */
export function splitKoreanName(text: string): [string, string] | null {
  const words = text.trim().split(SPACES);
  if (words.some((word) => syllablesOf(word).length !== word.length)) return null;
  const joined = words.join('');
  const family = familyLength(joined);
  const given = joined.length - family;
  if (family === 0 || given < 1 || given > 2) return null;
  // Either one word (김정은) or family and given name apart (김 정은, 김 정 은).
  if (words.length > 1 && words[0]!.length !== family) return null;
  return [joined.slice(0, family), joined.slice(family)];
}

function romanizeWord(word: string, system: KoreanSystem): string {
  return romanizeSyllables(syllablesOf(word), system).join('');
}

function nameVariants(family: string, given: string): string[] {
  const givenBy = (system: KoreanSystem) => romanizeSyllables(syllablesOf(given), system).join('-');
  const listed = family.length === 1 ? (KOREAN_SURNAMES[family] ?? []) : [];
  const familyBy = (system: KoreanSystem) =>
    system === 'popular' && listed[0] ? listed[0] : romanizeWord(family, system);
  const variants = NAME_SYSTEMS.map((system) => `${familyBy(system)} ${givenBy(system)}`);
  const popularGiven = givenBy('popular');
  for (const spelling of listed.slice(1)) variants.push(`${spelling} ${popularGiven}`);
  return uniqueCapped(variants);
}

/**
 * The Latin spellings of a Hangul text. For a Korean name: popular spelling, Revised
 * Romanization, McCune-Reischauer, North Korean, then the other listed family-name spellings
 * (김정은 → kim jung-eun, gim jeong-eun, kim chong-un, kim jong-un).
 */
export function transliterateHangul(text: string): string[] {
  const name = splitKoreanName(text);
  if (name) return nameVariants(name[0], name[1]);
  const words = splitWords(text, false);
  return uniqueCapped(
    WORD_SYSTEMS.map((system) =>
      mapWords(words, (word) => (syllablesOf(word).length > 0 ? romanizeWord(word, system) : word)),
    ),
  );
}
