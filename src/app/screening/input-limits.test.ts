/**
 * Rows per screening input, counted as they are read in every format, and bombs refused before
 * a run is recorded.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { UnsupportedFileError } from '../../core/screening/index.js';
import { type FileFormat, type InputEvent, readInput } from './input.js';
import {
  DEFAULT_INPUT_LIMITS,
  InputLimitSettingError,
  inputLimits,
  inputLimitsFromEnv,
} from './limits.js';
import { screenFile } from './screen-service.js';
import { type Fixture, screeningFixture, UN, writeCsv } from './screening-fixture.js';
import { workbookParts, writeZip } from './xlsx/xlsx-fixture.js';

let fx: Fixture;
before(async () => {
  fx = await screeningFixture(UN);
});
after(() => fx.close());

const names = (n: number) => Array.from({ length: n }, (_, i) => [`Person ${i}`]);

function xlsxRows(path: string, n: number): string {
  const cell = (r: number, t: string) =>
    `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${t}</t></is></c></row>`;
  const rows = [cell(1, 'Name'), ...names(n).map(([t], i) => cell(i + 2, t!))].join('');
  return writeZip(
    path,
    workbookParts({ sheets: [{ name: 'Clients', file: 'worksheets/sheet1.xml', rows }] }),
  );
}

async function count(path: string, format: FileFormat, maxRows: number): Promise<number> {
  let rows = 0;
  const events: AsyncIterable<InputEvent> = readInput(
    path,
    format,
    () => {},
    inputLimits({ maxRows }),
  );
  for await (const e of events) if (e.kind !== 'header') rows++;
  return rows;
}

test('every format is refused past maxRows, as its rows are read, and reads up to it', async () => {
  const inputs: [string, FileFormat][] = [
    [writeCsv(join(fx.dir, 'rows.csv'), ['Name'], names(30)), 'csv'],
    [xlsxRows(join(fx.dir, 'rows.xlsx'), 30), 'xlsx'],
  ];
  const jsonl = join(fx.dir, 'rows.jsonl');
  writeFileSync(
    jsonl,
    names(30)
      .map(([n]) => `${JSON.stringify({ name: n })}\n`)
      .join(''),
  );
  inputs.push([jsonl, 'jsonl']);
  for (const [path, format] of inputs) {
    await assert.rejects(count(path, format, 10), (error: unknown) => {
      assert.ok(error instanceof UnsupportedFileError);
      assert.match(error.message, /: more than 10 rows \(at row \d+\); the limit is maxRows/);
      return true;
    });
    assert.equal(await count(path, format, 30), 30, format);
  }
});

test('a shared-strings bomb or an XLSX with too many rows is refused before a run is recorded; too many CSV rows fail the run before any is screened', async () => {
  const bomb = writeZip(
    join(fx.dir, 'bomb.xlsx'),
    workbookParts({
      sheets: [{ name: 'Clients', file: 'worksheets/sheet1.xml', rows: '' }],
      strings: ['<t>Name</t>', `<t>${'A'.repeat(2 ** 21)}</t>`],
    }),
  );
  const limits = inputLimits({ maxRows: 10, xlsx: { ratioFloorBytes: 65536, maxRatio: 100 } });
  const runs = (await fx.repo.runs()).length;
  await assert.rejects(
    screenFile(fx, { input: bomb, actor: 'test', limits }),
    (error: unknown) =>
      error instanceof UnsupportedFileError && /xlsx\.maxRatio/.test(error.message),
  );
  // Its rows are counted as it is checked (./xlsx/count.ts): no run that could only fail.
  const many = xlsxRows(join(fx.dir, 'many.xlsx'), 40);
  await assert.rejects(
    screenFile(fx, { input: many, actor: 'test', limits }),
    /many\.xlsx: its sheet holds more than 10 rows \(counted before reading them\)/,
  );
  assert.equal((await fx.repo.runs()).length, runs, 'no run recorded');
  assert.equal((await screenFile(fx, { input: many, actor: 'test' })).run.rowsDone, 40);

  const csv = writeCsv(join(fx.dir, 'many.csv'), ['Name'], names(40));
  await assert.rejects(
    screenFile(fx, { input: csv, actor: 'test', limits }),
    /many\.csv: more than 10 rows \(at row 12\); the limit is maxRows/,
  );
  const [failed] = (await fx.repo.runs()).slice(-1);
  assert.equal(failed?.status, 'failed');
  assert.equal(failed?.rowsDone, 0, 'nothing screened');
});

test('the environment sets the limits; a bad value is a usage error naming the variable', () => {
  const env = { DOSSIER_MAX_INPUT_ROWS: '7', DOSSIER_XLSX_MAX_RATIO: '500' };
  const limits = inputLimitsFromEnv(env);
  assert.equal(limits.maxRows, 7);
  assert.equal(limits.xlsx.maxRatio, 500);
  assert.equal(limits.xlsx.maxEntries, DEFAULT_INPUT_LIMITS.xlsx.maxEntries);
  assert.deepEqual(inputLimitsFromEnv({}), inputLimits());
  assert.throws(
    () => inputLimitsFromEnv({ DOSSIER_XLSX_MAX_ENTRIES: 'lots' }),
    (error: unknown) =>
      error instanceof InputLimitSettingError &&
      error.code === 'usage' &&
      /DOSSIER_XLSX_MAX_ENTRIES=lots: use a whole number/.test(error.message),
  );
});
