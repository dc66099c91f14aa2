/**
 * The hits XLSX as our own writer makes it: read back by our reader, checked as a zip by
 * `unzip -t` and yauzl, each part well-formed XML. The expected cells are those exceljs wrote
 * for the same hits (release 0.1.0), except where exceljs lost the text: a carriage return,
 * which it wrote raw, read back as a line feed; U+FFFE, written raw, made its file unreadable.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { SaxesParser } from 'saxes';
import type { Hit } from '../../../core/screening/index.js';
import { writeXlsx } from '../output.js';
import { readXlsxInput } from '../read-xlsx.js';
import { zipParts } from './xlsx-fixture.js';
import { columnName, rowXml, writeSheetXlsx, xmlText } from './xlsx-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-xlsx-writer-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function hit(
  row: number,
  entityId: string,
  caption: string,
  score: number,
  datasets: string[],
): Hit {
  const base = { row, partyKey: 'p', entityId, caption, schema: 'Person', score, datasets };
  return { ...base, explanations: {}, entityDigest: 'd' };
}

const HITS: Hit[] = [
  {
    ...hit(2, 'unsc-6908555', 'RI WON HO', 0.9312345678901234, ['un_sc_sanctions', 'eu_fsf']),
    explanations: { name: { score: 1, detail: 'a "quoted" <b>&amp;</b>' } } as never,
  },
  hit(7, '=cmd|x', '+SUM(A1)', 1, ['@x']),
  hit(1000000, '-1', 'ctl\u0001\u0008\u000b\u001f\ttab\nnl end', 0, []),
  hit(3, '\tlead', 'Ünïcødé 金正恩 😀 \ud800 lone', 0.5, ['a', 'b']),
  hit(4, '  spaces  ', '', 1e-7, ['\rcr']),
  hit(5, 'x', 'cr\r\nlf \uFFFE\uFFFF_x0041_ _x00', 2, []),
];

/** The cells as our reader gives them (text), row by row after the header. */
const EXPECTED = [
  [
    '2',
    '',
    'unsc-6908555',
    'RI WON HO',
    '0.9312345678901234',
    '{"name":{"score":1,"detail":"a \\"quoted\\" <b>&amp;</b>"}}',
    'un_sc_sanctions,eu_fsf',
    '',
    '',
  ],
  // A leading = + - @ tab or carriage return gets an apostrophe, as in the CSV.
  ['7', '', "'=cmd|x", "'+SUM(A1)", '1', '{}', "'@x", '', ''],
  // Control characters XML cannot hold are dropped; tab and line feed are kept.
  ['1000000', '', "'-1", 'ctl\ttab\nnl end', '0', '{}', '', '', ''],
  // A lone surrogate is U+FFFD, as UTF-8 encoding makes it in the other outputs.
  ['3', '', "'\tlead", 'Ünïcødé 金正恩 😀 \uFFFD lone', '0.5', '{}', 'a,b', '', ''],
  ['4', '', '  spaces  ', '', '1e-7', '{}', "'\rcr", '', ''],
  // Unlike exceljs: the carriage return kept, U+FFFE and U+FFFF dropped, `_x0041_` as written.
  ['5', '', 'x', 'cr\r\nlf _x0041_ _x00', '2', '{}', '', '', ''],
];

const HEADER = [
  'row',
  'key',
  'entity_id',
  'caption',
  'score',
  'explanations',
  'datasets',
  'exposure',
  'row_exposure',
];

async function readBack(path: string) {
  const rows: { row: number; values: string[] }[] = [];
  let header: string[] = [];
  let bytes = 0;
  for await (const event of readXlsxInput(path, (n) => (bytes += n))) {
    if (event.kind === 'header') header = event.headers;
    else if (event.kind === 'row') {
      rows.push({ row: event.row, values: event.cells.map((c) => c.values.join('|')) });
    } else assert.fail(`a problem: ${event.message}`);
  }
  return { header, rows, bytes };
}

function assertWellFormed(name: string, xml: string) {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.write(xml).close();
  assert.equal(failure, null, `${name}: ${failure}`);
}

async function assertSoundZip(path: string) {
  const unzip = spawnSync('unzip', ['-t', path], { encoding: 'utf8' });
  if (!unzip.error) assert.equal(unzip.status, 0, unzip.stdout + unzip.stderr);
  const parts = await zipParts(path);
  const names = parts.map((p) => p.name);
  assert.deepEqual(names, [
    '[Content_Types].xml',
    '_rels/.rels',
    'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels',
    'xl/styles.xml',
    'xl/worksheets/sheet1.xml',
  ]);
  for (const part of parts) assertWellFormed(part.name, part.data.toString('utf8'));
  return parts;
}

