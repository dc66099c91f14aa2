/**
 * Finding 9 of issue 14, made small: an XLSX that packs many rows into few bytes is refused as it
 * is checked, before a run exists, having unpacked only the rows the limit allows.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { UnsupportedFileError } from '../../../core/screening/index.js';
import { inputLimits } from '../limits.js';
import { checkXlsxRows } from '../read-xlsx.js';
import { countSheetRows } from './count.js';
import { workbookParts, writeZip } from './xlsx-fixture.js';
import { Zip } from './zip.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-xlsx-count-'));

/** A workbook of a header and `n` rows, each a different name (so that it packs to many chunks). */
function rows(name: string, n: number, prefix = ''): string {
  const row = (r: number, text: string) =>
    `<${prefix}row r="${r}"><${prefix}c r="A${r}" t="inlineStr"><${prefix}is><${prefix}t>${text}</${prefix}t></${prefix}is></${prefix}c></${prefix}row>`;
  const body = [row(1, 'Name')];
  for (let i = 1; i <= n; i++) body.push(row(i + 1, `Person ${i * 7919}`));
  const sheets = [{ name: 'Clients', file: 'worksheets/sheet1.xml', rows: body.join('') }];
  return writeZip(join(dir, name), workbookParts({ sheets }));
}

test('a sheet of 200,000 rows is refused at a limit of 1,000 after unpacking a small part of it', async () => {
  const path = rows('many.xlsx', 200_000);
  const zip = await Zip.open(path);
  const packed = zip.packedSize('xl/worksheets/sheet1.xml');
  zip.close();
  let read = 0;
  await assert.rejects(
    checkXlsxRows(path, inputLimits({ maxRows: 1000 }), (n) => (read += n)),
    (error: unknown) => {
      assert.ok(error instanceof UnsupportedFileError, String(error));
      assert.equal(error.code, 'invalid_input');
      assert.match(
        error.message,
        /many\.xlsx: its sheet holds more than 1000 rows \(counted before reading them\); the limit is maxRows/,
      );
      return true;
    },
  );
  assert.ok(read > 0 && read < packed / 4, `read ${read} of ${packed} packed bytes`);
});

test('the count is exact up to the limit, with any prefix, across chunk boundaries', async () => {
  const path = rows('exact.xlsx', 30_000, 'x:');
  assert.equal(await checkXlsxRows(path, inputLimits({ maxRows: 30_000 })), 30_001);
  await assert.rejects(checkXlsxRows(path, inputLimits({ maxRows: 29_999 })), /more than 29999/);
  const zip = await Zip.open(path);
  try {
    // Counting stops one past the limit asked for.
    assert.equal(await countSheetRows(zip, 'xl/worksheets/sheet1.xml', 10), 11);
  } finally {
    zip.close();
  }
});

test('a row without cells (`<row/>`) is not counted; a closing tag with a space is', async () => {
  const cell = (r: number) => `<c r="A${r}" t="inlineStr"><is><t>Name ${r}</t></is></c>`;
  const body = `<row r="1">${cell(1)}</row ><row r="2"/><row r="3" ht="20"/><row r="4">${cell(4)}</row>`;
  const sheets = [{ name: 'S', file: 'worksheets/sheet1.xml', rows: body }];
  const path = writeZip(join(dir, 'sparse.xlsx'), workbookParts({ sheets }));
  assert.equal(await checkXlsxRows(path, inputLimits({ maxRows: 1 })), 2);
});
