/**
 * The evidence: one section per page a mention is on, with the page's image and a box over each
 * span (placed as percentages of the page, so any resolution lines up), and the page's text beside
 * it with the same spans marked. A link to `#ev-...` opens the page at the span's box, or at its
 * mark in the text when the page has no image or no positions.
 */
import { textAnchor } from './anchors.js';
import { type Html, html, join } from './html.js';
import { markPieces, percentBox } from './highlight.js';
import type { EvidencePage, PageSpan } from './types.js';

/** Positions go into the stylesheet (classes), not style attributes, so the CSP can forbid those. */
export class BoxStyles {
  private readonly rules: string[] = [];
  add(box: ReturnType<typeof percentBox>): string {
    const name = `b${this.rules.length}`;
    this.rules.push(
      `.${name}{left:${box.left}%;top:${box.top}%;width:${box.width}%;height:${box.height}%}`,
    );
    return name;
  }
  css(): string {
    return this.rules.join('\n');
  }
}

/** Whether the span's link should land on a box over the image. */
export function hasBox(page: EvidencePage, span: PageSpan): boolean {
  return page.image !== null && page.size !== null && span.boxes.length > 0;
}

function imageView(page: EvidencePage, styles: BoxStyles): Html {
  const size = page.size;
  const boxes = size
    ? page.spans.flatMap((span) =>
        span.boxes.map(
          (box, i) =>
            html`<span class="box ${styles.add(percentBox(box, size))}"${i === 0 ? html` id="${span.anchor}"` : ''} title="${span.kind}"></span>`,
        ),
      )
    : [];
  return html`<div class="page"><img src="${page.image!.src}" alt="page ${page.page} of ${page.fileName}">${boxes}</div>`;
}

function textView(page: EvidencePage): Html {
  const { pieces, anchorOf } = markPieces(page.text, page.spans);
  const idOf = (i: number) => {
    const span = page.spans[i]!;
    return hasBox(page, span) ? textAnchor(span.anchor) : span.anchor;
  };
  // Spans swallowed by an earlier mark get an empty anchor just before it.
  const swallowed = new Map<number, number[]>();
  for (const [i, host] of anchorOf) {
    if (i !== host) swallowed.set(host, [...(swallowed.get(host) ?? []), i]);
  }
  const placed = new Set<number>();
  const parts = pieces.map((piece) => {
    if (piece.span === null) return html`${piece.text}`;
    const extra = (swallowed.get(piece.span) ?? []).map((i) => {
      placed.add(i);
      return html`<span id="${idOf(i)}"></span>`;
    });
    placed.add(piece.span);
    const kind = page.spans[piece.span]!.kind;
    return html`${extra}<mark id="${idOf(piece.span)}" title="${kind}">${piece.text}</mark>`;
  });
  // Empty or out-of-range spans still need their anchor somewhere on the page.
  const rest = page.spans
    .map((_, i) => i)
    .filter((i) => !placed.has(i))
    .map((i) => html`<span id="${idOf(i)}"></span>`);
  return html`<pre class="text">${parts}${rest}</pre>`;
}

function pageSection(page: EvidencePage, styles: BoxStyles): Html {
  const image = page.image ? imageView(page, styles) : null;
  const how = page.method === 'ocr' ? 'OCR text' : 'text';
  const note = page.imageNote
    ? html`<p class="muted">${page.imageNote}</p>`
    : !page.image
      ? html`<p class="muted">No page image for this document: its ${how} is the evidence.</p>`
      : page.size === null
        ? html`<p class="muted">The page has no positions: spans are marked in its text.</p>`
        : '';
  return html`<section class="evpage" id="${page.anchor}">
<div class="pagehead"><h3>${page.fileName} · page ${page.page}</h3><span class="muted">${page.documentId.slice(0, 12)} · ${how}</span></div>
${note}<div class="evidence${image ? '' : ' textonly'}">${image}${textView(page)}</div>
</section>`;
}

export function renderPages(pages: readonly EvidencePage[], styles: BoxStyles): Html {
  if (pages.length === 0) return html`<p class="muted">No page holds a mention.</p>`;
  return join(
    pages.map((p) => pageSection(p, styles)),
    '\n',
  );
}
