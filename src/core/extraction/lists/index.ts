/**
 * List entities named in a page's text (issue 11): every loaded list name in one token trie,
 * matched across scripts and Russian cases; the caller confirms each hit with the matching engine.
 *
 * @example
 * ```ts
 * const patterns = ListPatterns.build(names); // from the match index's name forms
 * const hits = patterns.scan('Покупатель: АО «ИЭМЗ «Купол»»', wordKeysWith(tools.names));
 * ```
 */
export { MIN_STEM, nominatives, RUSSIAN_ENDINGS } from './endings.js';
export {
  dropOverlaps,
  type InTextHit,
  type ListName,
  ListPatterns,
  type PatternOptions,
} from './patterns.js';
export { type Word, type WordKeys, wordKeysWith, wordsOf } from './words.js';
