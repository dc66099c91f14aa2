/**
 * The plain-text table format of the legal-form and generic-word data: one row a line, cells
 * separated by "|", "#" starts a comment line. Inside a cell, "{a,b}" expands to alternatives
 * (as in a shell) and a trailing "~" on a word adds the usual Russian adjective endings, in the
 * word's script, so that one cell covers the genders, cases and transliterations lists use.
 */

/** Russian adjective endings as transliterated by the lists (BGN/PCGN, ISO, passport styles). */
const LATIN_ENDINGS =
  'y,yy,yi,iy,ii,ij,yj,aya,aia,aja,oe,oye,oje,ogo,ovo,ye,yye,ie,iye,ykh,ikh,oy,oi,oj,uyu,uiu'.split(
    ',',
  );
const CYRILLIC_ENDINGS = 'ый,ий,ой,ая,яя,ое,ее,ого,его,ые,ие,ых,их,ую,юю,ому,ым,ом'.split(',');

/** Expand "{a,b}" groups (not nested) into every combination. */
export function expandBraces(text: string): string[] {
  const open = text.indexOf('{');
  if (open < 0) return [text];
  const close = text.indexOf('}', open);
  if (close < 0) throw new Error(`unclosed "{" in "${text}"`);
  const head = text.slice(0, open);
  const tails = expandBraces(text.slice(close + 1));
  return text
    .slice(open + 1, close)
    .split(',')
    .flatMap((option) => tails.map((tail) => head + option + tail));
}

/** Expand "stem~" words into the adjective endings of the stem's script. */
export function expandEndings(text: string): string[] {
  const match = /([\p{L}]+)~/u.exec(text);
  if (!match) return [text];
  const stem = match[1] ?? '';
  const endings = /\p{Script=Cyrillic}/u.test(stem) ? CYRILLIC_ENDINGS : LATIN_ENDINGS;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  return endings.flatMap((ending) => expandEndings(`${before}${stem}${ending}${after}`));
}

/** Every spelling one cell stands for. */
export function expandCell(cell: string): string[] {
  return expandBraces(cell.trim()).flatMap(expandEndings);
}

/** Rows of trimmed, non-empty cells (unexpanded), without blank and comment lines. */
export function parseRows(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) =>
      line
        .split('|')
        .map((cell) => cell.trim())
        .filter((cell) => cell !== ''),
    );
}
