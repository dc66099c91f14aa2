import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTesseractTsv } from './index.js';

const HEADER =
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const row = (cells: (number | string)[]) => cells.join('\t');

// Shaped like Tesseract 5.3's TSV for a page with a Russian line, an English line in the same
// paragraph, and a Chinese block whose characters come as separate words.
const TSV = [
  HEADER,
  row([1, 1, 0, 0, 0, 0, 0, 0, 2480, 3508, -1, '']),
  row([2, 1, 1, 0, 0, 0, 200, 300, 900, 200, -1, '']),
  row([3, 1, 1, 1, 0, 0, 200, 300, 900, 200, -1, '']),
  row([4, 1, 1, 1, 1, 0, 200, 300, 900, 80, -1, '']),
  row([5, 1, 1, 1, 1, 1, 200, 300, 300, 80, 96.5, 'Договор']),
  row([5, 1, 1, 1, 1, 2, 540, 300, 120, 80, 91, '№17']),
  row([4, 1, 1, 1, 2, 0, 200, 420, 900, 80, -1, '']),
  row([5, 1, 1, 1, 2, 1, 200, 420, 400, 80, 88, 'Contract']),
  row([5, 1, 1, 1, 2, 2, 640, 420, 10, 80, 95, ' ']),
  row([2, 1, 2, 0, 0, 0, 200, 700, 600, 90, -1, '']),
  row([5, 1, 2, 1, 1, 1, 200, 700, 200, 90, 93, '北京']),
  row([5, 1, 2, 1, 1, 2, 400, 700, 100, 90, 80, '有']),
  row([5, 1, 2, 1, 1, 3, 520, 700, 100, 90, 70, 'ABC']),
  '',
].join('\n');

test('words become page text with exact offsets, lines and blocks kept apart', () => {
  const [page] = parseTesseractTsv(TSV);
  assert.ok(page);
  assert.equal(page.text, 'Договор №17\nContract\n\n北京有 ABC');
  const spans = page.words.map((w) => page.text.slice(w.start, w.end));
  assert.deepEqual(spans, ['Договор', '№17', 'Contract', '北京', '有', 'ABC']);
  assert.deepEqual(page.words[0]!.box, [200, 300, 500, 380]);
  assert.equal(page.words[0]!.confidence, 0.965);
  assert.equal(page.width, 2480);
  const mean = (0.965 + 0.91 + 0.88 + 0.93 + 0.8 + 0.7) / 6;
  assert.ok(Math.abs(page.confidence! - mean) < 1e-9);
});

test('boxes and page size are scaled from pixels to PDF points', () => {
  const [page] = parseTesseractTsv(TSV, 72 / 300);
  assert.deepEqual(page!.words[0]!.box, [48, 72, 120, 91.2]);
  assert.equal(page!.height, 3508 * 0.24);
});

test('each page of a multi-page TIFF is its own page; an empty page has no confidence', () => {
  const tsv = [
    HEADER,
    row([1, 1, 0, 0, 0, 0, 0, 0, 100, 100, -1, '']),
    row([1, 2, 0, 0, 0, 0, 0, 0, 100, 100, -1, '']),
  ];
  tsv.push(row([5, 2, 1, 1, 1, 1, 10, 10, 20, 10, 50, 'ИНН']));
  const pages = parseTesseractTsv(tsv.join('\n'));
  assert.deepEqual(
    pages.map((p) => [p.page, p.text, p.confidence]),
    [
      [1, '', null],
      [2, 'ИНН', 0.5],
    ],
  );
});
