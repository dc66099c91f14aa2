/**
 * Decisions over HTTP on a server that requires keys: recorded with the key's name, kept in the
 * database, heeded by the next job (a false positive is held back, a later escalation raises the
 * hit again); roles guard jobs, decisions and the audit trail.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { issueKey, type Role } from '../auth/index.js';
import { openScreeningStore } from '../store/screening/index.js';
import { type KeyStore, openKeyStore } from '../store/keys/index.js';
import {
  jsonLines,
  PORTFOLIO,
  type ScreeningFixture,
  screeningStore,
  upload,
  waitForJob,
} from './jobs-fixture.js';
import { get, person, post, startTestServer, type TestServer } from './server-fixture.js';

let db: ScreeningFixture;
let keys: KeyStore;
let server: TestServer;
const as: Partial<Record<Role, Record<string, string>>> = {};
const ids: Partial<Record<Role, string>> = {};

before(async () => {
  db = await screeningStore();
  keys = openKeyStore(db.path);
  for (const [role, name] of [
    ['read', 'dashboard'],
    ['screen', 'bob'],
    ['admin', 'lead'],
  ] as const) {
    const issued = issueKey(role, name);
    await keys.insert(issued.stored);
    as[role] = { authorization: `Bearer ${issued.token}` };
    ids[role] = issued.stored.id;
  }
  server = await startTestServer(db.store, {
    repo: db.repo,
    keys,
    config: { requireKeys: true },
  });
});
after(async () => {
  await server.close();
  await keys.close();
  await db.close();
});

async function screenPortfolio(): Promise<string> {
  const url = `${server.url}/screen/jobs`;
  const submitted = await upload(url, readFileSync(PORTFOLIO), 'text/csv', as.screen);
  assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  const job = await waitForJob(server.url, submitted.body.id, as.screen);
  assert.equal(job.status, 'finished');
  return job.id;
}

const hitsOf = async (id: string) =>
  jsonLines((await get(`${server.url}/screen/jobs/${id}/results`, as.screen)).body).map(
    (h) => `${h.row} ${h.entity_id}`,
  );

test('roles: jobs and decisions need screen, the audit trail admin; no key is 401', async () => {
  const u = server.url;
  const csv = 'name\nRI WON HO\n';
  assert.equal((await upload(`${u}/screen/jobs`, csv, 'text/csv')).status, 401);
  assert.equal((await upload(`${u}/screen/jobs`, csv, 'text/csv', as.read)).status, 403);
  assert.equal((await get(`${u}/screen/jobs`, as.read)).status, 403);
  assert.equal((await get(`${u}/decisions`, as.read)).status, 403);
  assert.equal((await post(`${u}/decisions`, {}, as.read)).status, 403);
  const forbidden = await get(`${u}/audit/export`, as.screen);
  assert.equal(forbidden.status, 403);
  assert.match(forbidden.body.detail, /has role "screen"; this needs role "admin"/);
  assert.equal((await get(`${u}/audit/verify`, as.screen)).status, 403);
  assert.equal((await get(`${u}/audit/verify`)).status, 401);
  assert.equal((await get(`${u}/audit/verify`, as.admin)).status, 200);
  assert.equal((await get(`${u}/screen/jobs`, as.admin)).status, 200);
});

test('a false positive decided over HTTP is kept and holds the hit back in the next job', async () => {
  const first = await screenPortfolio();
  const job = (await get(`${server.url}/screen/jobs/${first}`, as.screen)).body;
  assert.equal(job.by, `bob (key ${ids.screen})`);
  assert.deepEqual(await hitsOf(first), ['8 unsc-6908555']);

  const decision = {
    run_id: first,
    row: 8,
    entity_id: 'unsc-6908555',
    decision: 'false-positive',
    reason: ' our customer was born in 1975 ',
  };
  const decided = await post(`${server.url}/decisions`, decision, as.screen);
  assert.equal(decided.status, 201, JSON.stringify(decided.body));
  const { id, decided_at, party, entity_digest, ...rest } = decided.body;
  assert.match(`${decided_at} ${party} ${entity_digest}`, /^\S+Z [0-9a-f]{64} [0-9a-f]{64}$/);
  assert.deepEqual(rest, {
    ...{ run_id: first, row: 8, key: 'C-1007', entity_id: 'unsc-6908555' },
    decision: 'false-positive',
    ...{ reason: 'our customer was born in 1975', by: `bob (key ${ids.screen})` },
  });
  const forOther = await post(`${server.url}/decisions`, { ...decision, by: 'alice' }, as.screen);
  assert.equal(forOther.status, 403);
  assert.match(forOther.body.detail, /only an admin key may act for someone else/);

  // Kept in the database: another connection reads it, as the command line would.
  const reader = openScreeningStore(db.path);
  const stored = await reader.decisionList(first);
  await reader.close();
  assert.deepEqual(
    stored.map((d) => [d.id, d.decision, d.actor]),
    [[id, 'false-positive', `bob (key ${ids.screen})`]],
  );

  const second = await screenPortfolio();
  const held = (await get(`${server.url}/screen/jobs/${second}`, as.screen)).body;
  assert.deepEqual([held.hits, held.suppressed], [0, 1]);
  assert.deepEqual(await hitsOf(second), []);

  // A hit is named by its row or by its key (the customer ID), never both or neither.
  const { row: _row, ...byKey } = { ...decision, key: 'C-1007' };
  for (const body of [
    { ...decision, key: 'C-1007' },
    { ...byKey, key: undefined },
  ]) {
    const refused = await post(`${server.url}/decisions`, body, as.screen);
    assert.equal(refused.status, 400, JSON.stringify(refused.body));
    assert.match(refused.body.detail, /"key" \(the customer ID, or line:<n>\) or its "row"/);
  }
  // The latest decision counts: an escalation by an admin, for a reviewer, raises it again. It
  // names the hit by the customer's ID, which a re-sorted file would not change.
  const escalated = await post(
    `${server.url}/decisions`,
    { ...byKey, decision: 'escalate', reason: 'same birth year after all', by: 'alice' },
    as.admin,
  );
  assert.equal(escalated.status, 201);
  assert.deepEqual([escalated.body.row, escalated.body.key], [8, 'C-1007']);
  assert.equal(escalated.body.by, `alice (key ${ids.admin})`);
  const third = await screenPortfolio();
  assert.deepEqual(await hitsOf(third), ['8 unsc-6908555']);

  const listed = (await get(`${server.url}/decisions?run_id=${first}`, as.screen)).body.decisions;
  assert.deepEqual(
    listed.map((d: { decision: string; by: string }) => `${d.decision} ${d.by}`),
    [`false-positive bob (key ${ids.screen})`, `escalate alice (key ${ids.admin})`],
  );
  assert.deepEqual((await get(`${server.url}/decisions?run_id=${second}`, as.screen)).body, {
    decisions: [],
  });
  assert.equal((await get(`${server.url}/decisions`, as.screen)).body.decisions.length, 2);
});

test('the audit trail names the key behind each job, decision and /match', async () => {
  await post(`${server.url}/match/default`, person('YAS AIR'), as.screen);
  const exported = await get(`${server.url}/audit/export`, as.admin);
  const records = exported.body
    .trim()
    .split('\n')
    .map((l: string) => JSON.parse(l));
  const decisions = records.filter((r: { kind: string }) => r.kind === 'decision');
  assert.deepEqual(
    decisions.map((r: { actor: string; payload: { reason: string } }) => [
      r.actor,
      r.payload.reason,
    ]),
    [
      [`bob (key ${ids.screen})`, 'our customer was born in 1975'],
      [`alice (key ${ids.admin})`, 'same birth year after all'],
    ],
  );
  const starts = records.filter((r: { kind: string }) => r.kind === 'screen.start');
  assert.ok(starts.every((r: { actor: string }) => r.actor === `bob (key ${ids.screen})`));
  assert.equal(records.at(-1).kind, 'match');
  assert.equal(records.at(-1).actor, `bob (key ${ids.screen})`);
});
