/**
 * Folding Chinese radical and compatibility code points to the unified ideographs they stand for
 * (table and sources in ideograph-folds.ts). A PDF's text layer may say ⻔ (U+2ED4) or ⼀ (U+2F00)
 * where the page shows 门 and 一; search, extraction and matching must see the ideograph. NFKC is
 * not the answer: it folds only the Kangxi block and the compatibility ideographs, and it also
 * rewrites full-width forms and ligatures that a text's offsets depend on.
 */
import { IDEOGRAPH_FOLD_PAIRS } from './ideograph-folds.js';

function buildTable(): ReadonlyMap<number, string> {
  const table = new Map<number, string>();
  for (const chunk of IDEOGRAPH_FOLD_PAIRS) {
    const chars = Array.from(chunk);
    for (let i = 0; i + 1 < chars.length; i += 2)
      table.set(chars[i]!.codePointAt(0)!, chars[i + 1]!);
  }
  return table;
}

const TABLE = buildTable();

/** The unified ideograph for one code point, or null when it is not a radical or compatibility form. */
export function foldedIdeograph(codePoint: number): string | null {
  return TABLE.get(codePoint) ?? null;
}

/** Every code point the table folds, for tests and documentation. */
export function ideographFoldCount(): number {
  return TABLE.size;
}

// Radicals live in U+2E80-U+2FDF and U+31C0-U+31EF, compatibility ideographs in U+F900-U+FAFF and
// U+2F800-U+2FA1F: a text with none of these is returned as it is, without a copy.
const FOLDABLE = /[\u2E80-\u2FDF\u31C0-\u31EF\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/u;

/**
 * The text with every radical and compatibility ideograph replaced by its unified ideograph. The
 * length may change (a few compatibility ideographs fold to characters outside the BMP): fold
 * before computing offsets.
 */
export function foldIdeographs(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  let out = '';
  for (const char of text) out += TABLE.get(char.codePointAt(0)!) ?? char;
  return out;
}
