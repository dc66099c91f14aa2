/**
 * The audit trail over HTTP: each /match and /reconcile request is one record with its queries,
 * list versions, algorithm, threshold and results; the export carries what anyone needs to check
 * the hashes; /audit/verify finds a record changed or removed behind the server's back.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openSqlite } from '../store/sqlite/index.js';
import { canonicalJson, sha256 } from '../core/screening/index.js';
import { type ScreeningFixture, screeningStore, upload, waitForJob } from './jobs-fixture.js';
import { get, person, post, postForm, startTestServer, type TestServer } from './server-fixture.js';

let db: ScreeningFixture;
let server: TestServer;

before(async () => {
  db = await screeningStore();
  server = await startTestServer(db.store, { repo: db.repo });
});
after(async () => {
  await server.close();
  await db.close();
});

// biome-ignore lint/suspicious/noExplicitAny: tests read records freely
async function exported(): Promise<any[]> {
  const res = await get(`${server.url}/audit/export`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/x-ndjson');
  return res.body
    .split('\n')
    .filter((l: string) => l !== '')
    .map((l: string) => JSON.parse(l));
}

test('a /match request is one audit record: who, when, queries, lists, settings, results', async () => {
  const before = (await exported()).length;
  const body = {
    queries: {
      ri: { schema: 'Person', properties: { name: ['RI WON HO'] } },
      yas: { schema: 'Organization', properties: { name: 'YAS AIR' } },
    },
  };
  const answer = await post(`${server.url}/match/default?threshold=0.8&limit=2`, body);
  assert.equal(answer.status, 200);
  const records = await exported();
  assert.equal(records.length, before + 1, 'one record for a batch of two queries');
  const record = records.at(-1);
  assert.equal(record.kind, 'match');
  assert.equal(record.actor, 'anonymous');
  assert.ok(Math.abs(Date.parse(record.at) - Date.now()) < 60_000);
  const { payload } = record;
  assert.deepEqual(
    [payload.dataset, payload.versions, payload.algorithm, payload.threshold],
    ['default', { un: 1 }, 'dossier-v1', 0.8],
  );
  assert.equal(payload.limit, 2);
  assert.deepEqual(payload.params, { threshold: ['0.8'], limit: ['2'] });
  assert.deepEqual(payload.queries.ri.properties, { name: ['RI WON HO'] });
  assert.deepEqual(payload.queries.yas.properties, { name: ['YAS AIR'] });
  for (const key of ['ri', 'yas']) {
    const returned = answer.body.responses[key].results.map((r: { id: string; score: number }) => ({
      id: r.id,
      score: r.score,
    }));
    assert.deepEqual(payload.results[key], returned, key);
  }
  assert.equal(payload.results.ri[0].id, 'unsc-6908555');
  assert.equal(payload.weights, undefined);
  // Replaced weights change the scores, so the record keeps them.
  await post(`${server.url}/match/default`, { ...body, weights: { name_match: 0.9 } });
  assert.deepEqual((await exported()).at(-1).payload.weights, { name_match: 0.9 });
});

test('/reconcile requests are recorded too; a refused request is not', async () => {
  const before = (await exported()).length;
  const queries = JSON.stringify({ q0: { query: 'RI WON HO', type: 'Person' } });
  assert.equal((await postForm(`${server.url}/reconcile/un`, { queries })).status, 200);
  assert.equal(
    (await post(`${server.url}/match/default`, person('x', { nope: ['1'] }))).status,
    400,
  );
  const records = await exported();
  assert.equal(records.length, before + 1);
  const { kind, payload } = records.at(-1);
  assert.equal(kind, 'reconcile');
  assert.deepEqual([payload.dataset, payload.versions], ['un', { un: 1 }]);
  assert.equal(payload.queries.q0.query, 'RI WON HO');
  assert.deepEqual(payload.results.q0[0], { id: 'unsc-6908555', score: 100 });
});

test('the export as JSON lines and CSV: every hash can be recomputed; verify agrees', async () => {
  const job = await upload(`${server.url}/screen/jobs`, 'name\nRI WON HO\n', 'text/csv');
  await waitForJob(server.url, job.body.id);
  const records = await exported();
  for (const { hash, payload, ...rest } of records) {
    // Layout 2: the hash covers the payload's SHA-256, which covers the payload.
    assert.equal(rest.layout, 2);
    assert.equal(sha256(canonicalJson(payload)), rest.payload_sha256);
    assert.equal(sha256(canonicalJson(rest)), hash);
  }
  assert.deepEqual(
    records.map((r) => r.seq),
    records.map((_, i) => i + 1),
  );
  const kinds = records.map((r) => r.kind);
  for (const kind of ['match', 'reconcile', 'screen.start', 'screen.batch', 'screen.finish']) {
    assert.ok(kinds.includes(kind), kind);
  }
  const csv = await get(`${server.url}/audit/export?format=csv`);
  assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
  const lines = csv.body.trim().split('\r\n');
  assert.equal(lines[0], 'seq,at,kind,actor,payload,prev,hash,layout,payload_sha256,pruned');
  assert.equal(lines.length, records.length + 1);
  assert.ok(lines.at(-1).endsWith(`,${records.at(-1).hash},2,${records.at(-1).payload_sha256},`));
  const verified = await get(`${server.url}/audit/verify`);
  assert.deepEqual(verified.body, {
    ok: true,
    records: records.length,
    pruned: 0,
    head: { seq: records.length, hash: records.at(-1).hash },
  });
});

test('/audit/verify?expect_head= holds against the head kept elsewhere, and fails on another', async () => {
  const last = (await exported()).at(-1);
  const held = await get(`${server.url}/audit/verify?expect_head=${last.seq}:${last.hash}`);
  assert.equal(held.body.ok, true);
  const other = `${last.seq}:${'0'.repeat(64)}`;
  const rewritten = (await get(`${server.url}/audit/verify?expect_head=${other}`)).body;
  assert.deepEqual([rewritten.ok, rewritten.broken_at], [false, last.seq]);
  assert.match(rewritten.problem, /is not the head kept elsewhere/);
  const beyond = (await get(`${server.url}/audit/verify?expect_head=${last.seq + 1}:${last.hash}`))
    .body;
  assert.equal(beyond.ok, false);
  assert.match(beyond.problem, /ends before record \d+, the head kept elsewhere/);
  assert.equal((await get(`${server.url}/audit/verify?expect_head=abc`)).status, 400);
});

/** Change the database behind the server's back, as someone with the file could. */
function tamper(sql: string): void {
  const conn = openSqlite(db.path);
  // The triggers stop mistakes; someone set on tampering drops them, and the chain shows it.
  conn.exec('DROP TRIGGER IF EXISTS screening_audit_no_update');
  conn.exec('DROP TRIGGER IF EXISTS screening_audit_no_delete');
  conn.exec('DROP TRIGGER IF EXISTS screening_audit_payloads_no_update');
  assert.equal(conn.prepare(sql).run().changes, 1, sql);
  conn.close();
}

