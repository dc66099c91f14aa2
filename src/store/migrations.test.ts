/**
 * A database written by release 0.1.0 (src/store/fixtures/dossier-0.1.0.db, made by that
 * release's `dossier ingest`, `screen`, `decide` and `keys create` from the files beside it)
 * opens with today's stores, reads the same, and is upgraded to recorded layouts.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { verifyChain } from '../core/screening/index.js';
import { repoRoot } from '../testing/data.js';
import { collect } from '../testing/wait.js';
import { openStore } from './index.js';
import { openScreeningStore, screeningSchema } from './screening/index.js';
import { openSqlite } from './sqlite/index.js';
import { latestVersion, SchemaTooNew } from './sqlite/index.js';
import { listsSchema } from './sqlite/schema.js';

const FIXTURE = join(repoRoot, 'src', 'store', 'fixtures', 'dossier-0.1.0.db');
const RUN = '20261207-053854-5fe0f6';

function copyOfFixture(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-migrate-')), 'old.db');
  copyFileSync(FIXTURE, path);
  return path;
}

function recordedLayouts(path: string): Record<string, number> {
  const db = openSqlite(path, { readonly: true });
  try {
    const rows = db.prepare('SELECT domain, version FROM dossier_schema').all() as {
      domain: string;
      version: number;
    }[];
    return Object.fromEntries(rows.map((r) => [r.domain, r.version]));
  } finally {
    db.close();
  }
}

test('a 0.1.0 database opens: its lists, versions and changes read as they were written', async () => {
  const path = copyOfFixture();
  const store = openStore(path);
  try {
    const [fixture] = await store.datasets();
    assert.deepEqual([fixture?.dataset, fixture?.version, fixture?.entities], ['fixture', 2, 5]);
    const kupol = await store.entity('fx-kupol');
    assert.deepEqual(kupol?.properties.name, [
      'Izhevsk Electromechanical Plant Kupol',
      'ИЭМЗ Купол',
    ]);
    const diff = await store.diff('fixture');
    const changes = diff!.changes.map((c) => `${c.change} ${c.entityId}`).sort();
    assert.deepEqual(changes, ['added fx-xiamen', 'modified fx-ivanov']);
  } finally {
    await store.close();
  }
  assert.equal(recordedLayouts(path).lists, latestVersion(listsSchema));
});

test('a 0.1.0 database opens: its runs, hits, decisions and intact audit trail', async () => {
  const path = copyOfFixture();
  const repo = openScreeningStore(path);
  try {
    const [run] = await repo.runs();
    assert.deepEqual([run?.id, run?.status, run?.rowsDone, run?.hits], [RUN, 'finished', 3, 2]);
    const hits = await collect(repo.hits(RUN));
    assert.deepEqual(
      hits.map((h) => [h.row, h.entityId]),
      [
        [2, 'fx-ivanov'],
        [3, 'fx-kupol'],
      ],
    );
    const decisions = await repo.decisionList();
    assert.deepEqual(
      decisions.map((d) => [d.decision, d.entityId, d.actor]),
      [
        ['false-positive', 'fx-ivanov', 'alice'],
        ['match', 'fx-kupol', 'bob'],
      ],
    );
    const records = await collect(repo.auditRecords());
    assert.equal(records.length, 5);
    assert.deepEqual(verifyChain(records, await repo.auditHead()).ok, true);
    // The upgraded file takes new writes.
    await repo.appendAudit({ kind: 'match', actor: 'a', at: '2026-12-07T00:00:00Z', payload: {} });
    assert.equal((await repo.auditHead())?.seq, 6);
    // Old records keep layout 1 (their hash covers the payload) and are never pruned; the new
    // match record is layout 2, and the mixed chain verifies before and after pruning it.
    const pruned = await repo.pruneAudit('2100-01-01T00:00:00.000Z', '2100-01-01', 100);
    assert.equal(pruned.records, 1);
    const after = await collect(repo.auditRecords());
    assert.deepEqual(
      after.map((r) => [r.layout, r.pruned]),
      [...records.map(() => [1, false]), [2, true]],
    );
    assert.deepEqual(verifyChain(after, await repo.auditHead()), {
      ok: true,
      records: 6,
      pruned: 1,
      head: await repo.auditHead(),
    });
  } finally {
    await repo.close();
  }
  assert.equal(recordedLayouts(path).screening, latestVersion(screeningSchema));
});

test('opening an up-to-date file writes nothing', async () => {
  const path = copyOfFixture();
  await openStore(path).close();
  await openScreeningStore(path).close();
  const db = openSqlite(path);
  const before = db.pragma('data_version', { simple: true });
  const changes = db.prepare('SELECT total_changes() AS n');
  const start = (changes.get() as { n: number }).n;
  await openStore(path).close();
  await openScreeningStore(path).close();
  // Another connection's commit would bump data_version on this one.
  assert.equal(db.pragma('data_version', { simple: true }), before);
  assert.equal((changes.get() as { n: number }).n, start);
  db.close();
});

test('a file from a newer release is refused, not guessed at', () => {
  const path = copyOfFixture();
  openScreeningStore(path).close();
  const db = openSqlite(path);
  db.prepare("UPDATE dossier_schema SET version = 99 WHERE domain = 'screening'").run();
  db.close();
  assert.throws(
    () => openScreeningStore(path),
    (error: unknown) =>
      error instanceof SchemaTooNew && /screening tables are at layout 99/.test(error.message),
  );
});
