/** Small text helpers shared by the cleaners, and the lookup tables that text indexes. */

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

/**
 * A frozen lookup table without a prototype, for tables indexed with text from input (list
 * files, portfolios, queries). A plain object literal inherits from Object.prototype, so
 * `TABLE['constructor']` or `TABLE['__proto__']` would give a function or an object where a key
 * it does not list should give undefined.
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
