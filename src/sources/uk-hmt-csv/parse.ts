/**
 * The conventions inside the UK list's free-text cells: numbered lists ("1) Saudi Arabia
 * 2) Qatar", "(1) German (2) Moroccan", "(a) ... (b) ..."), countries in parentheses after a
 * document number, and IMO numbers in the remarks of vessels listed as entities.
 */
import { cleanCountry } from '../../core/normalise/index.js';

/**
 * A list marker: "1)", "(2)", "(b)", or a run of them ("(1)-(2) Indonesia" says both items are
 * Indonesia). The marker must start a word, so "(since 2009)" and "(tazkira)" are not markers.
 */
const MARKER = /(?:\(?\b(?:\d{1,2}|[a-h])\)[\s,-]*)+/g;

/** The items of a numbered list; text without markers is one item. Empty items are dropped. */
export function splitNumbered(text: string): string[] {
  if (text.trim() === '') return [];
  return text
    .split(MARKER)
    .map((item) => item.replace(/^[\s,;.-]+|[\s,;-]+$/g, ''))
    .filter((item) => /[\p{L}\p{N}]/u.test(item));
}

/** The first parenthesised country in a remark: "2255278 (Syria)" → "Syria". */
export function countryInParentheses(text: string): string | null {
  for (const m of text.matchAll(/\(([^()]+)\)/g)) {
    if (cleanCountry(m[1]!) !== null) return m[1]!;
  }
  return null;
}

/** IMO numbers in a remark: "IMO: 8937675.", "IMO number: 7303803)". */
export function imoNumbers(text: string): string[] {
  return [...text.matchAll(/\bIMO(?:\s+(?:number|no\.?))?\s*[:.]?\s*(\d{7})\b/gi)].map(
    (m) => m[1]!,
  );
}
