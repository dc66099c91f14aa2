import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../index.js';
import { openSqlite } from '../sqlite/index.js';
import { screeningConformance } from './conformance.js';
import { SqliteScreeningStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-screening-store-'));
let files = 0;

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

screeningConformance(
  'sqlite',
  async () => new SqliteScreeningStore(join(dir, `conformance-${++files}.db`)),
);

const audit = { kind: 'screen.start', actor: 'a', at: '2024-01-01T00:00:00.000Z', payload: {} };
const params = { inputFormat: 'csv', output: null, report: null, dataset: 'default' };

function newRun(repo: SqliteScreeningStore, id: string) {
  const run = { ...params, threshold: 0.7, algorithm: 'dossier-v1', limit: 5, map: [] };
  return repo.createRun(
    {
      ...{ id, kind: 'screen', input: 'in.csv', inputSha256: 'x', params: run, versions: {} },
      ...{ actor: 'a', startedAt: '2024-01-01T00:00:00.000Z', pid: process.pid },
    },
    audit,
  );
}

test("the screening tables live beside the list store's, each with its own connection", async () => {
  const path = join(dir, 'shared.db');
  const store = openStore(path);
  const repo = new SqliteScreeningStore(path);
  await newRun(repo, 'r2');
  assert.deepEqual(await store.datasets(), []);
  const again = new SqliteScreeningStore(path);
  assert.equal((await again.run('r2'))?.status, 'running');
  assert.equal((await again.portfolioPage(0, 10)).length, 0);
  await again.close();
  await repo.close();
  await store.close();
});

test('a file made before input_removed_at gets the column when opened', async () => {
  const path = join(dir, 'old.db');
  const old = new SqliteScreeningStore(path);
  await newRun(old, 'r1');
  await old.close();
  // Make the file look as the first releases left it: no column, no recorded layout.
  const raw = openSqlite(path);
  raw.exec('ALTER TABLE screening_runs DROP COLUMN input_removed_at; DROP TABLE dossier_schema');
  raw.close();
  const repo = new SqliteScreeningStore(path);
  try {
    assert.equal((await repo.run('r1'))!.inputRemovedAt, null);
    assert.equal(await repo.inputRemoved('r1', audit), true);
    assert.equal((await repo.run('r1'))!.inputRemovedAt, '2024-01-01T00:00:00.000Z');
  } finally {
    await repo.close();
  }
});

test('the audit tables refuse every change but pruning a match record, and pruning uses its index', async () => {
  const path = join(dir, 'prune-trigger.db');
  const repo = new SqliteScreeningStore(path);
  for (const kind of ['decision', 'match']) {
    await repo.appendAudit({ kind, actor: 'a', at: '2024-01-01T00:00:00.000Z', payload: { kind } });
  }
  await repo.close();
  const raw = openSqlite(path);
  try {
    const refused = [
      "UPDATE screening_audit SET pruned_at = 'x' WHERE seq = 1",
      "UPDATE screening_audit SET pruned_at = 'x', payload_sha256 = 'f' WHERE seq = 2",
      "UPDATE screening_audit SET pruned_at = 'x', actor = 'm' WHERE seq = 2",
      "UPDATE screening_audit SET pruned_at = 'x', layout = 1 WHERE seq = 2",
      "UPDATE screening_audit SET payload = '{}' WHERE seq = 2",
      'DELETE FROM screening_audit WHERE seq = 2',
      "UPDATE screening_audit_payloads SET payload = '{}' WHERE seq = 2",
      'DELETE FROM screening_audit_payloads WHERE seq = 2',
    ];
    for (const sql of refused) assert.throws(() => raw.exec(sql), /append-only/, sql);
    raw.exec("UPDATE screening_audit SET pruned_at = 'x' WHERE seq = 2");
    raw.exec('DELETE FROM screening_audit_payloads WHERE seq = 2');
    assert.throws(
      () => raw.exec("UPDATE screening_audit SET pruned_at = 'y' WHERE seq = 2"),
      /append-only/,
      'a pruned record is not touched again',
    );
    assert.throws(
      () => raw.exec('DELETE FROM screening_audit_payloads WHERE seq = 1'),
      /append-only/,
    );
    const plan = raw
      .prepare(
        `EXPLAIN QUERY PLAN SELECT seq FROM screening_audit
         WHERE layout = 2 AND pruned_at IS NULL AND kind IN ('match', 'reconcile') AND at < ?
         ORDER BY at LIMIT ?`,
      )
      .all('2025', 10) as { detail: string }[];
    assert.match(plan.map((p) => p.detail).join(' '), /screening_audit_prunable/);
  } finally {
    raw.close();
  }
});

test('pruned payloads free whole pages, which the next records reuse: the file stops growing', async () => {
  const path = join(dir, 'prune-reuse.db');
  const repo = new SqliteScreeningStore(path);
  const pages = () => {
    const raw = openSqlite(path);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    const count = raw.pragma('page_count', { simple: true }) as number;
    const free = raw.pragma('freelist_count', { simple: true }) as number;
    raw.close();
    return { count, free };
  };
  const payload = { queries: { q: 'x'.repeat(1000) } };
  const write = async (at: string) => {
    for (let i = 0; i < 300; i++)
      await repo.appendAudit({ kind: 'match', actor: 'a', at, payload });
  };
  try {
    const empty = pages();
    await write('2024-01-01T00:00:00.000Z');
    const full = pages();
    assert.equal((await repo.pruneAudit('2024-02-01', '2024-02-01', 1000)).records, 300);
    const pruned = pages();
    assert.ok(pruned.free > (full.count - empty.count) / 2, `${pruned.free} pages freed`);
    await write('2024-03-01T00:00:00.000Z');
    const refilled = pages();
    const firstGrowth = full.count - empty.count;
    const secondGrowth = refilled.count - pruned.count;
    assert.ok(secondGrowth < firstGrowth / 2, `grew ${secondGrowth} pages, first ${firstGrowth}`);
  } finally {
    await repo.close();
  }
});

test('a file made before hits kept exposure gets the column; its hits read as no exposure', async () => {
  const path = join(dir, 'before-exposure.db');
  const old = new SqliteScreeningStore(path);
  await newRun(old, 'r1');
  const hit = {
    ...{ row: 2, key: 'C1', partyKey: 'p2', entityId: 'e1', caption: 'E', schema: 'Person' },
    ...{ score: 0.9, explanations: {}, datasets: ['t'], entityDigest: 'd' },
  };
  const example = { schema: 'Person', properties: { name: ['E'] } };
  const rows = [{ row: 2, partyKey: 'p2', example, hits: [hit], suppressed: [] }];
  await old.commitBatch(
    'r1',
    { rows, issues: [], cursor: 2, screened: 1 },
    { outBytes: 1, addParties: true, allRows: true, audit },
  );
  await old.close();
  // Make the file look as layout 3 left it: hits without the exposure column.
  const raw = openSqlite(path);
  raw.exec('ALTER TABLE screening_hits DROP COLUMN exposure');
  raw.exec("UPDATE dossier_schema SET version = 3 WHERE domain = 'screening'");
  raw.close();
  const repo = new SqliteScreeningStore(path);
  try {
    const [read] = await all(repo.hits('r1'));
    assert.deepEqual(read, hit);
    const check = openSqlite(path);
    const columns = check.pragma('table_info(screening_hits)') as { name: string }[];
    check.close();
    assert.ok(columns.some((c) => c.name === 'exposure'));
  } finally {
    await repo.close();
  }
});
