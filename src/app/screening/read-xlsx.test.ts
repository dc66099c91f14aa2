/**
 * XLSX portfolios read by our own reader: what exceljs writes, the same parts in any order in the
 * zip, workbooks that exceljs does not write (the first sheet in sheet2.xml, 1904 dates, sparse
 * rows, every kind of cell), and files that cannot be read, each failure told with its part.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import type { InputEvent } from './input.js';
import { readXlsxInput } from './read-xlsx.js';
import {
  type WorkbookSpec,
  workbookParts,
  writeZip,
  type ZipPart,
  zipBytes,
  zipParts,
} from './xlsx/xlsx-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-xlsx-'));

async function read(path: string): Promise<{ events: string[]; bytes: number }> {
  const events: InputEvent[] = [];
  let bytes = 0;
  for await (const event of readXlsxInput(path, (n) => (bytes += n))) events.push(event);
  return { events: events.map(brief), bytes };
}

function brief(e: InputEvent): string {
  if (e.kind === 'header') return `${e.row} header: ${e.headers.join(' | ')}`;
  if (e.kind === 'problem') return `${e.row} problem: ${e.message}`;
  return `${e.row}: ${e.cells.map((c) => c.values.join()).join(' | ')}`;
}

/** The events up to a failure, and the failure's message. */
async function readUntilFailure(path: string): Promise<{ events: string[]; error: string }> {
  const events: string[] = [];
  try {
    for await (const event of readXlsxInput(path, () => {})) events.push(brief(event));
  } catch (error) {
    return { events, error: (error as Error).message };
  }
  assert.fail(`${path} was read without a failure`);
}

const row = (r: number | null, ...cells: string[]) =>
  `<row${r === null ? '' : ` r="${r}"`}>${cells.join('')}</row>`;
const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
const num = (ref: string, v: string, style?: number) =>
  `<c r="${ref}"${style === undefined ? '' : ` s="${style}"`}><v>${v}</v></c>`;

function writeBook(name: string, spec: WorkbookSpec): string {
  return writeZip(join(dir, name), workbookParts(spec));
}

const clients = (rows: string): WorkbookSpec => ({
  sheets: [{ name: 'Clients', file: 'worksheets/sheet1.xml', rows }],
});

async function exceljsBook(): Promise<string> {
  const path = join(dir, 'exceljs.xlsx');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('customers');
  sheet.addRow(['Name', 'Born', 'Score', 'Active', 'Note']);
  const name = { richText: [{ text: 'RI WON ' }, { font: { bold: true }, text: 'HO' }] };
  sheet.addRow([name, new Date(Date.UTC(1964, 6, 17)), 1964, true, 'x']);
  sheet.addRow([]);
  sheet.addRow(['Jane Doe', '1980-01-02', 3.25, false, { formula: 'C4*2', result: 6.5 }]);
  sheet.addRow([]);
  sheet.addRow(['Too', 'wide', 1, true, 'x', 'beyond']);
  await book.xlsx.writeFile(path);
  return path;
}

const EXCELJS_EVENTS = [
  '1 header: Name | Born | Score | Active | Note',
  '2: RI WON HO | 1964-07-17 | 1964 | true | x',
  '4: Jane Doe | 1980-01-02 | 3.25 | false | 6.5',
  "6 problem: a value beyond the header's 5 columns",
];

test('a workbook that exceljs wrote: rows as the sheet numbers them, dates, rich text, numbers as written', async () => {
  const path = await exceljsBook();
  const { events, bytes } = await read(path);
  assert.deepEqual(events, EXCELJS_EVENTS);
  assert.equal(bytes, statSync(path).size, 'the bytes told add up to the file');
});

test('the order of the parts in the zip does not matter', async () => {
  const parts = await zipParts(await exceljsBook());
  const names = parts.map((p) => p.name);
  assert.ok(names.indexOf('xl/worksheets/sheet1.xml') < names.indexOf('xl/workbook.xml'));
  const first = (name: string) => [
    ...parts.filter((p) => p.name === name),
    ...parts.filter((p) => p.name !== name),
  ];
  const strings = parts.find((p) => p.name === 'xl/sharedStrings.xml')!;
  const stringsFirst = [strings, ...parts.filter((p) => p !== strings)];
  const orders: Record<string, ZipPart[]> = {
    'as exceljs wrote it, the workbook last': parts,
    'workbook first': first('xl/workbook.xml'),
    'shared strings before the sheet': stringsFirst,
    'shared strings after the sheet': [...parts.filter((p) => p !== strings), strings],
    reversed: [...parts].reverse(),
    stored: parts.map((p) => ({ ...p, stored: true })),
  };
  for (const [order, reordered] of Object.entries(orders)) {
    const path = writeZip(join(dir, `order-${order.replaceAll(' ', '-')}.xlsx`), reordered);
    const { events, bytes } = await read(path);
    assert.deepEqual(events, EXCELJS_EVENTS, order);
    assert.equal(bytes, statSync(path).size, order);
  }
});

