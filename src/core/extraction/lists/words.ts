/**
 * The text side of the in-text list search: a page cut into words with their offsets, and each
 * word's keys in the same key space as the list's name forms (core/matching/name-forms.ts): its
 * folded Latin spellings (a Cyrillic or Chinese word transliterated), its own script lowered, a
 * generic business word's canonical concept, and for a Russian word the nominatives it may be an
 * oblique case of. Chinese is cut per character, as the list's Chinese names are.
 */
import { foldKey, type NameFormTools, PARTICLE_KEYS } from '../../matching/index.js';
import { nominatives } from './endings.js';

export interface Word {
  start: number;
  end: number;
  text: string;
  /** A character of a script written without spaces (Han, kana, Hangul). */
  character: boolean;
  /**
   * Reads as a proper name on its own: in a script without case; or capitalised and either in
   * quotes, in capitals throughout, or not the first word of a sentence or line ("Контракт с
   * ..." is a common word, "с АО «Купол»" and "to JSC Kupol" are names).
   */
  proper: boolean;
}

const WORDS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]|[\p{L}\p{M}\p{N}]+/gu;
const CHARACTER = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]$/u;
const UPPER = /^\p{Lu}/u;
const CASED = /^[\p{Ll}\p{Lu}]/u;
/** An opening quote just before the word. */
const QUOTED = /[«"“„'‘]\s*$/u;
/** The end of a sentence or a line, or the start of the text, before the word. */
const SENTENCE_END = /(?:^|[.!?\n])\s*$/u;

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORDS)) {
    const word = m[0];
    const character = CHARACTER.test(word);
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const quoted = QUOTED.test(before);
    const first = m.index === 0 || SENTENCE_END.test(before);
    const capitals = word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
    const proper =
      character || !CASED.test(word) || (UPPER.test(word) && (quoted || capitals || !first));
    words.push({ start: m.index, end: m.index + word.length, text: word, character, proper });
  }
  return words;
}

/** A word's keys: what a list name's token must equal for the two to pair. */
export type WordKeys = (word: string) => readonly string[];

/** At most this many distinct words' keys are kept (a bound on memory over a large leak). */
const MAX_CACHED = 200_000;

/** Keys through the matcher's own tools, each distinct word worked out once. */
export function wordKeysWith(tools: NameFormTools): WordKeys {
  const cache = new Map<string, readonly string[]>();
  return (word: string) => {
    const lower = word.toLowerCase();
    let keys = cache.get(lower);
    if (keys) return keys;
    const out = new Set<string>();
    for (const form of nominatives(lower)) {
      for (const native of tools.nativeTokens?.(form) ?? []) out.add(native);
      for (const variant of tools.latinVariants(form)) {
        if (variant === '' || variant.includes(' ')) continue;
        out.add(PARTICLE_KEYS.get(variant) ?? foldKey(variant));
        const generic = tools.orgTokens?.([variant]);
        if (generic?.tokens.length === 1 && generic.generic[0])
          out.add(foldKey(generic.tokens[0]!));
      }
    }
    keys = [...out];
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(lower, keys);
    return keys;
  };
}
