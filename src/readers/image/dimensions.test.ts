import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderPage, textPdf } from '../../testing/pdf-fixtures.js';
import { imageFormat, imageSizes } from './index.js';

test('sizes of PNG, JPEG and TIFF come from their headers', async () => {
  const pdf = await textPdf([[{ text: 'Счёт № 5', x: 50, y: 700, size: 20 }]]);
  // A4 at 72 dpi: 595 x 842 points.
  for (const format of ['png', 'jpeg', 'tiff'] as const) {
    const image = renderPage(pdf, 1, 72, format);
    assert.equal(imageFormat(image), format);
    assert.deepEqual(imageSizes(image), [{ width: 595, height: 842 }], format);
  }
});

test('a huge size is read from a few bytes of header', () => {
  const png = new Uint8Array(33);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(png.buffer).setUint32(16, 100_000);
  new DataView(png.buffer).setUint32(20, 70_000);
  assert.deepEqual(imageSizes(png), [{ width: 100_000, height: 70_000 }]);
});

test('every page of a multi-page TIFF is sized; damaged headers give null', () => {
  // Little-endian TIFF with two IFDs: 10 x 20 (SHORT values) then 300 x 400 (LONG values).
  const tiff = new Uint8Array(8 + 2 * (2 + 2 * 12 + 4));
  const view = new DataView(tiff.buffer);
  tiff.set([0x49, 0x49, 42, 0]);
  view.setUint32(4, 8, true);
  const ifd = (at: number, type: number, width: number, height: number, next: number) => {
    view.setUint16(at, 2, true);
    for (const [i, [tag, value]] of [
      [256, width],
      [257, height],
    ].entries()) {
      const entry = at + 2 + i * 12;
      view.setUint16(entry, tag!, true);
      view.setUint16(entry + 2, type, true);
      view.setUint32(entry + 4, 1, true);
      if (type === 3) view.setUint16(entry + 8, value!, true);
      else view.setUint32(entry + 8, value!, true);
    }
    view.setUint32(at + 2 + 24, next, true);
  };
  ifd(8, 3, 10, 20, 38);
  ifd(38, 4, 300, 400, 0);
  assert.deepEqual(imageSizes(tiff), [
    { width: 10, height: 20 },
    { width: 300, height: 400 },
  ]);
  // An IFD pointing back at itself would loop for ever.
  view.setUint32(38 + 26, 38, true);
  assert.equal(imageSizes(tiff), null);
  assert.equal(imageSizes(tiff.subarray(0, 20)), null);
  assert.equal(imageSizes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16])), null);
  assert.equal(imageFormat(new TextEncoder().encode('GIF89a')), null);
});
