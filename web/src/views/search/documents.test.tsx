/**
 * Document hits: each snippet's highlight becomes a span of the page's text in the viewer's
 * address (page, start, end); the snippet is cut into plain and marked parts; rendered, each hit
 * names its case, document and page and marks the query.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import type { DocumentHitJson } from '../../api/review.js';
import { DocumentHits } from './DocumentHits.js';
import { documentHref, snippetParts, snippetSpan } from './documents.js';

const text = 'Поставщик: ООО «Купол», ИНН 1831045468.';
const start = text.indexOf('Купол');
const hit: DocumentHitJson = {
  case: 'garpiya 2',
  document_id: 'ab12',
  file_name: 'contract.txt',
  page: 3,
  spans: [[100 + start, 100 + start + 5]],
  snippets: [{ text, start: 100, end: 100 + text.length, highlights: [[start, start + 5]] }],
};

test("a snippet's highlight is a span of the page's text, in the viewer's address", () => {
  const span = snippetSpan(hit.snippets[0]!);
  assert.deepEqual(span, hit.spans[0]);
  assert.equal(
    documentHref(hit, span!),
    `/app/cases/garpiya%202/documents/ab12?page=3&start=${100 + start}&end=${105 + start}`,
  );
  assert.equal(snippetSpan({ text: 'x', start: 0, end: 1, highlights: [] }), null);
});

test('a snippet cut into parts: the highlights marked, overlaps merged, nothing lost', () => {
  const parts = snippetParts({
    text: 'abcdefgh',
    start: 0,
    end: 8,
    highlights: [
      [5, 7],
      [1, 3],
      [2, 4],
    ],
  });
  assert.deepEqual(parts, [
    { text: 'a', marked: false },
    { text: 'bc', marked: true },
    { text: 'd', marked: true },
    { text: 'e', marked: false },
    { text: 'fg', marked: true },
    { text: 'h', marked: false },
  ]);
  assert.equal(parts.map((p) => p.text).join(''), 'abcdefgh');
});

test('rendered: case, document and page, the query marked, links to the span', () => {
  const html = renderToStaticMarkup(<DocumentHits hits={[hit]} query="Kupol" />);
  assert.match(html, /<mark>Купол<\/mark>/);
  assert.match(html, /contract\.txt, page 3/);
  assert.match(html, /href="\/app\/cases\/garpiya%202"/);
  const links = html.match(/start=\d+&amp;end=\d+/g) ?? [];
  assert.deepEqual(links, [
    `start=${100 + start}&amp;end=${105 + start}`,
    `start=${100 + start}&amp;end=${105 + start}`,
  ]);
  assert.match(renderToStaticMarkup(<DocumentHits hits={[]} query="Kupol" />), /No page/);
});
