/**
 * `dossier report` end to end: a case with a text PDF and a hostile text file, reported to one
 * self-contained HTML file (the PDF's page rendered by pdftoppm, embedded, the date boxed where
 * the PDF draws it), then with the images in a folder beside it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { spanAnchor } from '../app/report/index.js';
import { imageSizes } from '../readers/image/index.js';
import { repoRoot } from '../testing/data.js';
import { textPdf } from '../testing/pdf-fixtures.js';

const bin = join(repoRoot, 'bin', 'dossier.js');
const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-report-'));
const db = join(dir, 'case.db');

function dossier(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args, '--db', db], {
    encoding: 'utf8',
    cwd: dir,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const EVIL = '<script>alert(1)</script> <img src=x onerror=alert(2)>';

async function leak() {
  mkdirSync(join(dir, 'leak'));
  // The date alone at 20% of the page's width, its baseline at 20% of its height from the top.
  const pdf = await textPdf([
    [
      { text: 'Договор поставки', x: 50, y: 760, size: 16 },
      { text: '14.03.2024', x: 119, y: 673.6, size: 20 },
      { text: 'Поставщик: ООО «Ромашка», ИНН 7707083893', x: 50, y: 600, size: 12 },
      { text: 'Сумма: 1 200 000 руб.', x: 50, y: 580, size: 12 },
    ],
  ]);
  writeFileSync(join(dir, 'leak', 'contract.pdf'), pdf);
  writeFileSync(
    join(dir, 'leak', 'evil.txt'),
    `${EVIL}\n03.04.2024 ООО «Ромашка» оплатило 500 USD\n`,
  );
}

const tags = (doc: string) => doc.match(/<[a-zA-Z][^>]*>/g) ?? [];

test('dossier report writes one offline HTML file: page image embedded, span boxed, text escaped', async () => {
  await leak();
  assert.equal(dossier('case', 'create', 'leak').code, 0);
  const add = dossier('add', 'leak', 'leak');
  assert.equal(add.code, 0, add.err);

  const report = dossier('report', 'leak', '--out', 'out/case.html');
  assert.equal(report.code, 0, report.err);
  assert.match(
    report.out,
    /^Wrote out\/case\.html \([\d,]+ bytes\): 2 timeline entries, 1 parties \(parties not screened: no list loaded\), 0 claims, 2 pages, 1 page images inside\n$/,
  );
  const doc = readFileSync(join(dir, 'out', 'case.html'), 'utf8');

  // Self-contained and inert.
  assert.match(
    doc,
    /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/,
  );
  assert.doesNotMatch(doc, /<script/i);
  for (const tag of tags(doc)) assert.doesNotMatch(tag.replace(/"[^"]*"/g, '""'), /\son\w+=/i, tag);
  assert.ok(
    doc.includes('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;'),
  );
  assert.doesNotMatch(doc, /<link|https?:\/\/|url\(/);
  assert.equal(existsSync(join(dir, 'out', 'case-images')), false, 'no folder beside it');

  // The PDF's page, rendered by pdftoppm at 144 dpi and cached beside the database.
  const uris = [...doc.matchAll(/src="data:image\/png;base64,([^"]+)"/g)];
  assert.equal(uris.length, 1);
  const png = new Uint8Array(Buffer.from(uris[0]![1]!, 'base64'));
  assert.deepEqual(imageSizes(png), [{ width: 1190, height: 1684 }]);
  assert.equal(readdirSync(`${db}.pages`).length, 1, 'the render is cached');

  // The date's box where the PDF drew it: 20% from the left, its baseline 20% from the top.
  const mentions = JSON.parse(dossier('mentions', 'leak', '--kind', 'date', '--json').out);
  const date = mentions.find((m: { file_name: string }) => m.file_name === 'contract.pdf');
  const anchor = spanAnchor(date.document_id, date.id);
  const box = new RegExp(`<span class="box (b\\d+)" id="${anchor}"`).exec(doc);
  assert.ok(box, 'the date has a box with its anchor');
  const rule = new RegExp(
    `\\.${box[1]}\\{left:([\\d.]+)%;top:([\\d.]+)%;width:([\\d.]+)%;height:([\\d.]+)%\\}`,
  ).exec(doc)!;
  const [left, top, width, height] = rule.slice(1).map(Number) as [number, number, number, number];
  assert.ok(Math.abs(left - 20) < 0.5, `left ${left}`);
  assert.ok(top > 16 && top < 20, `top ${top}`);
  assert.ok(top + height > 19.5 && top + height < 21.5, `bottom ${top + height}`);
  assert.ok(width > 5 && width < 20, `width ${width}`);
  assert.ok(doc.includes(`href="#${anchor}"`), 'the timeline links to it');

  // The timeline in date order, the swappable date marked; parties plainly not screened.
  const timeline = doc.slice(doc.indexOf('id="timeline"'), doc.indexOf('id="parties"'));
  assert.ok(timeline.indexOf('2024-03-14') < timeline.indexOf('2024-04-03'));
  assert.match(timeline, /2024-04-03 <span class="amb"[^>]*>\? or 2024-03-04<\/span>/);
  assert.match(doc, /Parties were not screened<\/b>/);
  // The text document has no image: its text is the evidence, the span marked in it.
  assert.match(doc, /No page image for this document: its text is the evidence/);
});

test('dossier report --images writes the pictures beside the HTML; refusals', () => {
  const run = dossier('report', 'leak', '--out', 'case2.html', '--images', 'pics');
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /1 page images in pics\n$/);
  const files = readdirSync(join(dir, 'pics'));
  assert.equal(files.length, 1);
  assert.match(files[0]!, /^[0-9a-f]{16}-p1\.png$/);
  const doc = readFileSync(join(dir, 'case2.html'), 'utf8');
  assert.ok(doc.includes(`<img src="pics/${files[0]}"`));
  assert.doesNotMatch(doc, /data:image/);
  assert.match(doc, /img-src &#39;self&#39; data: file:/);

  assert.equal(dossier('report', 'leak', '--out', 'x.html', '--images', 'p', '--embed').code, 2);
  assert.equal(dossier('report', 'leak').code, 2, '--out is required');
  const unknown = dossier('report', 'laek', '--out', 'x.html');
  assert.equal(unknown.code, 3);
  assert.match(unknown.err, /did you mean "leak"/);
  assert.equal(existsSync(join(dir, 'x.html')), false);
});
