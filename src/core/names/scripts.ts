/**
 * Which writing system a character belongs to. A sorted table of Unicode block ranges is searched
 * by bisection: faster than `\p{Script=…}` tests per character, and it covers the scripts that
 * sanctions lists actually contain.
 */

export type Script =
  | 'Latin'
  | 'Cyrillic'
  | 'Greek'
  | 'Armenian'
  | 'Georgian'
  | 'Hebrew'
  | 'Arabic'
  | 'Syriac'
  | 'Thaana'
  | 'Devanagari'
  | 'Bengali'
  | 'Gurmukhi'
  | 'Gujarati'
  | 'Oriya'
  | 'Tamil'
  | 'Telugu'
  | 'Kannada'
  | 'Malayalam'
  | 'Sinhala'
  | 'Thai'
  | 'Lao'
  | 'Tibetan'
  | 'Myanmar'
  | 'Ethiopic'
  | 'Khmer'
  | 'Mongolian'
  | 'Hangul'
  | 'Hiragana'
  | 'Katakana'
  | 'Han';

// [first code point, last code point, script]; sorted, non-overlapping.
const RANGES: ReadonlyArray<readonly [number, number, Script]> = [
  [0x0041, 0x005a, 'Latin'],
  [0x0061, 0x007a, 'Latin'],
  [0x00aa, 0x00aa, 'Latin'],
  [0x00ba, 0x00ba, 'Latin'],
  [0x00c0, 0x00d6, 'Latin'],
  [0x00d8, 0x00f6, 'Latin'],
  [0x00f8, 0x02af, 'Latin'],
  [0x0370, 0x0373, 'Greek'],
  [0x0376, 0x037d, 'Greek'],
  [0x037f, 0x037f, 'Greek'],
  [0x0386, 0x0386, 'Greek'],
  [0x0388, 0x03ff, 'Greek'],
  [0x0400, 0x0482, 'Cyrillic'],
  [0x048a, 0x052f, 'Cyrillic'],
  [0x0531, 0x0588, 'Armenian'],
  [0x05d0, 0x05f3, 'Hebrew'],
  [0x0620, 0x063f, 'Arabic'],
  [0x0641, 0x064a, 'Arabic'],
  [0x066e, 0x066f, 'Arabic'],
  [0x0671, 0x06d3, 'Arabic'],
  [0x06d5, 0x06d5, 'Arabic'],
  [0x06ee, 0x06ef, 'Arabic'],
  [0x06fa, 0x06ff, 'Arabic'],
  [0x0710, 0x074f, 'Syriac'],
  [0x0750, 0x077f, 'Arabic'],
  [0x0780, 0x07bf, 'Thaana'],
  [0x08a0, 0x08c9, 'Arabic'],
  [0x0900, 0x0963, 'Devanagari'],
  [0x0966, 0x097f, 'Devanagari'],
  [0x0980, 0x09ff, 'Bengali'],
  [0x0a00, 0x0a7f, 'Gurmukhi'],
  [0x0a80, 0x0aff, 'Gujarati'],
  [0x0b00, 0x0b7f, 'Oriya'],
  [0x0b80, 0x0bff, 'Tamil'],
  [0x0c00, 0x0c7f, 'Telugu'],
  [0x0c80, 0x0cff, 'Kannada'],
  [0x0d00, 0x0d7f, 'Malayalam'],
  [0x0d80, 0x0dff, 'Sinhala'],
  [0x0e00, 0x0e7f, 'Thai'],
  [0x0e80, 0x0eff, 'Lao'],
  [0x0f00, 0x0fff, 'Tibetan'],
  [0x1000, 0x109f, 'Myanmar'],
  [0x10a0, 0x10ff, 'Georgian'],
  [0x1100, 0x11ff, 'Hangul'],
  [0x1200, 0x139f, 'Ethiopic'],
  [0x1780, 0x17ff, 'Khmer'],
  [0x1800, 0x18af, 'Mongolian'],
  [0x19e0, 0x19ff, 'Khmer'],
  [0x1c80, 0x1c8f, 'Cyrillic'],
  [0x1c90, 0x1cbf, 'Georgian'],
  [0x1e00, 0x1eff, 'Latin'],
  [0x1f00, 0x1fff, 'Greek'],
  [0x2c60, 0x2c7f, 'Latin'],
  [0x2d00, 0x2d2f, 'Georgian'],
  [0x2de0, 0x2dff, 'Cyrillic'],
  [0x2e80, 0x2fdf, 'Han'],
  [0x3005, 0x3005, 'Han'],
  [0x3007, 0x3007, 'Han'],
  [0x3021, 0x3029, 'Han'],
  [0x3041, 0x309f, 'Hiragana'],
  [0x30a1, 0x30fa, 'Katakana'],
  [0x30fc, 0x30ff, 'Katakana'],
  [0x3131, 0x318e, 'Hangul'],
  [0x31f0, 0x31ff, 'Katakana'],
  [0x3400, 0x4dbf, 'Han'],
  [0x4e00, 0x9fff, 'Han'],
  [0xa640, 0xa69f, 'Cyrillic'],
  [0xa720, 0xa7ff, 'Latin'],
  [0xa960, 0xa97f, 'Hangul'],
  [0xab30, 0xab6f, 'Latin'],
  [0xac00, 0xd7ff, 'Hangul'],
  [0xf900, 0xfaff, 'Han'],
  [0xfb00, 0xfb06, 'Latin'],
  [0xfb13, 0xfb17, 'Armenian'],
  [0xfb1d, 0xfb4f, 'Hebrew'],
  [0xfb50, 0xfdff, 'Arabic'],
  [0xfe70, 0xfefc, 'Arabic'],
  [0xff21, 0xff3a, 'Latin'],
  [0xff41, 0xff5a, 'Latin'],
  [0xff66, 0xff9d, 'Katakana'],
  [0xffa0, 0xffdc, 'Hangul'],
  [0x20000, 0x3134f, 'Han'],
];

/**
 * The script of one code point, or null for characters shared by all scripts (spaces, digits,
 * punctuation) and for combining marks, which belong to the letter they follow.
 */
export function scriptOf(codePoint: number): Script | null {
  if (codePoint < 0x80) {
    const lower = codePoint | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? 'Latin' : null;
  }
  let low = 0;
  let high = RANGES.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = RANGES[mid]!;
    if (codePoint < range[0]) high = mid - 1;
    else if (codePoint > range[1]) low = mid + 1;
    else return range[2];
  }
  return null;
}

/**
 * The scripts of the letters in a text, in order of first appearance.
 *
 * @example detectScripts('Путин (Putin)') // ['Cyrillic', 'Latin']
 */
export function detectScripts(text: string): Script[] {
  const found: Script[] = [];
  let last: Script | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    const script = scriptOf(code);
    if (script !== null && script !== last && !found.includes(script)) found.push(script);
    if (script !== null) last = script;
  }
  return found;
}

/** A stretch of text in one script; shared characters (spaces, punctuation) join the run before. */
export interface ScriptRun {
  script: Script | null;
  text: string;
}

/** Split a text into runs of one script each, so that each run can go to its transliterator. */
export function splitScriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let current: ScriptRun | undefined;
  for (const char of text) {
    const script = scriptOf(char.codePointAt(0)!);
    if (current === undefined) {
      current = { script, text: char };
      runs.push(current);
    } else if (script === null || script === current.script) {
      current.text += char;
    } else if (current.script === null) {
      current.script = script;
      current.text += char;
    } else {
      current = { script, text: char };
      runs.push(current);
    }
  }
  return runs;
}
