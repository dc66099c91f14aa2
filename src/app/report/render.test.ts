import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { html, renderReport, type ReportData, spanAnchor } from './index.js';

const DOC = 'b'.repeat(64);
const EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">\'"&';
const ANCHOR = spanAnchor(DOC, 'p1:0-10:date');

function data(screened: boolean): ReportData {
  const link = {
    anchor: ANCHOR,
    documentId: DOC,
    fileName: `${EVIL}.pdf`,
    page: 1,
    kind: 'date',
    text: EVIL,
    value: '2024-03-14',
  };
  return {
    header: {
      caseName: 'leak',
      title: EVIL,
      createdAt: '2024-01-01T00:00:00.000Z',
      generatedAt: '2024-06-01T00:00:00.000Z',
      counts: { pending: 0, processed: 1, failed: 1, total: 2 },
      failed: [
        { id: 'c'.repeat(64), fileName: EVIL, stage: 'text', reason: 'corrupt', message: EVIL },
      ],
    },
    screening: screened
      ? {
          screened: true,
          threshold: 0.7,
          lists: [{ dataset: 'ofac', version: 3, loaded_at: '2024-05-01' }],
        }
      : { screened: false, reason: 'no sanctions list is loaded' },
    timeline: {
      entries: [
        {
          date: '2024-03-14',
          ambiguous: ['2024-14-03'],
          source: 'mention',
          title: EVIL,
          evidence: [link],
        },
      ],
      others: [],
    },
    parties: [
      {
        kind: 'org',
        schema: 'Organization',
        names: [EVIL],
        identifiers: { innCode: [EVIL] },
        matches: screened
          ? [
              {
                id: 'ofac-1',
                caption: EVIL,
                schema: 'Organization',
                datasets: ['ofac'],
                score: 0.91,
                decision: null,
                linked: false,
              },
            ]
          : null,
        mentions: [link],
      },
    ],
    claims: [
      {
        id: 'c1',
        kind: 'payment',
        subject: EVIL,
        object: null,
        subjectName: EVIL,
        objectName: null,
        properties: { amount: [EVIL] },
        status: 'disputed',
        note: EVIL,
        evidence: [link],
      },
    ],
    mentions: [{ documentId: DOC, fileName: EVIL, mentions: [link] }],
    pages: [
      {
        anchor: 'pg-x-1',
        documentId: DOC,
        fileName: EVIL,
        mediaType: 'application/pdf',
        page: 1,
        method: 'text',
        text: `14.03.2024 ${EVIL}`,
        size: { width: 595, height: 842 },
        image: { src: 'data:image/png;base64,iVBORw0KGgo=' },
        imageNote: null,
        spans: [
          { anchor: ANCHOR, start: 0, end: 10, kind: 'date', boxes: [[59.5, 84.2, 119, 126.3]] },
          // Over two lines: two boxes.
          {
            anchor: spanAnchor(DOC, 'p1:11-20:org'),
            start: 11,
            end: 20,
            kind: 'org',
            boxes: [
              [297.5, 421, 595, 463.1],
              [0, 463.1, 59.5, 505.2],
            ],
          },
        ],
      },
    ],
    notes: [EVIL],
  };
}

/** Every start tag of the document, as written. */
const tags = (doc: string) => doc.match(/<[a-zA-Z][^>]*>/g) ?? [];
/** A tag with its attribute values emptied: what is left are names (values are always quoted). */
const bare = (tag: string) => tag.replace(/"[^"]*"/g, '""');
/** An attribute's value as a browser reads it. */
const decode = (value: string) =>
  value
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