test("the first sheet is the workbook's first, whatever its part's name and place", async () => {
  const sheets = [
    { name: 'Clients', file: 'worksheets/sheet2.xml', rows: row(1, text('A1', 'Client')) },
    { name: 'Old', file: 'worksheets/sheet1.xml', rows: row(1, text('A1', 'Old')) },
  ];
  // The zip holds the sheets in the reverse order: sheet1.xml comes first.
  const parts = workbookParts({ sheets });
  const names = parts.map((p) => p.name);
  assert.ok(names.indexOf('xl/worksheets/sheet1.xml') < names.indexOf('xl/worksheets/sheet2.xml'));
  assert.deepEqual((await read(writeZip(join(dir, 'second.xlsx'), parts))).events, [
    '1 header: Client',
  ]);
  const chart = { name: 'Chart', file: 'chartsheets/sheet1.xml', rows: '', chart: true };
  const charted = writeBook('charted.xlsx', { sheets: [chart, ...sheets] });
  assert.deepEqual((await read(charted)).events, ['1 header: Client'], 'a chart sheet has no rows');
});

test('1904 dates, custom date formats and formats that only look like dates', async () => {
  const dates1904 = writeBook('1904.xlsx', {
    ...clients(
      row(1, text('A1', 'Born'), text('B1', 'Plain')) +
        row(2, num('A2', '0', 1), num('B2', '0')) +
        row(3, num('A3', '27760.75', 1), num('B3', '27760.75')),
    ),
    cellFormats: [0, 14],
    date1904: true,
  });
  assert.deepEqual((await read(dates1904)).events, [
    '1 header: Born | Plain',
    '2: 1904-01-01 | 0',
    '3: 1980-01-02 | 27760.75',
  ]);
  const custom = writeBook('custom.xlsx', {
    ...clients(
      row(1, text('A1', 'a'), text('B1', 'b'), text('C1', 'c'), text('D1', 'd'), text('E1', 'e')) +
        row(2, ...['A', 'B', 'C', 'D', 'E'].map((c, i) => num(`${c}2`, '29222', i + 1))),
    ),
    numFmts: { 164: 'dd/mm/yyyy;@', 165: '0.00E+00', 166: '[Red]#,##0', 167: '&quot;Day &quot;0' },
    cellFormats: [0, 164, 165, 166, 167, 22],
  });
  assert.deepEqual((await read(custom)).events, [
    '1 header: a | b | c | d | e',
    '2: 1980-01-02 | 29222 | 29222 | 29222 | 1980-01-02',
  ]);
});

test('sparse rows, cells without a reference, and every kind of cell', async () => {
  const strings = [
    '<t>Name</t>',
    '<r><t>東京</t></r><r><rPr><b/></rPr><t xml:space="preserve"> Trading</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>',
    '<t>A_x0026_B _x005F_x0041_</t>',
  ];
  const rows =
    row(1, '<c r="A1" t="s"><v>0</v></c>', text('B1', 'b'), text('C1', 'c'), text('D1', 'd')) +
    row(3, text('B3', 'only B'), num('D3', '4')) +
    row(null, '<c t="s"><v>1</v></c>', '<c t="b"><v>1</v></c>', '<c t="e"><v>#N/A</v></c>') +
    row(
      7,
      '<c r="A7" t="inlineStr"><is><r><t>RI </t></r><r><rPr><b/></rPr><t>WON HO</t></r></is></c>',
      '<c r="B7" t="d"><v>1964-07-17T00:00:00Z</v></c>',
      '<c r="C7" t="str"><f>A7&amp;"x"</f><v>RI WON HOx</v></c>',
      '<c r="D7" t="b"><v>0</v></c>',
    ) +
    row(8, '<c r="A8" t="s"><v>2</v></c>', '<c r="B8"/>', num('D8', '1.0E-3'));
  const path = writeBook('kinds.xlsx', { ...clients(rows), strings });
  assert.deepEqual((await read(path)).events, [
    '1 header: Name | b | c | d',
    '3:  | only B |  | 4',
    '4: 東京 Trading | true | #N/A | ',
    '7: RI WON HO | 1964-07-17 | RI WON HOx | false',
    '8: A&B _x0041_ |  |  | 1.0E-3',
  ]);
});

