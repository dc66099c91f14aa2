/** Small text helpers shared by the cleaners. */

/** Collapse runs of whitespace (including no-break spaces) and trim. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** A lookup key: NFKD, no diacritics, lower case, letters and digits separated by single spaces. */
export function lookupKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
