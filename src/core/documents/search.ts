/**
 * What search needs around the store: the page as indexed (folded text and shadow), the spans of
 * a query in a page found the way the index found them, and snippets around them. Pure.
 */
import { foldQuery, foldText } from './fold.js';
import { shadowOf, shadowSpans, shadowText } from './shadow.js';
import type { PageBox, PageWord } from './types.js';

/** What the store indexes for a page: the folded text (same length) and the shadow. */
export function searchable(text: string): { folded: string; shadow: string | null } {
  const shadow = shadowText(text);
  return { folded: foldText(text), shadow: shadow.length > 0 ? shadow : null };
}

/** The two forms a query is looked up as: folded like the pages, and as a shadow. */
export function queryForms(query: string): { folded: string; shadow: string } {
  return { folded: foldQuery(query), shadow: shadowText(query) };
}

/** Overlapping or touching spans merged, in order. */
export function mergeSpans(spans: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

const HAN = /\p{Script=Han}/u;

/**
 * Every place a query occurs in a page's text: as folded text, and through the shadow (a Latin
 * query in Cyrillic text, pinyin in Chinese), as spans of the original text. A query written in
 * Chinese characters matches only those characters: through pinyin it would also match every
 * homophone (公司 gongsi and 攻丝).
 */
export function querySpans(text: string, query: string): [number, number][] {
  const forms = queryForms(query);
  const folded = forms.folded;
  const shadow = HAN.test(query) ? '' : forms.shadow;
  const spans: [number, number][] = [];
  if (folded.length > 0) {
    const page = foldText(text);
    for (let at = page.indexOf(folded); at >= 0; at = page.indexOf(folded, at + folded.length)) {
      spans.push([at, at + folded.length]);
    }
  }
  if (shadow.length > 0) spans.push(...shadowSpans(shadowOf(text), shadow));
  return mergeSpans(spans);
}

export interface Snippet {
  /** Offsets of the snippet in the page's text. */
  start: number;
  end: number;
  /** The text between them, line breaks shown as spaces. */
  text: string;
  /** The highlighted spans, as offsets into the snippet's text. */
  highlights: [number, number][];
}

/** Snippets of about `context` characters either side of the spans, close spans sharing one. */
export function snippets(
  text: string,
  spans: readonly (readonly [number, number])[],
  options: { context?: number; max?: number } = {},
): Snippet[] {
  const context = options.context ?? 60;
  const out: Snippet[] = [];
  for (const [start, end] of mergeSpans(spans)) {
    const last = out.at(-1);
    if (last && start - context <= last.end) {
      last.highlights.push([start - last.start, end - last.start]);
      last.end = Math.min(text.length, Math.max(last.end, end + context));
      continue;
    }
    if (out.length >= (options.max ?? 3)) break;
    out.push({
      start: Math.max(0, start - context),
      end: Math.min(text.length, end + context),
      text: '',
      highlights: [[start - Math.max(0, start - context), end - Math.max(0, start - context)]],
    });
  }
  for (const snippet of out) {
    snippet.text = text.slice(snippet.start, snippet.end).replace(/[\r\n\t\f\v]/g, ' ');
  }
  return out;
}

/** The box around the words a span touches, or null when the page has no boxes there. */
export function spanBox(
  words: readonly PageWord[] | undefined,
  start: number,
  end: number,
): PageBox | null {
  let box: [number, number, number, number] | null = null;
  for (const word of words ?? []) {
    if (word.end <= start || word.start >= end) continue;
    const [x0, y0, x1, y1] = word.box;
    box = box
      ? [Math.min(box[0], x0), Math.min(box[1], y0), Math.max(box[2], x1), Math.max(box[3], y1)]
      : [x0, y0, x1, y1];
  }
  return box;
}