test('untrusted text is escaped everywhere: no script, no event handler, no javascript: URL', () => {
  for (const screened of [true, false]) {
    const doc = renderReport(data(screened));
    assert.doesNotMatch(doc, /<script/i);
    assert.doesNotMatch(doc, /<img src=x/i);
    for (const tag of tags(doc)) {
      assert.doesNotMatch(bare(tag), /\son[a-z]+\s*=/i, `an event handler in ${tag}`);
      assert.doesNotMatch(tag, /javascript:/i, tag);
      assert.doesNotMatch(tag, /"[^"]*[<>][^"]*"/, `an unescaped bracket in a value of ${tag}`);
    }
    // The text is there, shown as text.
    assert.ok(
      doc.includes(
        '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;&#39;&quot;&amp;',
      ),
    );
    // The only images are the page's own data URI.
    const srcs = tags(doc).flatMap((t) => [...t.matchAll(/\ssrc="([^"]*)"/g)].map((m) => m[1]));
    assert.deepEqual(srcs, ['data:image/png;base64,iVBORw0KGgo=']);
    assert.doesNotMatch(doc, /<link|@import|url\(|https?:\/\//i, 'nothing fetched');
  }
});

test('a strict CSP: nothing by default, no script, the one stylesheet by its hash', () => {
  const doc = renderReport(data(true));
  const raw = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(doc)?.[1];
  assert.ok(raw, 'a CSP meta tag');
  const csp = decode(raw);
  assert.ok(doc.indexOf(raw) < doc.indexOf('<style>'), 'before anything it governs');
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  assert.equal(directives.has('script-src'), false, 'scripts fall to default-src: none');
  assert.deepEqual(directives.get('img-src'), ['data:']);
  assert.doesNotMatch(csp, /unsafe/);
  const style = /<style>([\s\S]*?)<\/style>/.exec(doc)![1]!;
  const hash = createHash('sha256').update(style).digest('base64');
  assert.deepEqual(directives.get('style-src'), [`'sha256-${hash}'`]);
  assert.equal(
    tags(doc).filter((t) => /\sstyle=/.test(t)).length,
    0,
    'no style attribute: the CSP would block it',
  );
});

test('highlight boxes are placed from the span boxes, as percentages, with the anchor on the first', () => {
  const doc = renderReport(data(true));
  const boxes = tags(doc).filter((t) => t.startsWith('<span class="box'));
  assert.equal(boxes.length, 3);
  const classOf = (tag: string) => /class="box (b\d+)"/.exec(tag)![1]!;
  const rule = (name: string) => new RegExp(`\\.${name}\\{([^}]*)\\}`).exec(doc)![1];
  assert.equal(rule(classOf(boxes[0]!)), 'left:10%;top:10%;width:10%;height:5%');
  assert.match(boxes[0]!, new RegExp(`id="${ANCHOR}"`));
  assert.equal(rule(classOf(boxes[1]!)), 'left:50%;top:50%;width:50%;height:5%');
  assert.equal(rule(classOf(boxes[2]!)), 'left:0%;top:55%;width:10%;height:5%');
  assert.doesNotMatch(boxes[2]!, /id=/, 'one anchor per span');
  // Every statement's link lands on an element of the page; the text mark has its own id.
  assert.ok(doc.includes(`href="#${ANCHOR}"`));
  assert.ok(doc.includes(`<mark id="tx-${ANCHOR.slice(3)}" title="date">14.03.2024</mark>`));
  const ids = [...doc.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  for (const [, target] of doc.matchAll(/href="#([^"]+)"/g))
    assert.ok(ids.includes(target), target);
});

test('without an image the span is marked in the text and the link lands there', () => {
  const d = data(true);
  d.pages[0]!.image = null;
  const doc = renderReport(d);
  assert.equal(tags(doc).filter((t) => t.startsWith('<span class="box')).length, 0);
  assert.ok(doc.includes(`<mark id="${ANCHOR}" title="date">14.03.2024</mark>`));
  assert.match(doc, /No page image for this document/);
});

test('unscreened parties say so plainly and never read as clear', () => {
  const doc = renderReport(data(false));
  assert.match(
    doc,
    /Parties were not screened<\/b> against any sanctions list: no sanctions list is loaded/,
  );
  assert.match(doc, /<span class="muted">not screened<\/span>/);
  assert.doesNotMatch(doc, /no match at or above/);
  assert.doesNotMatch(doc, /screened against/i);
  const screened = renderReport(data(true));
  assert.match(screened, /Parties screened against <b>ofac<\/b> version 3/);
  assert.doesNotMatch(screened, /not screened/);
});

test('the ambiguous date is marked with its other reading', () => {
  const doc = renderReport(data(true));
  assert.match(
    doc,
    /2024-03-14 <span class="amb" title="ambiguous: could also be 2024-14-03">\? or 2024-14-03<\/span>/,
  );
});

test('html escapes interpolations unless they are fragments it made', () => {
  assert.equal(html`<b>${'<i>'}</b>${html`<i>`}`.value, '<b>&lt;i&gt;</b><i>');
  assert.equal(html`${['<', html`>`, null, false, 1]}`.value, '&lt;>1');
});
