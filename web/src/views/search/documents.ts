/**
 * Document hits as the search view shows them, kept apart from the markup: where each snippet's
 * highlight opens the document viewer (page and span of the page's stored text, as the viewer's
 * address takes them), and a snippet cut into plain and highlighted parts.
 */
import type { DocumentHitJson, SnippetJson } from '../../api/review.js';
import { href } from '../../app/router.js';

/** The viewer at the hit's page with the span [start, end) of that page's text highlighted. */
export function documentHref(hit: DocumentHitJson, span: readonly [number, number]): string {
  const path = `/cases/${encodeURIComponent(hit.case)}/documents/${encodeURIComponent(hit.document_id)}`;
  return href(path, { page: String(hit.page), start: String(span[0]), end: String(span[1]) });
}

/** The snippet's first highlight as a span of the page's text (snippet offsets + its start). */
export function snippetSpan(snippet: SnippetJson): [number, number] | null {
  const first = snippet.highlights[0];
  return first ? [snippet.start + first[0], snippet.start + first[1]] : null;
}

export interface SnippetPart {
  text: string;
  marked: boolean;
}

/** The snippet's text in order, highlighted parts marked; overlapping highlights merge. */
export function snippetParts(snippet: SnippetJson): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const marks = [...snippet.highlights].sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [start, end] of marks) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    if (from > at) parts.push({ text: snippet.text.slice(at, from), marked: false });
    parts.push({ text: snippet.text.slice(from, end), marked: true });
    at = end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), marked: false });
  return parts;
}
