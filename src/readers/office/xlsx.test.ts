/**
 * Workbooks written at test time: two sheets by exceljs (a real writer: shared strings, dates,
 * sparse rows) and hand-made bombs refused under low limits.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import {
  DEFAULT_READ_LIMITS,
  type ReadLimits,
  type ReadOutcome,
} from '../../core/documents/index.js';
import type { DocumentReader } from '../types.js';
import { xlsxBytes } from './office-fixture.js';
import { type XlsxLimits, xlsxReader, xlsxReaderWith } from './xlsx.js';

function read(
  bytes: Uint8Array,
  limits: Partial<ReadLimits> = {},
  reader: DocumentReader = xlsxReader,
) {
  return reader.read({
    bytes,
    fileName: 'payments.xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    depth: 0,
    limits: { ...DEFAULT_READ_LIMITS, ...limits },
    ocrLanguages: 'eng',
  });
}

function processed(outcome: ReadOutcome) {
  assert.equal(outcome.status, 'processed', JSON.stringify(outcome));
  return outcome.status === 'processed' ? outcome : assert.fail();
}

async function twoSheets(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Бухгалтерия';
  const payments = book.addWorksheet('Платежи');
  payments.addRow(['Дата', 'Плательщик', 'Сумма', 'Валюта']);
  payments.addRow([new Date(Date.UTC(2024, 2, 14)), 'ООО «Купол»', 1200000, 'CNY']);
  payments.getCell('A4').value = new Date(Date.UTC(2024, 3, 2));
  payments.getCell('B4').value = '北京市进出口贸易有限公司';
  payments.getCell('D4').value = 'RMB';
  const goods = book.addWorksheet('Goods');
  goods.addRow(['HS code', 'Description']);
  goods.addRow(['8806', 'Unmanned aircraft\twith\nline breaks']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

test('each sheet is a page, line r is row r and field c is column c', async () => {
  const outcome = processed(await read(await twoSheets()));
  assert.deepEqual(outcome.properties.sheets, ['Платежи', 'Goods']);
  assert.deepEqual(outcome.properties.author, ['Бухгалтерия']);
  const lines = outcome.pages[0]!.text.split('\n');
  assert.equal(lines.length, 4);
  assert.equal(lines[0], 'Дата\tПлательщик\tСумма\tВалюта');
  assert.equal(lines[1], '2024-03-14\tООО «Купол»\t1200000\tCNY');
  assert.equal(lines[2], '', 'row 3 is empty and keeps its line');
  assert.deepEqual(lines[3]!.split('\t'), ['2024-04-02', '北京市进出口贸易有限公司', '', 'RMB']);
  assert.equal(
    outcome.pages[1]!.text,
    'HS code\tDescription\n8806\tUnmanned aircraft with line breaks',
  );
});

const SHEET =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45365</v></c></row><row r="2"><c r="C2" t="s"><v>1</v></c></row>';

test('a hand-made workbook: shared strings, a custom date format, a sparse row', async () => {
  const bytes = xlsxBytes(
    [{ name: 'S', rows: SHEET }],
    ['<t>Name</t>', '<r><t>RI </t></r><r><t>WON HO</t></r>'],
  );
  assert.equal(processed(await read(bytes)).pages[0]!.text, 'Name\t2024-03-14\n\t\tRI WON HO');
});

async function refused(
  bytes: Buffer,
  limits: Partial<ReadLimits>,
  xlsx: Partial<XlsxLimits>,
  message: RegExp,
) {
  const outcome = await read(bytes, limits, xlsxReaderWith(xlsx));
  assert.equal(outcome.status, 'failed');
  if (outcome.status !== 'failed') return;
  assert.equal(outcome.failure.reason, 'archive-limits');
  assert.match(outcome.failure.message, message);
}

test('shared strings past their count or characters are refused while parsed', async () => {
  const strings = Array.from({ length: 50 }, (_, i) => `<t>name ${i}</t>`);
  const bytes = xlsxBytes([{ name: 'S', rows: SHEET }], strings);
  await refused(
    bytes,
    {},
    { maxSharedStrings: 20 },
    /^xl\/sharedStrings\.xml: holds more than 20 shared strings \(maxSharedStrings\)$/,
  );
  await refused(
    bytes,
    {},
    { maxSharedStringChars: 100 },
    /holds more than 100 characters of text \(maxSharedStringChars\)/,
  );
});

test('one long shared string in every cell is refused by the text it would make', async () => {
  const cells = Array.from(
    { length: 200 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>0</v></c></row>`,
  );
  const bytes = xlsxBytes([{ name: 'S', rows: cells.join('') }], [`<t>${'x'.repeat(10_000)}</t>`]);
  await refused(
    bytes,
    {},
    { maxTextChars: 1_000_000 },
    /xl\/worksheets\/sheet1\.xml: the sheets give more text than the limit \(maxTextChars\)/,
  );
  assert.equal(processed(await read(bytes)).pages[0]!.text.length, 200 * 10_000 + 199);
});

test('the package limits of the ZIP reader apply: ratio, total unpacked size, entries', async () => {
  const big = xlsxBytes([{ name: 'S', rows: SHEET }], [`<t>${'A'.repeat(2 * 1024 * 1024)}</t>`]);
  await refused(
    big,
    {},
    {},
    /^xl\/sharedStrings\.xml: unpacks to more than 200 times its packed size .*\(maxRatio\)$/,
  );
  await refused(
    big,
    { maxRatio: 10_000, maxUnpackedBytes: 100_000 },
    {},
    /the entries read so far unpack to more than 97\.7 KiB \(maxUnpackedBytes\)/,
  );
  await refused(big, { maxEntries: 3 }, {}, /^holds 6 entries; the limit is 3 \(maxEntries\)$/);
});
