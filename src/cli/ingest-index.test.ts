/**
 * `dossier ingest` builds the match index after a successful load and saves its snapshot beside
 * the database, under the key of the list versions now loaded, so that the first `dossier match`
 * after it loads the index rather than building it (issue 10, item 6). `dossier update` does the
 * same after the lists it could download.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readSnapshotFile, snapshotKeyFor } from '../app/matching/index.js';
import { snapshotKey } from '../core/matching/index.js';
import { openStore } from '../store/index.js';
import { testData } from '../testing/data.js';
import { runCli } from './run.js';

/** The list store's current snapshot key, and the key of the snapshot saved beside it. */
async function keys(db: string) {
  const store = openStore(db);
  try {
    const current = snapshotKeyFor(await store.datasets());
    return { current, saved: snapshotKey(readSnapshotFile(`${db}.index`)!) };
  } finally {
    await store.close();
  }
}

test('after ingest, <db>.index holds the index of the versions loaded; match loads it', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'dossier-ingest-index-')), 'un.db');
  const un = testData('un', 'consolidated.xml');
  const first = await runCli(['ingest', un, '--dataset', 'un', '--db', db]);
  assert.equal(first.code, 0, first.err);
  assert.match(first.err, /building the match index for un v1/);
  assert.match(first.err, /match index saved to .*un\.db\.index/);
  assert.ok(existsSync(`${db}.index`));
  const loaded = await keys(db);
  assert.equal(loaded.saved, loaded.current);
  assert.match(loaded.saved!, /"un",1,/);

  const match = await runCli(['match', 'Kim Jung Jong', '--db', db]);
  assert.equal(match.code, 0, match.err);
  assert.doesNotMatch(match.err, /building/, 'the first match after ingest loads the snapshot');
  assert.match(match.out, /^1\.00\s+yes\s+unsc-6908498 /m);

  // A second version: the snapshot follows it. With --no-index it is left as it was (stale).
  const second = await runCli(['ingest', un, '--dataset', 'un', '--db', db]);
  assert.equal(second.code, 0, second.err);
  const two = await keys(db);
  assert.equal(two.saved, two.current);
  assert.match(two.saved!, /"un",2,/);
  const third = await runCli(['ingest', un, '--dataset', 'un', '--db', db, '--no-index']);
  assert.equal(third.code, 0, third.err);
  assert.doesNotMatch(third.err, /match index/);
  const three = await keys(db);
  assert.equal(three.saved, two.saved, '--no-index leaves the snapshot as it was');
  assert.notEqual(three.saved, three.current);
});

test('after update, <db>.index holds the index of the lists it loaded', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'dossier-update-index-')), 'un.db');
  const un = readFileSync(testData('un', 'consolidated.xml'));
  // The publisher's answer, without the network: the UN list as a local file.
  const publisher: typeof fetch = async () => new Response(un);
  const result = await runCli(['update', 'un', '--db', db], {}, { fetch: publisher });
  assert.equal(result.code, 0, result.err);
  assert.match(result.err, /match index saved to .*un\.db\.index/);
  const { current, saved } = await keys(db);
  assert.equal(saved, current);
  assert.match(saved!, /"un",1,/);
});
