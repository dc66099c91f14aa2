/**
 * Fuzz: the UN list reader on a real excerpt with bytes flipped, inserted and deleted (the
 * excerpt is read from the shared test data at run time, not copied here). Reading either
 * succeeds or stops with the typed source error; never an untyped crash. Fixed seed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { DossierError } from '../../core/errors/index.js';
import { testData } from '../../testing/data.js';
import { readUntilError } from '../../testing/fixtures.js';
import { sourceByFormat } from '../registry.js';

const SEED = 14;
const dir = mkdtempSync(join(tmpdir(), 'dossier-un-fuzz-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const EXCERPT = readFileSync(testData('excerpts', 'GSmiguel__sample_un_consolidated.xml'));
const unSc = sourceByFormat('un-xml');

type Edit = ['flip' | 'insert' | 'delete', number, number];

const edits = fc.array(
  fc.tuple(
    fc.constantFrom('flip' as const, 'insert' as const, 'delete' as const),
    fc.nat(),
    // Bytes that matter to an XML reader first: markup, entities, UTF-8 lead and BOM bytes.
    fc.oneof(fc.constantFrom(0x3c, 0x3e, 0x26, 0x2f, 0x22, 0x00, 0xc3, 0xef, 0xff), fc.nat(255)),
  ),
  { minLength: 1, maxLength: 6 },
);

function mutate(bytes: Buffer, list: Edit[]): Buffer {
  let out = Buffer.from(bytes);
  for (const [op, at, byte] of list) {
    const i = out.length === 0 ? 0 : at % out.length;
    if (op === 'flip' && out.length > 0) out[i] = (out[i] ?? 0) ^ (1 << (byte % 8));
    else if (op === 'insert')
      out = Buffer.concat([out.subarray(0, i), Buffer.of(byte), out.subarray(i)]);
    else if (op === 'delete') out = Buffer.concat([out.subarray(0, i), out.subarray(i + 1)]);
  }
  return out;
}

/** Mutated excerpts, and excerpts cut short at any byte. */
const inputs = fc.oneof(
  edits.map((list) => mutate(EXCERPT, list)),
  fc.nat(EXCERPT.length).map((end) => EXCERPT.subarray(0, end)),
);

let n = 0;

test('the excerpt itself reads to the end', async () => {
  // A clean base, so that mutations anywhere in the file are reached (jaggeman's UN sample stops
  // at a synthetic entry without a DATAID and would leave most of each mutation unread).
  const path = join(dir, 'clean.xml');
  writeFileSync(path, EXCERPT);
  const { drafts, error } = await readUntilError(unSc, path);
  assert.equal(error, null);
  assert.ok(drafts.length > 0);
});

test('a mutated UN excerpt parses or fails with source_invalid / invalid_input', async () => {
  await fc.assert(
    fc.asyncProperty(inputs, async (bytes) => {
      const path = join(dir, `un${n++}.xml`);
      writeFileSync(path, bytes);
      try {
        const { error } = await readUntilError(unSc, path);
        if (error === null) return;
        assert.ok(error instanceof DossierError, `untyped error: ${String(error)}`);
        assert.ok(
          error.code === 'source_invalid' || error.code === 'invalid_input',
          `code ${error.code}: ${error.message}`,
        );
      } finally {
        rmSync(path, { force: true });
      }
    }),
    { seed: SEED, numRuns: 300 },
  );
});
