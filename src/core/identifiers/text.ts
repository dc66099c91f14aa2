/**
 * Text folding shared by the identifier formats. Lists write the same number with spaces, dashes,
 * dots, full-width or Arabic-Indic digits and Cyrillic look-alike letters; all of that is noise.
 */

/** Zero code points of decimal digit blocks that NFKD leaves alone (Arabic-Indic, Persian, Devanagari). */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6];

/** Cyrillic and Greek capitals that look like Latin ones; identifiers are Latin by definition. */
const HOMOGLYPHS: Record<string, string> = {
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
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};

function foldDigit(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code <= zero + 9) return String(code - zero);
  }
  return ch;
}

/** NFKD, no diacritics, ASCII digits, upper case, look-alike letters folded to Latin. */
export function foldIdentifier(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\p{Nd}/gu, foldDigit)
    .toUpperCase()
    .replace(/[\u0370-\u04ff]/g, (ch) => HOMOGLYPHS[ch] ?? ch);
}

/** Separators lists put inside numbers. */
const SEPARATORS = /[\s.\-_\u2010-\u2015]+/g;

/**
 * Digits-only types (INN, OGRN, IMO, MMSI): drop any leading label ("INN", "ИНН:", "IMO No."),
 * then the separators. Anything other than digits left over means the value is not of this type.
 */
export function normalizeDigits(raw: string): string | null {
  const text = raw
    .normalize('NFKD')
    .replace(/\p{Nd}/gu, foldDigit)
    .replace(/^[^\d]*?(?=\d)/u, '')
    .replace(SEPARATORS, '');
  return /^\d+$/.test(text) ? text : null;
}

/**
 * Alphanumeric types: fold, drop separators, then a label prefix when the remainder has the
 * length the type expects (so that a value which merely starts with those letters is kept).
 */
export function normalizeAlnum(
  raw: string,
  prefixes: readonly string[],
  fits: (rest: string) => boolean,
): string | null {
  let text = foldIdentifier(raw)
    .replace(/^[\p{Script=Han}\s:：]+/u, '')
    .replace(/[\s.\-_:#/\u2010-\u2015]+/g, '');
  for (const prefix of prefixes) {
    if (text.startsWith(prefix) && fits(text.slice(prefix.length))) {
      text = text.slice(prefix.length);
      break;
    }
  }
  return /^[A-Z0-9]+$/.test(text) ? text : null;
}

// The code units that `.` does not match: the regex isRepeated replaced never counted them.
const LINE_TERMINATORS = new Set([0x0a, 0x0d, 0x2028, 0x2029]);

/** All one repeated digit: a placeholder, never a real number, though some checksums pass it. */
export function isRepeated(value: string): boolean {
  // A loop, not /^(.)\1*$/: that regex's backreference overflows V8's stack on millions of units.
  if (value.length === 0 || LINE_TERMINATORS.has(value.charCodeAt(0))) return false;
  for (let i = 1; i < value.length; i++) {
    if (value.charCodeAt(i) !== value.charCodeAt(0)) return false;
  }
  return true;
}
