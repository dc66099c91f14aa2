import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { textPdf } from '../../testing/pdf-fixtures.js';
import { imageSizes } from '../image/index.js';
import { ReadFailureError } from '../ocr/index.js';
import { pageImage } from './index.js';

test('page N is rendered to a PNG once, then served from the cache', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pages-'));
  try {
    const pdf = await textPdf([
      [{ text: 'one', x: 50, y: 700, size: 20 }],
      [{ text: 'two', x: 50, y: 700, size: 20 }],
    ]);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const cacheDir = join(dir, 'cache');
    const path = await pageImage({ bytes: pdf }, { cacheDir, sha256, page: 2 });
    const png = new Uint8Array(readFileSync(path));
    // A4 at 144 dpi: 595 x 842 points, two pixels a point.
    assert.deepEqual(imageSizes(png), [{ width: 1190, height: 1684 }]);
    const first = statSync(path);
    // The second call finds the file: nothing is rendered again, even from another source.
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    assert.equal(await pageImage({ file }, { cacheDir, sha256, page: 2 }), path);
    assert.equal(statSync(path).mtimeMs, first.mtimeMs);
    const small = await pageImage({ file }, { cacheDir, sha256, page: 1, dpi: 72 });
    assert.notEqual(small, path);
    assert.deepEqual(imageSizes(new Uint8Array(readFileSync(small))), [
      { width: 595, height: 842 },
    ]);
    await assert.rejects(
      pageImage({ file }, { cacheDir, sha256, page: 3 }),
      (error) => error instanceof ReadFailureError && error.failure.reason === 'no-such-page',
    );
    await assert.rejects(pageImage({ file }, { cacheDir, sha256: '../etc', page: 1 }), RangeError);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
