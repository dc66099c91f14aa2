/**
 * Wide and oversized inputs, generated here with the limits set low: a header beyond them refuses
 * the input as soon as it is read, naming the limit; a row beyond them is a problem of its own.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { UnsupportedFileError } from '../../core/screening/index.js';
import { DEFAULT_INPUT_LIMITS, inputLimits, inputLimitsFromEnv } from './limits.js';
import { type InputEvent, readInput } from './input.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-limits-'));
const LOW = inputLimits({ maxColumns: 50, maxFieldChars: 100 });

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function events(path: string, format: 'csv' | 'jsonl', limits = LOW) {
  const out: InputEvent[] = [];
  for await (const event of readInput(path, format, () => {}, limits)) out.push(event);
  return out;
}

test('a CSV of 20,000 columns named "Name" is refused at its header, naming the limit', async () => {
  const n = 20_000;
  const path = file(
    'wide.csv',
    `${Array(n).fill('Name').join(',')}\n${Array(n).fill('x').join(',')}\n`,
  );
  await assert.rejects(events(path, 'csv'), (error: Error) => {
    assert.ok(error instanceof UnsupportedFileError);
    assert.equal(error.code, 'invalid_input');
    assert.match(error.message, /20000 columns, more than the limit of 50 \(maxColumns\)/);
    return true;
  });
});

test('a header longer than the field limit is refused', async () => {
  const path = file('long-header.csv', `Name,${'N'.repeat(101)}\nx,y\n`);
  await assert.rejects(
    events(path, 'csv'),
    /101 characters, more than the limit of 100 \(maxFieldChars\)/,
  );
});

test('a field longer than the limit makes its row a problem; the rows around it are read', async () => {
  const path = file('long-field.csv', `Name,Country\na,ru\n${'b'.repeat(101)},ru\nc,ru\n`);
  const kinds = (await events(path, 'csv')).map((e) => `${e.row} ${e.kind}`);
  assert.deepEqual(kinds, ['1 header', '2 row', '3 problem', '4 row']);
});

test('a JSON line with more keys than the limit is a problem of its own', async () => {
  const wide = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 'v']));
  const path = file('wide.jsonl', `{"name":"a"}\n${JSON.stringify(wide)}\n`);
  const found = await events(path, 'jsonl');
  assert.deepEqual(
    found.map((e) => e.kind),
    ['row', 'problem'],
  );
  assert.match((found[1] as { message: string }).message, /60 columns.*maxColumns/);
});

test('a file within the limits reads as before', async () => {
  const path = file('narrow.csv', 'Name,Country\na,ru\n');
  const found = await events(path, 'csv', DEFAULT_INPUT_LIMITS);
  assert.deepEqual(
    found.map((e) => e.kind),
    ['header', 'row'],
  );
});

test('the limits are raised or lowered from the environment; nonsense is refused', () => {
  assert.deepEqual(inputLimitsFromEnv({}), DEFAULT_INPUT_LIMITS);
  const env = { DOSSIER_MAX_COLUMNS: '5000', DOSSIER_MAX_FIELD_CHARS: '10' };
  assert.deepEqual(inputLimitsFromEnv(env), inputLimits({ maxColumns: 5000, maxFieldChars: 10 }));
  assert.throws(() => inputLimitsFromEnv({ DOSSIER_MAX_COLUMNS: 'lots' }), /DOSSIER_MAX_COLUMNS/);
});
