/**
 * Quoted names after a legal form: ООО «Ромашка», АО "Концерн", АО «Концерн ВКО „Алмаз-Антей“»,
 * LLC “Romashka”. Russian typography nests „…“ inside «…»; typewritten text nests "…" inside
 * "…", which reads as a closing quote followed by another (АО "Концерн "Калашников"").
 * Writers often drop the outer closing quote of a nested name (АО «ИЭМЗ «Купол», ИНН ...): when
 * the line ends before the outer quote closes, the name ends at the first nested close.
 * A tab ends a table's cell (the CSV, XLSX, HTML and DOCX readers join cells with tabs): a name
 * never runs into the next cell, and one whose closing quote was dropped ends with its cell.
 */

const CLOSING: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"', '‘': '’' };
/** Longer quoted "names" are sentences that lost their closing quote. */
const MAX_NAME = 160;

/** A quoted name left open up to the end of its cell at `tab`: the cell's text, spaces trimmed. */
function cellEnd(
  text: string,
  start: number,
  tab: number,
): { end: number; inner: [number, number] } | null {
  let end = tab;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  return end > start ? { end, inner: [start, end] } : null;
}

/**
 * The end (exclusive) of the quoted name opening at `at` after optional spaces, and where its
 * text starts and ends inside the quotes; null when no quoted name starts there.
 */
export function quotedName(
  text: string,
  at: number,
): { end: number; inner: [number, number] } | null {
  let i = at;
  while (text[i] === ' ' || text[i] === '\u00a0') i++;
  const open = text[i];
  const close = open === undefined ? undefined : CLOSING[open];
  if (close === undefined) return null;
  const start = i + 1;
  let depth = 1;
  // Where the first nested name closed, back at depth 1: the name's end if the outer never closes.
  let fallback = -1;
  const unclosed = () =>
    fallback > 0 ? { end: fallback + 1, inner: [start, fallback] as [number, number] } : null;
  for (let j = start; j < text.length && j - start <= MAX_NAME; j++) {
    const ch = text[j]!;
    if (ch === '\n') return unclosed();
    if (ch === '\t') return unclosed() ?? cellEnd(text, start, j);
    if (ch === close) {
      // Straight quotes: a quote before a letter opens a nested name, one after a letter closes.
      if (open === '"' && /\p{L}/u.test(text[j + 1] ?? '') && j > start) {
        depth++;
        continue;
      }
      depth--;
      if (depth === 0 || (open === '"' && text[j + 1] !== '"')) {
        return j > start ? { end: j + 1, inner: [start, j] } : null;
      }
      if (depth === 1 && fallback < 0 && open !== '"') fallback = j;
    } else if (ch === open && open !== '"') {
      depth++;
    }
  }
  return unclosed();
}
