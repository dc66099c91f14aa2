/**
 * Korean and Japanese readings of a name written in Chinese characters.
 *
 * The same characters are a Chinese, a Korean or a Japanese name: 金大中 is Jin Dazhong in
 * Mandarin and Kim Dae-jung in Korean; 岸田文雄 is Kishida Fumio. Which one a listed name is, its
 * characters alone do not say, so a Han name gets all three readings (Mandarin is chinese.ts).
 * The readings come from dictionaries that the core cannot load (the core does no I/O): the caller
 * passes them in as a {@link HanDictionary}, and the readings come back in Hangul or kana, for
 * the Hangul and kana transliterators to spell in Latin.
 *
 * - Korean: each character's Sino-Korean reading, the family name (the first character, or two
 *   for 南宮, 諸葛…) with the initial sound rule of South Korea (리 → 이, 로 → 노) and its own
 *   reading where a family name differs from the word (金 is 김 as a name, 금 as gold). The
 *   Hangul transliterator then gives Kim Dae-jung, Gim Dae-jung, Kim Tae-jung…
 * - Japanese: the text split into a family name and a given name found in the dictionary's name
 *   lists, cheapest readings first (the dictionary's costs rank how common a reading is).
 */

import { splitKoreanName } from './hangul.js';
import { decomposeHangul } from './hangul-systems.js';
import { katakanaToHiragana } from './kana.js';

/** One reading of a Japanese name part, in katakana, with how unusual it is (lower is commoner). */
export interface KanaReading {
  readonly kana: string;
  readonly cost: number;
}

/** The dictionaries behind the Korean and Japanese readings; either may be left out. */
export interface HanDictionary {
  /** The Sino-Korean reading of one character, a Hangul syllable. */
  korean?(char: string): string | undefined;
  /** Readings of a Japanese family name written in kanji, commonest first. */
  japaneseFamily?(kanji: string): readonly KanaReading[] | undefined;
  /** Readings of a Japanese given name written in kanji, commonest first. */
  japaneseGiven?(kanji: string): readonly KanaReading[] | undefined;
}

/** Family names whose Korean reading is not the character's common one. */
const KOREAN_FAMILY_READINGS: Readonly<Record<string, string>> = { 金: '김', 沈: '심' };
/** Two-character Korean family names, read together. */
const KOREAN_COMPOUND_FAMILIES = new Set(['南宮', '皇甫', '諸葛', '鮮于', '獨孤', '司空', '西門']);

/** At most this many Japanese readings per name. */
const MAX_JAPANESE = 2;
/** Longer runs of kanji are not one person's name (organisations, addresses). */
const MAX_JAPANESE_LENGTH = 6;
const SPACES = /\s+/;
const HAN_NAME = /^[\p{sc=Han}\s]+$/u;

// Initial sound rule (두음법칙): ㄹ and ㄴ before i or y become ㅇ; ㄹ before other vowels ㄴ.
const RIEUL = 5;
const NIEUN = 2;
const IEUNG = 11;
const I_OR_Y = new Set([2, 3, 6, 7, 12, 17, 20]);

function initialSoundRule(syllable: string): string {
  const s = decomposeHangul(syllable);
  if (!s || (s.initial !== RIEUL && s.initial !== NIEUN)) return syllable;
  const palatal = I_OR_Y.has(s.vowel);
  if (s.initial === NIEUN && !palatal) return syllable;
  const initial = palatal ? IEUNG : NIEUN;
  return String.fromCharCode(0xac00 + initial * 588 + s.vowel * 28 + s.final);
}

/**
 * The Korean reading of a Han name of two to four characters, in Hangul, family name and given
 * name apart ("김 대중"), or null when a character has no reading or the reading is not shaped
 * like a Korean name (a known family name and a given name of one or two syllables).
 */
export function koreanReading(name: string, dictionary: HanDictionary): string | null {
  const { korean } = dictionary;
  const text = name.replace(/\s+/g, '');
  if (!korean || text.length < 2 || text.length > 4) return null;
  const familyLength = KOREAN_COMPOUND_FAMILIES.has(text.slice(0, 2)) ? 2 : 1;
  const syllables: string[] = [];
  for (const [i, char] of [...text].entries()) {
    const reading = (i === 0 ? KOREAN_FAMILY_READINGS[char] : undefined) ?? korean(char);
    if (reading === undefined) return null;
    syllables.push(i === 0 ? initialSoundRule(reading) : reading);
  }
  const reading = `${syllables.slice(0, familyLength).join('')} ${syllables.slice(familyLength).join('')}`;
  return splitKoreanName(reading) === null ? null : reading;
}

interface Split {
  kana: string;
  cost: number;
}

function splits(family: string, given: string, dictionary: HanDictionary): Split[] {
  const families = dictionary.japaneseFamily?.(family) ?? [];
  const givens = given === '' ? [{ kana: '', cost: 0 }] : (dictionary.japaneseGiven?.(given) ?? []);
  const out: Split[] = [];
  for (const f of families.slice(0, MAX_JAPANESE)) {
    for (const g of givens.slice(0, MAX_JAPANESE)) {
      out.push({ kana: `${f.kana} ${g.kana}`.trim(), cost: f.cost + g.cost });
    }
  }
  return out;
}

/**
 * Japanese readings of a kanji name, in hiragana, family and given name apart ("やまだ たろう"),
 * commonest first: every split of the name into a listed family name and a listed given name
 * (or the family name alone), ranked by the dictionary's costs. Names written with a space
 * between the parts are split there.
 */
export function japaneseReadings(name: string, dictionary: HanDictionary): string[] {
  const parts = name.trim().split(SPACES);
  const found: Split[] = [];
  if (parts.length === 2) {
    found.push(...splits(parts[0]!, parts[1]!, dictionary));
  } else if (parts.length === 1 && parts[0]!.length <= MAX_JAPANESE_LENGTH) {
    const text = parts[0]!;
    for (let cut = 1; cut <= text.length; cut++) {
      found.push(...splits(text.slice(0, cut), text.slice(cut), dictionary));
    }
  }
  found.sort((a, b) => a.cost - b.cost);
  const out: string[] = [];
  for (const { kana } of found) {
    const reading = katakanaToHiragana(kana);
    if (!out.includes(reading)) out.push(reading);
    if (out.length >= MAX_JAPANESE) break;
  }
  return out;
}

/**
 * The Korean and Japanese readings of a name written only in Chinese characters, in Hangul and
 * hiragana; none for other names or without a dictionary.
 *
 * @example hanNameReadings('金大中', dictionary) // ['김 대중', 'きん だいちゅう']
 */
export function hanNameReadings(name: string, dictionary: HanDictionary): string[] {
  const text = name.normalize('NFKC').trim();
  if (!HAN_NAME.test(text)) return [];
  const korean = koreanReading(text, dictionary);
  return [...(korean === null ? [] : [korean]), ...japaneseReadings(text, dictionary)];
}
