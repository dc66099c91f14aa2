/**
 * Fuzz: CSV portfolios made of random bytes, and of a small valid portfolio with bytes flipped,
 * inserted and deleted. Reading one either yields events or fails with a DossierError; never an
 * untyped error (TypeError, RangeError) and never a hang. Fixed seed, so a failure reproduces.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { DossierError } from '../../core/errors/index.js';
import { readInput } from './input.js';
import { inputLimitsFromEnv } from './limits.js';

const SEED = 14;
const dir = mkdtempSync(join(tmpdir(), 'dossier-csv-fuzz-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const VALID = Buffer.from(
  [
    'id;name;country;birthDate',
    '1;Vladimir Putin;RU;1952-10-07',
    '2;"Ltd ""Alfa""";RU;',
    '3;Müller GmbH;DE;',
    '4;Владимир Путин;RU;1952',
    '',
  ].join('\r\n'),
  'utf8',
);

type Edit = ['flip' | 'insert' | 'delete', number, number];

const edit: fc.Arbitrary<Edit> = fc.tuple(
  fc.constantFrom('flip' as const, 'insert' as const, 'delete' as const),
  fc.nat(),
  // Bytes that matter to a CSV reader first: quotes, separators, line ends, UTF-8 lead bytes.
  fc.oneof(
    fc.constantFrom(0x22, 0x3b, 0x2c, 0x09, 0x7c, 0x0a, 0x0d, 0x00, 0xc3, 0xef),
    fc.nat(255),
  ),
);

function mutate(bytes: Buffer, edits: Edit[]): Buffer {
  let out = Buffer.from(bytes);
  for (const [op, at, byte] of edits) {
    const i = out.length === 0 ? 0 : at % out.length;
    if (op === 'flip' && out.length > 0) out[i] = (out[i] ?? 0) ^ (1 << (byte % 8));
    else if (op === 'insert')
      out = Buffer.concat([out.subarray(0, i), Buffer.of(byte), out.subarray(i)]);
    else if (op === 'delete') out = Buffer.concat([out.subarray(0, i), out.subarray(i + 1)]);
  }
  return out;
}

const inputs = fc.oneof(
  fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) => mutate(VALID, edits)),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
);

let n = 0;

/** Read the file to the end, or to its error; a read that takes seconds is a hang. */
async function readAll(bytes: Buffer): Promise<{ rows: number; lines: number[]; error: unknown }> {
  const path = join(dir, `p${n++}.csv`);
  writeFileSync(path, bytes);
  let rows = 0;
  const lines: number[] = [];
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('hang: no end after 5 s')), 5000);
  });
  const read = (async () => {
    try {
      for await (const event of readInput(path, 'csv', () => {}, inputLimitsFromEnv())) {
        if (event.kind === 'row') rows++;
        lines.push(event.row);
      }
      return { rows, lines, error: null as unknown };
    } catch (error) {
      return { rows, lines, error };
    }
  })();
  try {
    return await Promise.race([read, hang]);
  } finally {
    clearTimeout(timer);
    rmSync(path, { force: true });
  }
}

test('the valid portfolio reads as four rows', async () => {
  const { rows, error } = await readAll(VALID);
  assert.equal(error, null);
  assert.equal(rows, 4);
});

test('mutated and random CSV bytes yield rows in line order or a DossierError, never an untyped error', async () => {
  await fc.assert(
    fc.asyncProperty(inputs, async (bytes) => {
      const { lines, error } = await readAll(bytes);
      if (error !== null) {
        assert.ok(error instanceof DossierError, `untyped error: ${String(error)}`);
      }
      // Events come out in the order of the lines they are on (read-csv.ts holds problems back
      // until the rows before them are out), each on a line of the file.
      for (const [i, line] of lines.entries()) {
        assert.ok(Number.isInteger(line) && line >= 1, `line ${line}`);
        if (i > 0) assert.ok(line >= lines[i - 1]!, `line ${line} after ${lines[i - 1]}`);
      }
    }),
    { seed: SEED, numRuns: 300 },
  );
});
