/**
 * Multilingual name normalisation for sanctions matching: the keys under which a listed name
 * is indexed and a query name is looked up, so that "Путин Владимир Владимирович",
 * "PUTIN, Vladimir Vladimirovich" and "Vladimir Poutine" meet.
 *
 * The pipeline, all pure functions:
 * 1. {@link transliterate}: Latin spellings in the systems lists use for the name's script
 *    (Cyrillic, Greek, Armenian, Georgian, Arabic/Persian/Urdu, Hebrew, Hangul, Chinese, kana,
 *    Indic scripts, Thai, Khmer, Myanmar); a few per name, not one.
 * 2. {@link normalizeText}: NFKC, case folding, diacritics and punctuation removed.
 * 3. {@link nameTokens} and {@link personNameForms}: tokens with joined variants, and
 *    order-independent forms of a person's name (patronymics, particles, initials optional).
 * 4. {@link metaphone} and {@link soundex} per token; {@link consonantSkeletons} for names from
 *    scripts that leave vowels unwritten.
 * {@link analyzeName} runs all of it once per name.
 *
 * Known limits: Chinese characters are read as Mandarin unless a {@link HanDictionary} is passed
 * to {@link hanNameReadings} for their Korean and Japanese readings (the core loads no
 * dictionary); foreign names written in Han characters are read back only approximately, and
 * only when a middle dot marks them (弗拉基米尔·普京); Arabic and Hebrew short
 * vowels are guessed (use the skeletons); Cyrillic text is read as Ukrainian or Belarusian only
 * when it shows a letter or ending of its own (і ї є ґ ў, -ський), else as Russian; Ethiopic,
 * Tibetan and other scripts pass through unchanged.
 *
 * @module
 */

export { type AnalyzeOptions, analyzeName, type NameKeys } from './analyze.js';
export { transcriptionReadings } from './chinese-transcription.js';
export { consonantSkeletons } from './consonant-skeletons.js';
export { type CyrillicSystem, RUSSIAN } from './cyrillic-tables.js';
export { type HanDictionary, hanNameReadings, type KanaReading } from './han-readings.js';
export { normalizeText } from './normalize.js';
export {
  type NameWord,
  type PersonName,
  type PersonNameOptions,
  parsePersonName,
} from './person.js';
export { type PersonFormOptions, personNameForms } from './person-forms.js';
export { metaphone, soundex } from './phonetic.js';
export { detectScripts, type Script } from './scripts.js';
export { jaro, jaroWinkler } from './similarity.js';
export { latinSkeleton } from './skeleton.js';
export { koreanFromCyrillic } from './korean-cyrillic.js';
export { hasPatronymicEnding, nameTokens } from './tokens.js';
export { transliterate } from './transliterate.js';