/** Hits as the store streams them. */
async function* streamOf(hits: readonly Hit[]) {
  yield* hits;
}

test('the hits sheet: the header and the cells that exceljs wrote, read back by our reader', async () => {
  const path = join(dir, 'hits.xlsx');
  await writeXlsx(path, streamOf(HITS));
  const { header, rows, bytes } = await readBack(path);
  assert.deepEqual(header, HEADER);
  assert.deepEqual(
    rows.map((r) => r.row),
    [2, 3, 4, 5, 6, 7],
  );
  assert.deepEqual(
    rows.map((r) => r.values),
    EXPECTED,
  );
  assert.equal(bytes, readFileSync(path).length);
  const parts = await assertSoundZip(path);
  const workbook = parts.find((p) => p.name === 'xl/workbook.xml')!.data.toString();
  assert.match(workbook, /<sheet name="hits" sheetId="1" r:id="rId1"\/>/);
  const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!.data.toString();
  // Numbers are numbers, texts inline strings.
  assert.ok(sheet.includes('<c r="A2"><v>2</v></c>'));
  assert.ok(sheet.includes('<c r="E2"><v>0.9312345678901234</v></c>'));
  assert.ok(sheet.includes('<c r="C2" t="inlineStr"><is><t>unsc-6908555</t></is></c>'));
  assert.ok(sheet.includes('<c r="C6" t="inlineStr"><is><t xml:space="preserve">  spaces  <'));
});

test('a long sheet is written in pieces that unpack as one; no hits is a header alone', async () => {
  const path = join(dir, 'long.xlsx');
  const n = 10_000;
  const caption = (i: number) => `name ${i} ${'x'.repeat(i % 600)}`;
  const many = async function* () {
    for (let i = 0; i < n; i++) {
      yield hit(i + 2, `id-${i}`, caption(i), i / n, ['un']);
    }
  };
  await writeXlsx(path, many());
  const { rows } = await readBack(path);
  assert.equal(rows.length, n);
  const last = [
    `${n + 1}`,
    '',
    `id-${n - 1}`,
    caption(n - 1),
    `${(n - 1) / n}`,
    '{}',
    'un',
    '',
    '',
  ];
  assert.deepEqual(rows[n - 1]!.values, last);
  assert.equal(rows[5_432]!.values[3], caption(5_432));
  const sheet = (await assertSoundZip(path)).at(-1)!;
  assert.ok(sheet.data.length > 3 << 20, 'more than the 1 MiB pieces');

  const empty = join(dir, 'empty.xlsx');
  await writeXlsx(empty, streamOf([]));
  const read = await readBack(empty);
  assert.deepEqual([read.header, read.rows], [HEADER, []]);
  await assertSoundZip(empty);
});

test('a write that fails leaves no file behind', async () => {
  const path = join(dir, 'failed.xlsx');
  const failing = async function* () {
    yield HITS[0]!;
    throw new Error('the store went away');
  };
  await assert.rejects(writeXlsx(path, failing()), /the store went away/);
  assert.ok(!existsSync(path));
  await assert.rejects(writeSheetXlsx(path, 'a/b', ['x'], []), /not a sheet name: a\/b/);
  assert.ok(!existsSync(path), 'refused before the file is made');
});

test('cell text: XML escapes, forbidden characters, spreadsheet escapes; columns and rows', () => {
  assert.equal(xmlText('a<b>&"c"'), 'a&lt;b&gt;&amp;&quot;c&quot;');
  assert.equal(xmlText('\u0000\u0007\uFFFE\uFFFF\t\n'), '\t\n');
  assert.equal(xmlText('\uDC00x\uD83D\uDE00'), '\uFFFDx\uD83D\uDE00');
  assert.equal(xmlText('a\rb'), 'a_x000D_b');
  assert.equal(xmlText('_x00e9_ _x12_ x_'), '_x005F_x00e9_ _x12_ x_');
  assert.deepEqual([1, 26, 27, 52, 53, 702, 703, 16384].map(columnName), [
    'A',
    'Z',
    'AA',
    'AZ',
    'BA',
    'ZZ',
    'AAA',
    'XFD',
  ]);
  assert.equal(
    rowXml(3, [1.5, Number.NaN, 'a\t']),
    '<row r="3"><c r="A3"><v>1.5</v></c>' +
      '<c r="B3" t="inlineStr"><is><t>NaN</t></is></c>' +
      '<c r="C3" t="inlineStr"><is><t xml:space="preserve">a\t</t></is></c></row>',
  );
});
