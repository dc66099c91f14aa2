/**
 * The viewer's pure parts, rendered with react-dom/server: boxes land on their words whatever the
 * picture's pixel size (a PDF rendered at 2 px a point, a scan in its own pixels, a page whose size
 * was not stored), and the text's highlights stay right where mentions and the requested span
 * overlap.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import type { MentionJson } from '../../api/documents.js';
import { boxOnScreen, pageFrame, placeBox } from './geometry.js';
import { requestedPage, requestedSpan, runs } from './marks.js';
import { MentionDetail } from './MentionDetail.js';
import { PageCanvas } from './PagePicture.js';
import { PageText, REQUESTED_ID } from './PageText.js';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} is not ${b}`);

function mention(id: string, start: number, end: number, kind: string, text: string): MentionJson {
  return {
    id,
    document_id: 'd',
    file_name: 'f',
    page: 1,
    start,
    end,
    kind,
    text,
    value: text,
    extractor: `x/${kind}`,
    confidence: 0.9,
    box: null,
    link: null,
  };
}

test('a PDF page: boxes in points on a picture of 2 px a point, shown at any width', () => {
  // An A4 page (595 x 842 pt) rendered by pdftoppm at 144 dpi is 1190 x 1684 px.
  const stored = pageFrame(
    { width: 595, height: 842 },
    { width: 1190, height: 1684 },
    'application/pdf',
  );
  assert.deepEqual(stored, { width: 595, height: 842 });
  // The page's size not stored: worked out from the picture, halved for a PDF.
  const fromPicture = pageFrame(
    { width: null, height: null },
    { width: 1190, height: 1684 },
    'application/pdf',
  );
  assert.deepEqual(fromPicture, { width: 595, height: 842 });
  const box = [59.5, 84.2, 297.5, 126.3] as [number, number, number, number];
  const p = placeBox(box, stored!);
  close(p.left, 10);
  close(p.top, 10);
  close(p.width, 40);
  close(p.height, 5);
  // Shown 600 px wide (and 600 * 842 / 595 high): the box is where the points say.
  const shown = boxOnScreen(box, stored!, { width: 600, height: (600 * 842) / 595 });
  close(shown.left, (59.5 / 595) * 600);
  close(shown.width, ((297.5 - 59.5) / 595) * 600);
  close(shown.top, (84.2 / 842) * ((600 * 842) / 595));
});

test('a scan: boxes in its own pixels; a missing size is read from the picture, not halved', () => {
  const frame = pageFrame(
    { width: null, height: null },
    { width: 1653, height: 2339 },
    'image/png',
  );
  assert.deepEqual(frame, { width: 1653, height: 2339 });
  const shown = boxOnScreen([771, 510, 970, 537], frame!, { width: 551, height: 2339 / 3 });
  close(shown.left, 257);
  close(shown.top, 170);
  close(shown.width, (970 - 771) / 3);
  close(shown.height, 9);
  // Nothing known yet (picture not loaded, size not stored): no frame, so no box is drawn astray.
  assert.equal(pageFrame({ width: null, height: null }, null, 'image/png'), null);
});

test('a box reaching past the page, or given corner-swapped, is clipped and put right', () => {
  const p = placeBox([900, 50, 500, 10], { width: 800, height: 100 });
  close(p.left, 62.5);
  close(p.width, 37.5);
  close(p.top, 10);
  close(p.height, 40);
});

test('the picture with its boxes: placed in percentages, one button per boxed mention', () => {
  const inn = {
    ...mention('m1', 0, 10, 'inn', '3849055365'),
    box: [771, 510, 970, 537] as [number, number, number, number],
  };
  const org = mention('m2', 12, 20, 'org', 'ООО Вектор');
  const html = renderToStaticMarkup(
    <PageCanvas
      caseName="c"
      documentId="d"
      fileName="scan.png"
      mediaType="image/png"
      page={{ page: 1, width: 1653, height: 2339 }}
      mentions={[inn, org]}
      selected="m1"
      onSelect={() => {}}
      url="blob:x"
      natural={null}
      onNatural={() => {}}
    />,
  );
  assert.equal(html.match(/class="box /g)?.length, 1, 'only the mention with a box is drawn');
  assert.match(html, /aria-label="inn: 3849055365"/);
  assert.match(html, /class="box kind-identifier selected"/);
  const left = Number(/left:([\d.]+)%/.exec(html)?.[1]);
  const top = Number(/top:([\d.]+)%/.exec(html)?.[1]);
  close(left, (771 / 1653) * 100);
  close(top, (510 / 2339) * 100);
  assert.match(html, /1 of 2 mentions/);
});

test('overlapping spans: the text is cut at every edge, each run knows its marks, narrowest first', () => {
  //            0         1         2
  //            0123456789012345678901234
  const text = 'ООО «Вектор», ИНН 3849055365.';
  const pieces = runs(text, [
    { id: 'org', start: 0, end: 12, kind: 'org' },
    { id: 'inn', start: 18, end: 28, kind: 'inn' },
    { id: 'wide', start: 0, end: 28, kind: 'party' },
    { id: 'requested', start: 8, end: 22, kind: 'requested' },
    { id: 'empty', start: 5, end: 5, kind: 'date' },
    { id: 'past', start: 25, end: 99, kind: 'date' },
  ]);
  assert.equal(pieces.map((r) => r.text).join(''), text, 'no character lost or doubled');
  const at = (offset: number) => pieces.find((r) => r.start <= offset && offset < r.end)!;
  assert.deepEqual(
    at(0).marks.map((m) => m.id),
    ['org', 'wide'],
  );
  assert.deepEqual(
    at(9).marks.map((m) => m.id),
    ['org', 'requested', 'wide'],
  );
  assert.deepEqual(
    at(14).marks.map((m) => m.id),
    ['requested', 'wide'],
  );
  assert.deepEqual(
    at(19).marks.map((m) => m.id),
    ['inn', 'requested', 'wide'],
  );
  assert.deepEqual(
    at(26).marks.map((m) => m.id),
    ['past', 'inn', 'wide'],
  );
  assert.deepEqual(
    at(28).marks.map((m) => m.id),
    ['past'],
  );
  assert.ok(pieces.every((r) => !r.marks.some((m) => m.id === 'empty')));
  assert.deepEqual(
    pieces.map((r) => r.start),
    [0, 8, 12, 18, 22, 25, 28],
  );
});

test('the page text: mentions as buttons by kind, the requested span marked across them', () => {
  const text = 'Покупатель: АО «Купол», ИНН 1831083343.';
  const start = text.indexOf('АО');
  const innAt = text.indexOf('1831083343');
  const html = renderToStaticMarkup(
    <PageText
      text={text}
      mentions={[
        mention('o', start, start + 'АО «Купол»'.length, 'org', 'АО «Купол»'),
        mention('i', innAt, innAt + 10, 'inn', '1831083343'),
      ]}
      requested={{ start: innAt - 5, end: innAt + 4 }}
      selected="i"
      onSelect={() => {}}
    />,
  );
  // The requested span starts in plain text and ends inside the INN: two marked pieces, the
  // first with the id the viewer scrolls to, the second holding part of the INN's button.
  const marks = [...html.matchAll(/<mark class="requested"[^>]*>(.*?)<\/mark>/g)];
  assert.equal(marks.length, 2);
  assert.match(marks[0]![0], new RegExp(`id="${REQUESTED_ID}"`));
  assert.equal(marks[0]![1], ' ИНН ');
  assert.match(
    marks[1]![1] ?? '',
    /<button[^>]*class="mention kind-identifier selected"[^>]*>1831<\/button>/,
  );
  // The INN's other part is a button of the same mention, outside the mark.
  assert.match(html, /data-mention="i"[^>]*>083343<\/button>/);
  assert.match(html, /class="mention kind-party"[^>]*>АО «Купол»<\/button>/);
  assert.equal(html.replace(/<[^>]+>/g, ''), text, 'the text is all there, once');
});

test('a mention across a line break: one button a line, the break left as text', () => {
  const text = 'от 14.03.2024\nг. Ижевск';
  const html = renderToStaticMarkup(
    <PageText
      text={text}
      mentions={[mention('d', 3, 16, 'date', '14.03.2024\nг.')]}
      requested={null}
      selected={null}
      onSelect={() => {}}
    />,
  );
  const buttons = [...html.matchAll(/data-mention="d"[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);
  assert.deepEqual(buttons, ['14.03.2024', 'г.']);
  assert.equal(html.replace(/<[^>]+>/g, ''), text);
});

test('the address: page within the document, a span only when it is one', () => {
  const q = (s: string) => new URLSearchParams(s);
  assert.equal(requestedPage(q('page=3'), 5), 3);
  assert.equal(requestedPage(q('page=9'), 5), 5);
  assert.equal(requestedPage(q('page=x'), 5), 1);
  assert.equal(requestedPage(q(''), 5), 1);
  assert.deepEqual(requestedSpan(q('start=4&end=9')), { start: 4, end: 9 });
  assert.equal(requestedSpan(q('start=9&end=4')), null);
  assert.equal(requestedSpan(q('start=4')), null);
  assert.equal(requestedSpan(q('start=-1&end=3')), null);
});

test("a party mention names its list entity with a link to the entity's page", () => {
  const linked = {
    ...mention('p', 0, 5, 'org', 'АО «Купол»'),
    link: { entity_id: 'ofac-46431', score: 0.93 },
  };
  const html = renderToStaticMarkup(<MentionDetail mention={linked} />);
  assert.match(html, /<a href="\/app\/entities\/ofac-46431">ofac-46431<\/a> \(score 0\.93\)/);
  assert.match(html, /<code>x\/org<\/code>/);
  // An identifier is not a party: no entity line.
  const inn = renderToStaticMarkup(
    <MentionDetail mention={mention('i', 0, 10, 'inn', '1831083343')} />,
  );
  assert.doesNotMatch(inn, /List entity/);
  assert.match(inn, /Confidence<\/dt><dd>0\.90/);
});
