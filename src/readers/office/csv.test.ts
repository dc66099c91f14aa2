import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_READ_LIMITS, type ReadOutcome } from '../../core/documents/index.js';
import { extractors, runExtractors } from '../../core/extraction/index.js';
import { encodeLegacy } from '../zip/zip-fixture.js';
import { csvReader } from './csv.js';

function read(bytes: Uint8Array | string, fileName = 'payments.csv') {
  return csvReader.read({
    bytes: typeof bytes === 'string' ? Buffer.from(bytes) : bytes,
    fileName,
    mediaType: 'text/csv',
    depth: 0,
    limits: DEFAULT_READ_LIMITS,
    ocrLanguages: 'eng',
  });
}

function processed(outcome: ReadOutcome) {
  assert.equal(outcome.status, 'processed', JSON.stringify(outcome));
  return outcome.status === 'processed' ? outcome : assert.fail();
}

test('line r is record r, fields tab-separated, a quoted line break kept on its record', async () => {
  const csv =
    'payer;amount;note\r\n"ООО ""Купол""";1 200 000,00;"two\r\nlines"\r\n\r\nАО «Алмаз»;5;x\r\n';
  const outcome = processed(await read(csv));
  assert.deepEqual(outcome.pages[0]!.text.split('\n'), [
    'payer\tamount\tnote',
    'ООО "Купол"\t1 200 000,00\ttwo  lines',
    '',
    'АО «Алмаз»\t5\tx',
  ]);
  assert.deepEqual(outcome.properties.separator, [';']);
  assert.deepEqual(outcome.properties.rows, ['4']);
});

test('a Windows-1251 CSV is decoded, a TSV split on tabs', async () => {
  const cp1251 = encodeLegacy('Плательщик,Сумма\nООО Ромашка,100\n', 'windows-1251');
  const outcome = processed(await read(cp1251));
  assert.equal(outcome.pages[0]!.text, 'Плательщик\tСумма\nООО Ромашка\t100');
  assert.deepEqual(outcome.properties.encoding, ['windows-1251']);
  const tsv = processed(await read('a,b\tc\n1,2\t3\n', 'table.tsv'));
  assert.equal(tsv.pages[0]!.text, 'a,b\tc\n1,2\t3');
});

test('a quote left open falls back to lines, with a warning, rather than failing', async () => {
  const outcome = processed(await read('a,b\n"open,1\nc,d\n'));
  assert.deepEqual(outcome.pages[0]!.text.split('\n'), ['a\tb', '"open\t1', 'c\td']);
  assert.match(outcome.properties.warning?.[0] ?? '', /^read line by line/);
});

test('cells stay separable: a name cell, an amount cell and a currency cell give one organisation and one sum', async () => {
  // The payer's closing quote was dropped, as writers often do; the next row pays one party to another.
  const csv =
    'Плательщик;Сумма;Валюта\nООО «Купол;1 200 000,00;CNY\nАО «Купол;АО «Алмаз-Антей»;4 200 000,00;USD\n';
  const text = processed(await read(csv)).pages[0]!.text;
  const found = runExtractors(text, extractors).found.filter(
    (f) => f.kind === 'org' || f.kind === 'money',
  );
  const row = (f: { start: number }) => text.slice(0, f.start).split('\n').length;
  const cell = (f: { start: number }) =>
    text.slice(0, f.start).split('\n').at(-1)!.split('\t').length;
  const seen = found.map((f) => [f.kind, text.slice(f.start, f.end), row(f), cell(f), f.value]);
  assert.deepEqual(seen, [
    ['org', 'ООО «Купол', 2, 1, 'ооо купол'],
    ['money', '1 200 000,00\tCNY', 2, 2, '1200000.00 CNY'],
    ['org', 'АО «Купол', 3, 1, 'ао купол'],
    ['org', 'АО «Алмаз-Антей»', 3, 2, 'ао алмаз антей'],
    ['money', '4 200 000,00\tUSD', 3, 3, '4200000.00 USD'],
  ]);
});
