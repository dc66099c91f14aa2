import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { testData } from '../testing/data.js';
import { runCli } from './run.js';

test('dossier match builds the index once, saying so on stderr, then loads its snapshot', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'dossier-match-snapshot-')), 'un.db');
  const ingest = await runCli([
    'ingest',
    testData('un', 'consolidated.xml'),
    '--dataset',
    'un',
    '--db',
    db,
    // The build on first use is what is tested here: ingest builds it otherwise.
    '--no-index',
  ]);
  assert.equal(ingest.code, 0, ingest.err);
  assert.ok(!existsSync(`${db}.index`), '--no-index builds no index');
  const args = ['match', 'Kim Jung Jong', '--db', db];
  const first = await runCli(args);
  assert.equal(first.code, 0, first.err);
  assert.match(first.err, /building the match index for un v1/);
  assert.match(first.err, /match index saved to .*un\.db\.index/);
  assert.ok(existsSync(`${db}.index`));
  const second = await runCli(args);
  assert.equal(second.code, 0, second.err);
  assert.doesNotMatch(second.err, /building/, 'the second match loads the snapshot');
  assert.equal(second.out, first.out);
  assert.match(second.out, /^1\.00\s+yes\s+unsc-6908498 /m);
});
