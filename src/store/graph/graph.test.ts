import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildCsr, neighboursOf } from '../../core/graph/index.js';
import { openSqlite } from '../sqlite/index.js';
import { graphStoreConformance } from './conformance.js';
import { openGraphStore, SqliteGraphStore } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-graph-'));
let n = 0;
graphStoreConformance('sqlite', async () => new SqliteGraphStore(join(dir, `g${n++}.db`)));

test('sqlite graph: the layout is recorded as the graph domain, version 1', async () => {
  const path = join(dir, 'schema.db');
  const graph = openGraphStore(path);
  await graph.upsert({ nodes: [{ id: 'a', schema: 'Company', caption: 'A' }] });
  await graph.close();
  const again = openGraphStore(path);
  assert.equal((await again.getNode('a'))?.caption, 'A');
  await again.close();
  const db = openSqlite(path, { readonly: true });
  const row = db.prepare("SELECT version FROM dossier_schema WHERE domain = 'graph'").get();
  db.close();
  assert.deepEqual(row, { version: 1 });
});

test('sqlite graph: neighbours of a node are read through an index, from either end', () => {
  const path = join(dir, 'plan.db');
  new SqliteGraphStore(path).close();
  const db = openSqlite(path, { readonly: true });
  const plan = (sql: string) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
      .map((r) => r.detail)
      .join('; ');
  assert.match(
    plan("SELECT * FROM graph_edges WHERE source = 'x' AND type = 'ownership'"),
    /graph_edges_out/,
  );
  assert.match(plan("SELECT * FROM graph_edges WHERE target = 'x'"), /graph_edges_in/);
  assert.match(plan("DELETE FROM graph_edges WHERE prov_dataset = 'x'"), /graph_edges_by_dataset/);
  db.close();
});

test('a PostgreSQL location is refused with a clear message', () => {
  assert.throws(() => openGraphStore('postgres://localhost/dossier'), /PostgreSQL backend/);
});

test('sqlite graph: the id-ordered streams build the compact arrays', async () => {
  const graph = openGraphStore(join(dir, 'csr.db'));
  const provenance = { kind: 'statement' as const, dataset: 'd', statementId: 's' };
  await graph.upsert({
    nodes: ['c', 'a', 'b'].map((id) => ({ id, schema: 'Company', caption: id })),
    edges: [
      { id: 'e2', type: 'ownership', source: 'a', target: 'c', percentage: 60, provenance },
      { id: 'e1', type: 'ownership', source: 'a', target: 'b', percentage: 50, provenance },
    ],
  });
  const csr = await buildCsr(graph.streamNodes(), graph.streamEdges());
  assert.deepEqual(csr.nodeIds, ['a', 'b', 'c']);
  const out = [...neighboursOf(csr.out, csr.indexOf('a'))];
  assert.deepEqual(
    out.map(([node, edge]) => [csr.nodeIds[node], csr.share[edge]]),
    [
      ['b', 50],
      ['c', 60],
    ],
  );
  await graph.close();
});

test('sqlite graph: the revision moves with every write, from this store or another', async () => {
  const path = join(dir, 'revision.db');
  const graph = openGraphStore(path);
  const other = openGraphStore(path);
  const r0 = await graph.revision();
  await graph.getNode('a');
  assert.equal(await graph.revision(), r0, 'a read changes nothing');
  await graph.upsert({ nodes: [{ id: 'a', schema: 'Company', caption: 'A' }] });
  const r1 = await graph.revision();
  assert.notEqual(r1, r0);
  await other.upsert({ nodes: [{ id: 'b', schema: 'Company', caption: 'B' }] });
  const r2 = await graph.revision();
  assert.notEqual(r2, r1, 'a write through another connection is seen');
  await graph.removeEdgesFrom({ dataset: 'none' });
  assert.equal(await graph.revision(), r2, 'removing nothing changes nothing');
  await graph.close();
  await other.close();
});
