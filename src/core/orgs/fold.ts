/**
 * Case and script folding for organisation names. Lists spell the same legal form with and without
 * diacritics ("Şirketi"/"Sirketi", "Société"/"Societe"), so marks are dropped for the scripts
 * where they are decoration. Scripts whose vowels are marks (Thai, Devanagari) keep them.
 */

/** Combining marks after a Latin, Greek, Cyrillic, Arabic or Hebrew letter. */
const DECORATIVE_MARKS =
  /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}])\p{M}+/gu;

/** Letters NFKD leaves whole, and spelling variants that carry no meaning in names. */
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  ı: 'i',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ħ: 'h',
  ə: 'e',
  ё: 'е',
  ς: 'σ',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ـ: '',
  '\u200c': '',
  '\u200d': '',
};
const LETTER_FOLD_PATTERN = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/**
 * Lower case, compatibility forms (full-width, ligatures, ㈱), decorative diacritics removed.
 * Й, Ў and Ї survive: in Russian, Belarusian and Ukrainian they are letters of their own, not
 * и, у and і with a mark.
 */
export function foldOrgText(text: string): string {
  // Most names are ASCII: nothing to decompose or fold beyond the case.
  if (!/[^ -~]/.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/и\u0306/g, 'й')
    .replace(/у\u0306/g, 'ў')
    .replace(/і\u0308/g, 'ї')
    .replace(DECORATIVE_MARKS, '$1')
    .normalize('NFC')
    .replace(LETTER_FOLD_PATTERN, (ch) => LETTER_FOLDS[ch] ?? ch);
}