test('a long sheet is read as it is unpacked, not first held whole', async () => {
  let seed = 7;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed.toString(36);
  };
  const rows = [row(1, text('A1', 'Name'), text('B1', 'Ref'))];
  for (let r = 2; r <= 20_001; r++) rows.push(row(r, text(`A${r}`, noise()), num(`B${r}`, `${r}`)));
  const path = writeBook('long.xlsx', clients(rows.join('')));
  const size = statSync(path).size;
  let bytes = 0;
  let atHeader = 0;
  let count = 0;
  for await (const event of readXlsxInput(path, (n) => (bytes += n))) {
    if (event.kind === 'header') atHeader = bytes;
    else count++;
  }
  assert.equal(count, 20_000);
  assert.equal(bytes, size);
  assert.ok(atHeader < size / 2, `${atHeader} of ${size} bytes read before the header`);
});

test('a file that is not a workbook, or not a whole one, is refused with what and where', async () => {
  const notZip = join(dir, 'text.xlsx');
  writeFileSync(notZip, 'name\nRI WON HO\n');
  await assert.rejects(read(notZip), /text\.xlsx: not a zip file/);
  const noBook = writeZip(join(dir, 'nobook.xlsx'), [{ name: 'hello.txt', data: 'hi' }]);
  await assert.rejects(
    read(noBook),
    /nobook\.xlsx: no workbook: the zip's _rels\/\.rels names none/,
  );
  const chartOnly = writeBook('chartonly.xlsx', {
    sheets: [{ name: 'Chart', file: 'chartsheets/sheet1.xml', rows: '', chart: true }],
  });
  await assert.rejects(read(chartOnly), /xl\/workbook\.xml: the workbook has no worksheet/);
  const parts = workbookParts(clients(row(1, text('A1', 'Name'))));
  const noSheet = writeZip(
    join(dir, 'nosheet.xlsx'),
    parts.filter((p) => !p.name.includes('worksheets')),
  );
  await assert.rejects(read(noSheet), /worksheets\/sheet1\.xml: the worksheet "Clients" is not/);
  const outOfRange = writeBook('range.xlsx', {
    ...clients(row(1, text('A1', 'Name')) + row(2, '<c r="A2" t="s"><v>7</v></c>')),
    strings: ['<t>Name</t>'],
  });
  await assert.rejects(
    read(outOfRange),
    /sheet1\.xml: line \d+: cell A2 refers to shared string 7; there are 1/,
  );
});

test('a sheet that breaks off fails after the rows before it, naming the part and line', async () => {
  const rows = `${row(1, text('A1', 'Name'))}\n${row(2, text('A2', 'RI WON HO'))}\n${row(3, text('A3', 'Jane'))}`;
  const parts = workbookParts(clients(rows));
  const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
  const xml = String(sheet.data);
  const cut = parts.map((p) =>
    p === sheet ? { ...p, data: xml.slice(0, xml.indexOf('<row r="3"') + 20) } : p,
  );
  const truncated = await readUntilFailure(writeZip(join(dir, 'cut.xlsx'), cut));
  assert.deepEqual(truncated.events, ['1 header: Name', '2: RI WON HO']);
  assert.match(truncated.error, /cut\.xlsx: xl\/worksheets\/sheet1\.xml: line 4: malformed XML/);
  const wrong = parts.map((p) =>
    p === sheet ? { ...p, data: xml.replace('</c></row>\n<row r="3"', '</row>\n<row r="3"') } : p,
  );
  const mismatched = await readUntilFailure(writeZip(join(dir, 'mismatched.xlsx'), wrong));
  assert.match(mismatched.error, /sheet1\.xml: line 3: malformed XML: unexpected close tag/);
  // A byte changed inside the stored sheet: its checksum tells.
  const stored = zipBytes(parts.map((p) => ({ ...p, stored: true })));
  const at = stored.indexOf('RI WON HO');
  stored[at] = 'X'.charCodeAt(0);
  const damaged = join(dir, 'damaged.xlsx');
  writeFileSync(damaged, stored);
  const failure = await readUntilFailure(damaged);
  assert.match(failure.error, /sheet1\.xml: is damaged/);
});

function openFiles(): number | null {
  try {
    return readdirSync('/proc/self/fd').length;
  } catch {
    return null; // not Linux: nothing to count with
  }
}

test('read 300 times in one process, and stopped early, every read closes its file', async () => {
  const path = await exceljsBook();
  const before = openFiles();
  for (let i = 0; i < 300; i++) {
    assert.deepEqual((await read(path)).events, EXCELJS_EVENTS, `read ${i + 1}`);
  }
  for (let i = 0; i < 20; i++) {
    for await (const event of readXlsxInput(path, () => {})) {
      assert.equal(event.kind, 'header');
      break;
    }
  }
  if (before === null) return;
  // Files are closed in the background: give them a moment (seconds on a loaded machine). The
  // count is the whole process's, so another test's file may open or close meanwhile; a file left
  // open per read would show as 320.
  const most = before + 5;
  const deadline = performance.now() + 10_000;
  while (openFiles()! > most && performance.now() < deadline) await sleep(10);
  assert.ok(openFiles()! <= most, `${openFiles()} files open, ${before} before`);
});
