/**
 * Folding for full-text search that keeps every offset: the folded text has exactly the length of
 * the page's text, UTF-16 unit for unit, so that a span found in the folded text (FTS5's
 * highlight(), or a substring search) is the span to highlight in the original. That rules out
 * NFKC or NFD on the whole text (both change lengths); each code unit is folded on its own, and
 * only where its fold is again one code unit:
 * - case (`Ромашка` and `РОМАШКА` alike), ё as е (Russian writes either);
 * - width and compatibility forms by NFKC (fullwidth `ＡＢＣ１２３`, the ideographic space,
 *   Kangxi radicals and CJK compatibility ideographs that PDF text layers give for the unified
 *   ideographs);
 * - diacritics on Latin and Greek letters (`é` as `e`), never on Cyrillic letters, where й and ї
 *   are letters of their own;
 * - every space, tab and line break as one space, typographic quotes and dashes as ASCII ones.
 * Surrogate pairs (rare ideographs, emoji) pass through unchanged.
 */

const SPACES = new Set([
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  '\u0085',
  '\u00a0',
  '\u1680',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
]);

// Typographic marks people do not type: a query with ASCII quotes finds ООО «Ромашка».
const PUNCTUATION: Readonly<Record<string, string>> = {
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  ʼ: "'",
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
};

const COMBINING = /^\p{M}+$/u;

// Bases whose marks are removed: Latin and Greek letters (below U+0400) and Latin Extended
// Additional (ạ, ế, ỹ...). Cyrillic is left alone on purpose.
function stripsMarks(base: string): boolean {
  const code = base.charCodeAt(0);
  return code < 0x0400 || (code >= 0x1e00 && code <= 0x1fff);
}

function foldUnit(unit: string): string {
  if (SPACES.has(unit) || (unit >= '\u2000' && unit <= '\u200a')) return ' ';
  if (unit === 'ё' || unit === 'Ё') return 'е';
  const mark = PUNCTUATION[unit];
  if (mark !== undefined) return mark;
  let folded = unit;
  const compatible = unit.normalize('NFKC');
  if (compatible.length === 1) folded = compatible;
  const lower = folded.toLowerCase();
  if (lower.length === 1) folded = lower;
  const decomposed = folded.normalize('NFD');
  if (decomposed.length > 1 && stripsMarks(decomposed[0]!) && COMBINING.test(decomposed.slice(1))) {
    const base = decomposed[0]!.toLowerCase();
    folded = base.length === 1 ? base : decomposed[0]!;
  }
  return folded;
}

// One table for the Basic Multilingual Plane, filled as units are first seen.
const TABLE = new Map<number, string>();

function foldCode(code: number, unit: string): string {
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
    return code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c || code === 0x0d
      ? ' '
      : unit;
  }
  let folded = TABLE.get(code);
  if (folded === undefined) {
    folded = foldUnit(unit);
    TABLE.set(code, folded);
  }
  return folded;
}

/** The text folded for search, the same length as the text (see the module comment). */
export function foldText(text: string): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      // A surrogate half: folding it alone would break the pair, and its fold keeps its length.
      parts.push(text[i]!);
      continue;
    }
    parts.push(foldCode(code, text[i]!));
  }
  return parts.join('');
}

/**
 * A query folded as pages are, with its spaces collapsed. Its length need not be kept: only the
 * page's offsets matter. Composed first, so that a query typed with combining marks matches.
 */
export function foldQuery(query: string): string {
  return foldText(query.normalize('NFC')).replace(/ +/g, ' ').trim();
}
