/**
 * OCR confusions. Scans swap digits and letters that look alike (0 and O, 1 and l, 5 and S, 8 and
 * B) and Russian scans put Cyrillic capitals where Latin ones stand. The extractors fold these
 * before checking a value and keep a folded value only when its check digit passes; the span
 * stays the original text.
 */

/** Characters OCR reads instead of a digit (Latin and Cyrillic O, I, l, |, S, B). */
const DIGIT_CONFUSIONS: Readonly<Record<string, string>> = {
  O: '0',
  o: '0',
  О: '0',
  о: '0',
  I: '1',
  l: '1',
  І: '1',
  '|': '1',
  S: '5',
  B: '8',
  В: '8',
};

/** The digit an OCR confusion stands for, or the character itself. */
export function foldDigitChar(ch: string): string {
  return DIGIT_CONFUSIONS[ch] ?? ch;
}

/**
 * Cyrillic capitals with a Latin twin (ГОСТ-era typefaces draw them alike): А В Е К М Н О Р С Т Х.
 * Used on codes that are Latin by definition (BIC, IBAN, LEI, USCC).
 */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
};

/** The Latin capitals and the Cyrillic look-alikes, for character classes of code scanners. */
export const CODE_CHARS = 'A-Z0-9АВЕКМНОРСТХ';
export const CODE_LETTERS = 'A-ZАВЕКМНОРСТХ';

/** A code with its Cyrillic look-alikes folded to Latin, and how many were folded. */
export function foldLatin(raw: string): { value: string; folded: number } {
  let value = '';
  let folded = 0;
  for (const ch of raw) {
    const latin = CYRILLIC_TO_LATIN[ch];
    if (latin !== undefined) folded++;
    value += latin ?? ch;
  }
  return { value, folded };
}

/** Letters folded to the digits they are mistaken for, at the given positions only. */
export function foldDigitsAt(
  value: string,
  from: number,
  to: number,
): { value: string; folded: number } {
  let out = '';
  let folded = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const d = i >= from && i < to ? (DIGIT_CONFUSIONS[ch] ?? ch) : ch;
    if (d !== ch) folded++;
    out += d;
  }
  return { value: out, folded };
}

/** How much a fold costs in confidence: the check digit passed, but the text was not the value. */
export const FOLD_PENALTY = 0.15;
