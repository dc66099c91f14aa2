/**
 * Where a span is on its page: the word boxes it overlaps, joined line by line into one box each
 * (a name over a line break is two boxes, not one box over both lines), or the mention's own box
 * when the page has no word boxes. And the page's text cut into pieces so that spans can be
 * marked in it without overlapping marks.
 */
import type { Box, WordBox } from '../../store/cases/index.js';

/** Boxes of a span [start, end) from the page's word boxes, one per line, in text order. */
export function spanBoxes(
  words: readonly WordBox[] | null,
  start: number,
  end: number,
  own: Box | null = null,
): Box[] {
  const hit = (words ?? []).filter((w) => w.start < end && w.end > start);
  if (hit.length === 0) return own ? [own] : [];
  const lines: [number, number, number, number][] = [];
  for (const { box } of hit) {
    const line = lines[lines.length - 1];
    // The same line: the word starts after the last one ended (less a little) and overlaps it
    // vertically by half its height.
    const overlap = line ? Math.min(line[3], box[3]) - Math.max(line[1], box[1]) : -1;
    const sameLine = line && box[0] >= line[0] && overlap >= (box[3] - box[1]) / 2;
    if (line && sameLine) {
      line[0] = Math.min(line[0], box[0]);
      line[1] = Math.min(line[1], box[1]);
      line[2] = Math.max(line[2], box[2]);
      line[3] = Math.max(line[3], box[3]);
    } else {
      lines.push([box[0], box[1], box[2], box[3]]);
    }
  }
  return lines;
}

/** A box as percentages of the page, so that it lands on an image of any resolution. */
export function percentBox(box: Box, size: { width: number; height: number }) {
  const pct = (v: number, of: number) => Math.round((v / of) * 100_000) / 1000;
  return {
    left: pct(box[0], size.width),
    top: pct(box[1], size.height),
    width: pct(box[2] - box[0], size.width),
    height: pct(box[3] - box[1], size.height),
  };
}

export interface TextPiece {
  text: string;
  /** The span this piece is marked as, or null for plain text. */
  span: number | null;
  /** Whether the piece starts its span (where its anchor goes). */
  first: boolean;
}

/**
 * The text cut at the spans' edges. A span inside an earlier one is not marked apart (its anchor
 * goes where the earlier mark is); a span that crosses an earlier one's end is marked from there.
 */
export function markPieces(
  text: string,
  spans: readonly { start: number; end: number }[],
): { pieces: TextPiece[]; anchorOf: Map<number, number> } {
  const order = spans
    .map((s, i) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end), i }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: TextPiece[] = [];
  // Where each span's anchor lands: its own mark, or the mark that swallowed it.
  const anchorOf = new Map<number, number>();
  let at = 0;
  let lastSpan: number | null = null;
  for (const s of order) {
    if (s.end <= at) {
      anchorOf.set(s.i, lastSpan ?? s.i);
      continue;
    }
    const from = Math.max(at, s.start);
    if (from > at) pieces.push({ text: text.slice(at, from), span: null, first: false });
    pieces.push({ text: text.slice(from, s.end), span: s.i, first: true });
    anchorOf.set(s.i, s.i);
    at = s.end;
    lastSpan = s.i;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), span: null, first: false });
  return { pieces, anchorOf };
}
