/**
 * Bombs built at test time, small because the limits are set low: each is refused while it is
 * unpacked, with the part and the limit it broke, and an ordinary workbook still reads.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { UnsupportedFileError } from '../../../core/screening/index.js';
import type { InputEvent } from '../input.js';
import { inputLimits, type XlsxLimits } from '../limits.js';
import { readXlsxInput } from '../read-xlsx.js';
import { type WorkbookSpec, workbookParts, writeZip, type ZipPart } from './xlsx-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-xlsx-limits-'));

const SHEET =
  '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>';

function book(name: string, spec: Partial<WorkbookSpec>, extra: ZipPart[] = []): string {
  const sheets = [{ name: 'Clients', file: 'worksheets/sheet1.xml', rows: SHEET }];
  return writeZip(join(dir, name), [...workbookParts({ sheets, ...spec }), ...extra]);
}

async function readAll(path: string, limits: Partial<XlsxLimits>): Promise<InputEvent[]> {
  const events: InputEvent[] = [];
  for await (const e of readXlsxInput(path, () => {}, inputLimits({ xlsx: limits }).xlsx)) {
    events.push(e);
  }
  return events;
}

/** Refused as the caller's input (invalid_input: CLI exit 2, HTTP 400), with this message. */
async function refused(path: string, limits: Partial<XlsxLimits>, message: RegExp) {
  await assert.rejects(readAll(path, limits), (error: unknown) => {
    assert.ok(error instanceof UnsupportedFileError, String(error));
    assert.equal(error.code, 'invalid_input');
    assert.match(error.message, message);
    return true;
  });
}

test('shared strings of one repeated letter, packed 1000 to 1, are refused by their ratio as they unpack', async () => {
  // 4 MiB of text deflates to about 4 KiB; the default ratio floor is lowered to 64 KiB.
  const path = book('ratio.xlsx', {
    strings: ['<t>Name</t>', `<t>${'A'.repeat(4 * 2 ** 20)}</t>`],
  });
  const started = performance.now();
  await refused(
    path,
    { ratioFloorBytes: 64 * 1024, maxRatio: 100 },
    /ratio\.xlsx: xl\/sharedStrings\.xml: unpacks to more than 100 times its packed size \(.+\) \(xlsx\.maxRatio\)/,
  );
  assert.ok(performance.now() - started < 2000, 'refused early, not after unpacking it all');
});

test('shared strings past their count or their characters are refused while parsed', async () => {
  const many = Array.from({ length: 50 }, (_, i) => `<t>name ${i}</t>`);
  const path = book('strings.xlsx', { strings: many });
  await refused(
    path,
    { maxSharedStrings: 20 },
    /xl\/sharedStrings\.xml: holds more than 20 shared strings \(xlsx\.maxSharedStrings\)/,
  );
  await refused(
    path,
    { maxSharedStringChars: 100 },
    /xl\/sharedStrings\.xml: holds more than 100 characters of text \(xlsx\.maxSharedStringChars\)/,
  );
  assert.equal((await readAll(path, { maxSharedStrings: 50 })).length, 2);
});

test('a sheet past the total unpacked size is refused at its part', async () => {
  const rows = Array.from(
    { length: 2000 },
    (_, i) =>
      `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>name ${i}</t></is></c></row>`,
  ).join('');
  const path = writeZip(
    join(dir, 'total.xlsx'),
    workbookParts({ sheets: [{ name: 'Clients', file: 'worksheets/sheet1.xml', rows }] }),
  );
  await refused(
    path,
    { maxUnpackedBytes: 20_000 },
    /total\.xlsx: xl\/worksheets\/sheet1\.xml: the parts read so far unpack to more than 19\.5 KiB \(xlsx\.maxUnpackedBytes\)/,
  );
});

test('a zip with more entries than the limit is refused before any is read', async () => {
  const padding = Array.from({ length: 30 }, (_, i) => ({ name: `pad/${i}.txt`, data: 'x' }));
  const path = book('entries.xlsx', { strings: ['<t>Name</t>', '<t>RI WON HO</t>'] }, padding);
  await refused(
    path,
    { maxEntries: 20 },
    /entries\.xlsx: holds 3\d entries; the limit is 20 \(xlsx\.maxEntries\)/,
  );
});

test('an ordinary workbook reads under the default limits', async () => {
  const path = book('ordinary.xlsx', { strings: ['<t>Name</t>', '<t>RI WON HO</t>'] });
  const events = await readAll(path, {});
  assert.deepEqual(
    events.map((e) => e.kind),
    ['header', 'row'],
  );
});
