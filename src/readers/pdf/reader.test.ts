import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_READ_LIMITS, type ReadOutcome } from '../../core/documents/index.js';
import {
  centreInside,
  chinesePdf,
  encryptedPdf,
  imagePdf,
  popplerWords,
  renderPage,
  textPdf,
  toUnicodePdf,
} from '../../testing/pdf-fixtures.js';
import { readerFor } from '../index.js';
import { createOcrEngine } from '../ocr/index.js';
import { createPdfReader } from './index.js';

const reader = createPdfReader({ ocr: createOcrEngine() });
const read = (bytes: Uint8Array, limits = DEFAULT_READ_LIMITS, r = reader) =>
  r.read({
    bytes,
    fileName: 'a.pdf',
    mediaType: 'application/pdf',
    depth: 0,
    limits,
    ocrLanguages: 'rus+eng',
  });

function processed(outcome: ReadOutcome) {
  assert.equal(outcome.status, 'processed', JSON.stringify(outcome));
  return outcome as Extract<ReadOutcome, { status: 'processed' }>;
}

const CONTRACT = [
  { text: 'Договор поставки № 17 от 14.03.2024', x: 56, y: 780, size: 16 },
  { text: 'ООО «Купол» supplies Garpiya engines', x: 56, y: 740, size: 12 },
  { text: 'ИНН 7701234567', x: 300, y: 400, size: 10 },
];

test('the text layer of each page, with metadata and word boxes where poppler sees the words', async () => {
  const pdf = await textPdf(
    [CONTRACT, [{ text: 'Page two: payment terms', x: 56, y: 780, size: 12 }]],
    {
      title: 'Договор',
      author: 'Иванов И. И.',
    },
  );
  const outcome = processed(await read(pdf));
  assert.deepEqual(outcome.properties.pageCount, ['2']);
  assert.deepEqual(outcome.properties.title, ['Договор']);
  assert.deepEqual(outcome.properties.author, ['Иванов И. И.']);
  assert.deepEqual(outcome.properties.authoredAt, ['2024-03-14T10:00:00.000Z']);
  const [one, two] = outcome.pages;
  assert.equal(
    one!.text,
    'Договор поставки № 17 от 14.03.2024\nООО «Купол» supplies Garpiya engines\nИНН 7701234567',
  );
  assert.equal(two!.text, 'Page two: payment terms');
  assert.deepEqual(
    [one!.method, one!.width, one!.height, one!.confidence],
    ['text', 595, 842, null],
  );
  const poppler = popplerWords(pdf, 1);
  const mine = one!.words!.map((w) => ({ text: one!.text.slice(w.start, w.end), box: w.box }));
  assert.deepEqual(
    mine.map((w) => w.text),
    poppler.map((w) => w.text),
  );
  // Positions inside a run are estimated (pdfjs gives a run's start and width, not each glyph's):
  // each box must hold the centre of the word as poppler places it and cover most of it.
  for (const [i, word] of mine.entries()) {
    const theirs = poppler[i]!.box;
    assert.ok(
      centreInside(theirs, word.box),
      `${word.text}: poppler ${theirs} outside ${word.box}`,
    );
    const overlap = Math.min(word.box[2], theirs[2]) - Math.max(word.box[0], theirs[0]);
    assert.ok(
      overlap >= 0.6 * (theirs[2] - theirs[0]),
      `${word.text}: ${word.box} vs poppler ${theirs}`,
    );
  }
});

test('a non-embedded Chinese font is read through the character maps', async () => {
  const outcome = processed(await read(chinesePdf('北京有限公司合同')));
  const page = outcome.pages[0]!;
  assert.equal(page.text, '北京有限公司合同');
  // One word per character, a full em (28 points) each, from x = 60.
  assert.equal(page.words!.length, 8);
  assert.equal(page.words![2]!.box[0], 116);
  assert.equal(page.words![2]!.box[2], 144);
  assert.equal(page.text.slice(page.words![2]!.start, page.words![2]!.end), '有');
});

test('radical and compatibility code points in a text layer come out as unified ideographs', async () => {
  const outcome = processed(await read(toUnicodePdf([0x2f00, 0x2ed4, 0x2ecb, 0xf900, 0x41, 0x42])));
  assert.equal(outcome.pages[0]!.text, '一门车豈AB');
});

test('encrypted, corrupt, empty and over-long PDFs fail with their reason', async () => {
  const reasons = async (bytes: Uint8Array, limits = DEFAULT_READ_LIMITS) => {
    const outcome = await read(bytes, limits);
    return outcome.status === 'failed' ? outcome.failure.reason : 'processed';
  };
  assert.equal(await reasons(encryptedPdf('secret')), 'encrypted');
  assert.equal(await reasons(new TextEncoder().encode('%PDF-1.4\nnot really a PDF\n')), 'corrupt');
  const good = await textPdf([CONTRACT]);
  assert.equal(await reasons(good.subarray(0, good.length >> 1)), 'corrupt');
  assert.equal(await reasons(new Uint8Array(0)), 'empty');
  assert.equal(await reasons(await textPdf([])), 'empty');
  const three = await textPdf([CONTRACT, CONTRACT, CONTRACT]);
  assert.equal(await reasons(three, { ...DEFAULT_READ_LIMITS, maxPages: 2 }), 'too-large');
  assert.equal(await reasons(three, { ...DEFAULT_READ_LIMITS, maxPages: 3 }), 'processed');
});

test("a scanned page is OCR'd, its boxes in PDF points where the text was drawn", async () => {
  const original = await textPdf([CONTRACT]);
  const scanned = await imagePdf(
    [renderPage(original, 1, 150)],
    [[{ text: 'Cover page of the contract', x: 56, y: 780, size: 14 }]],
  );
  const outcome = processed(await read(scanned));
  const [cover, scan] = outcome.pages;
  assert.equal(cover!.method, 'text');
  assert.equal(scan!.method, 'ocr');
  assert.equal(scan!.language, 'rus+eng');
  assert.match(scan!.text, /Договор поставки/);
  assert.match(scan!.text, /7701234567/);
  assert.ok(scan!.confidence! > 0.5);
  const inn = scan!.words!.find((w) => scan!.text.slice(w.start, w.end) === '7701234567');
  const truth = popplerWords(original, 1).find((w) => w.text === '7701234567');
  assert.ok(inn && truth);
  assert.ok(centreInside(inn.box, truth.box), `OCR box ${inn.box} vs drawn ${truth.box}`);
});

test('without tesseract, text pages are still read and the scanned ones named', async () => {
  const blind = createPdfReader({ ocr: createOcrEngine({ env: { PATH: '/nonexistent' } }) });
  const scan = renderPage(await textPdf([CONTRACT]), 1, 72);
  const mixed = processed(
    await read(await imagePdf([scan], [CONTRACT]), DEFAULT_READ_LIMITS, blind),
  );
  assert.match(mixed.pages[0]!.text, /Договор поставки/);
  assert.deepEqual(mixed.properties.ocrSkippedPages, ['2']);
  assert.match(mixed.properties.warnings![0]!, /apt-get install tesseract-ocr/);
  const only = await read(await imagePdf([scan]), DEFAULT_READ_LIMITS, blind);
  assert.equal(only.status, 'failed');
  assert.equal(only.status === 'failed' && only.failure.reason, 'ocr-missing');
});

test('the reader list sends PDFs here', () => {
  assert.equal(readerFor('application/pdf', 'x.bin')?.name, 'pdf');
  assert.equal(readerFor('application/octet-stream', 'Contract.PDF')?.name, 'pdf');
});