test('/audit/verify names the first record changed, then one deleted at the end', async () => {
  const records = await exported();
  const match = records.find((r) => r.kind === 'match');
  tamper(
    `UPDATE screening_audit_payloads
     SET payload = replace(payload, '"threshold":0.8', '"threshold":0.5') WHERE seq = ${match.seq}`,
  );
  const changed = await get(`${server.url}/audit/verify`);
  assert.equal(changed.status, 200);
  assert.deepEqual(changed.body, {
    ok: false,
    broken_at: match.seq,
    problem: 'its payload does not match its payload hash (it was changed)',
    detail: `the audit trail is broken at record ${match.seq}: its payload does not match its payload hash (it was changed)`,
  });
  tamper(
    `UPDATE screening_audit_payloads
     SET payload = replace(payload, '"threshold":0.5', '"threshold":0.8') WHERE seq = ${match.seq}`,
  );
  assert.equal((await get(`${server.url}/audit/verify`)).body.ok, true);
  tamper(`DELETE FROM screening_audit WHERE seq = ${records.length}`);
  const cut = (await get(`${server.url}/audit/verify`)).body;
  assert.deepEqual([cut.ok, cut.broken_at], [false, records.length]);
  assert.match(cut.problem, /the trail ends before record \d+, the last one written/);
});
