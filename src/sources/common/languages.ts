/**
 * The language of a name: guessed from its script, or read from a language label ("Russian",
 * "(Tigrinya)"). The UN and UK lists give names in other scripts with little or no label.
 */
import { lookupTable } from '../../core/normalise/index.js';

/** Scripts whose language is clear enough to label a name with (ISO 639-3). */
const SCRIPT_LANGS: readonly [RegExp, string][] = [
  [/\p{Script=Arabic}/u, 'ara'],
  [/\p{Script=Cyrillic}/u, 'rus'],
  // Korean may carry Hanja and Japanese carries Kanji, so both are tested before Han.
  [/\p{Script=Hangul}/u, 'kor'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'jpn'],
  [/\p{Script=Han}/u, 'zho'],
  [/\p{Script=Greek}/u, 'ell'],
  [/\p{Script=Hebrew}/u, 'heb'],
  [/\p{Script=Georgian}/u, 'kat'],
  [/\p{Script=Armenian}/u, 'hye'],
  [/\p{Script=Thai}/u, 'tha'],
];

/**
 * The language a name is most likely written in, guessed from its script: Arabic script reads as
 * Arabic, Cyrillic as Russian (the lists' usage), and so on. Null for Latin text or a script
 * shared by several languages of the lists (Ethiopic: Amharic or Tigrinya).
 */
export function guessLang(text: string): string | null {
  // Most names are Latin: settle those without looking at each letter.
  if (!/[^\s\u0020-\u024f\u1e00-\u1eff\u2000-\u206f]/.test(text)) return null;
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (letters.length === 0 || latin * 2 >= letters.length) return null;
  for (const [pattern, lang] of SCRIPT_LANGS) if (pattern.test(text)) return lang;
  return null;
}

/** Language names as the lists write them ("Russian", "Tigrinya") to ISO 639-3 codes. */
const LANGUAGE_NAMES = lookupTable({
  arabic: 'ara',
  russian: 'rus',
  chinese: 'zho',
  korean: 'kor',
  japanese: 'jpn',
  persian: 'fas',
  farsi: 'fas',
  pashto: 'pus',
  urdu: 'urd',
  ukrainian: 'ukr',
  belarusian: 'bel',
  tigrinya: 'tir',
  amharic: 'amh',
  hebrew: 'heb',
  greek: 'ell',
  georgian: 'kat',
  armenian: 'hye',
  thai: 'tha',
  burmese: 'mya',
});

/** The ISO 639-3 code for a language name, or null when the name is unknown. */
export function languageCode(name: string | null | undefined): string | null {
  if (!name) return null;
  return LANGUAGE_NAMES[name.trim().toLowerCase()] ?? null;
}

/**
 * A name in another script followed by its language in Latin letters, "ፍትዊ ዓብዱረዛቕ (Tigrinya)":
 * the name without the label and the label's language. Other text is returned unchanged.
 */
export function splitLanguageLabel(text: string): { name: string; lang: string | null } {
  const m = /^(.*\S)\s*\(([A-Za-z]+)\)\s*$/s.exec(text);
  const lang = m ? languageCode(m[2]) : null;
  // Only a label after a non-Latin name: "Jund al-Khilafah (Arabic)" stays a Latin name.
  if (m && lang && !/\p{Script=Latin}/u.test(m[1]!)) return { name: m[1]!, lang };
  return { name: text, lang: guessLang(text) };
}
