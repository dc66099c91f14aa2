import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_READ_LIMITS, type ReadOutcome } from '../../core/documents/index.js';
import { renderPage, textPdf } from '../../testing/pdf-fixtures.js';
import { readerFor } from '../index.js';
import { createOcrEngine } from '../ocr/index.js';
import { createImageReader } from './index.js';

const reader = createImageReader({ ocr: createOcrEngine() });
const read = (bytes: Uint8Array, name: string, limits = DEFAULT_READ_LIMITS, r = reader) =>
  r.read({
    bytes,
    fileName: name,
    mediaType: 'application/octet-stream',
    depth: 0,
    limits,
    ocrLanguages: 'rus+eng',
  });

const reason = (outcome: ReadOutcome) =>
  outcome.status === 'failed' ? outcome.failure.reason : 'processed';

const page = () =>
  textPdf([
    [
      { text: 'Акт приёма-передачи', x: 60, y: 760, size: 24 },
      { text: 'Acceptance certificate', x: 60, y: 700, size: 24 },
    ],
  ]);

test("PNG, JPEG and TIFF scans are OCR'd with boxes in pixels", async () => {
  const pdf = await page();
  for (const format of ['png', 'jpeg', 'tiff'] as const) {
    const outcome = await read(renderPage(pdf, 1, 200, format), `scan.${format}`);
    assert.equal(outcome.status, 'processed', JSON.stringify(outcome));
    if (outcome.status !== 'processed') continue;
    const [scan] = outcome.pages;
    assert.equal(scan!.method, 'ocr');
    assert.match(scan!.text, /Акт при[её]ма-передачи/, format);
    assert.match(scan!.text, /Acceptance certificate/, format);
    // 200 dpi: the page is 1653 pixels wide; "certificate" sits on a baseline 142 points down.
    assert.equal(scan!.width, 1653);
    const word = scan!.words!.find((w) => scan!.text.slice(w.start, w.end) === 'certificate');
    assert.ok(word);
    const baseline = (142 * 200) / 72;
    assert.ok(word.box[1] < baseline && word.box[3] > baseline - 20, `${format}: ${word.box}`);
    assert.ok(word.confidence! > 0.5 && word.confidence! <= 1);
  }
});

test('an image over the pixel limit is refused from its header, before any OCR', async () => {
  const png = renderPage(await page(), 1, 72);
  const limits = { ...DEFAULT_READ_LIMITS, maxImagePixels: 595 * 842 - 1 };
  // An engine that cannot run proves nothing was decoded: the size check came first.
  const blind = createImageReader({ ocr: createOcrEngine({ env: { PATH: '/nonexistent' } }) });
  const outcome = await read(png, 'big.png', limits, blind);
  assert.equal(reason(outcome), 'too-large');
  assert.match(outcome.status === 'failed' ? outcome.failure.message : '', /595 x 842 pixels/);
  assert.equal(reason(await read(png, 'ok.png', DEFAULT_READ_LIMITS, blind)), 'ocr-missing');
});

test('damaged and empty images fail with their reason; missing tesseract is named', async () => {
  assert.equal(reason(await read(new Uint8Array(0), 'a.png')), 'empty');
  const png = renderPage(await page(), 1, 72);
  assert.equal(reason(await read(png.subarray(0, 20), 'cut.png')), 'corrupt');
  const truncated = png.subarray(0, 200);
  assert.equal(reason(await read(truncated, 'cut.png')), 'corrupt');
  const blind = createImageReader({ ocr: createOcrEngine({ env: { PATH: '/nonexistent' } }) });
  const missing = await read(png, 'a.png', DEFAULT_READ_LIMITS, blind);
  assert.equal(reason(missing), 'ocr-missing');
  assert.match(
    missing.status === 'failed' ? missing.failure.message : '',
    /apt-get install tesseract-ocr /,
  );
});

test('the reader list sends images here', () => {
  assert.equal(readerFor('image/jpeg', 'x')?.name, 'ocr-image');
  assert.equal(readerFor('application/octet-stream', 'scan.TIF')?.name, 'ocr-image');
  assert.equal(readerFor('image/gif', 'x.gif'), null);
});
