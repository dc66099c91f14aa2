/**
 * A job's held-back hits and audit records over HTTP on a server that requires keys: both need
 * role screen and the job's own key (or admin); a second run of the same portfolio after a false
 * positive lists the hit held back with the decision that held it; a new decision on it (reopen)
 * raises it again in the next run; the job's audit records are its own start, batches, finish,
 * upload removal and decisions, with batches summed up rather than listed row by row.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { issueKey, type Role } from '../auth/index.js';
import { type KeyStore, openKeyStore } from '../store/keys/index.js';
import {
  PORTFOLIO,
  type ScreeningFixture,
  screeningStore,
  upload,
  waitForJob,
} from './jobs-fixture.js';
import { get, post, startTestServer, type TestServer } from './server-fixture.js';

let db: ScreeningFixture;
let keys: KeyStore;
let server: TestServer;
const as: Partial<Record<Role | 'other', Record<string, string>>> = {};

before(async () => {
  db = await screeningStore();
  keys = openKeyStore(db.path);
  for (const [role, name] of [
    ['read', 'dashboard'],
    ['screen', 'bob'],
    ['other', 'carol'],
    ['admin', 'lead'],
  ] as const) {
    const issued = issueKey(role === 'other' ? 'screen' : role, name);
    await keys.insert(issued.stored);
    as[role] = { authorization: `Bearer ${issued.token}` };
  }
  server = await startTestServer(db.store, { repo: db.repo, keys, config: { requireKeys: true } });
});
after(async () => {
  await server.close();
  await keys.close();
  await db.close();
});

async function screenPortfolio(): Promise<string> {
  const submitted = await upload(
    `${server.url}/screen/jobs`,
    readFileSync(PORTFOLIO),
    'text/csv',
    as.screen,
  );
  assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  const job = await waitForJob(server.url, submitted.body.id, as.screen);
  assert.equal(job.status, 'finished');
  return job.id;
}

const held = async (id: string) =>
  (await get(`${server.url}/screen/jobs/${id}/held`, as.screen)).body;

test('held-back hits come with the decision that held them; a new decision reopens', async () => {
  const first = await screenPortfolio();
  assert.deepEqual((await held(first)).held, []);
  const decision = {
    ...{ run_id: first, row: 8, entity_id: 'unsc-6908555' },
    ...{ decision: 'false-positive', reason: 'born in 1975' },
  };
  const decided = await post(`${server.url}/decisions`, decision, as.screen);
  assert.equal(decided.status, 201);

  const second = await screenPortfolio();
  const answer = await held(second);
  assert.equal(answer.held.length, 1);
  const [hit] = answer.held;
  assert.deepEqual([hit.row, hit.key, hit.entity_id], [8, 'C-1007', 'unsc-6908555']);
  assert.ok(hit.score > 0 && hit.explanations);
  assert.deepEqual(
    [hit.held_by.id, hit.held_by.run_id, hit.held_by.decision, hit.held_by.reason],
    [decided.body.id, first, 'false-positive', 'born in 1975'],
  );
  assert.match(hit.held_by.by, /^bob \(key /);

  // Reopening is a decision on the held-back hit in this run: allowed, and heeded next time.
  const reopened = await post(
    `${server.url}/decisions`,
    { ...decision, run_id: second, decision: 'escalate', reason: 'reopened: new address' },
    as.screen,
  );
  assert.equal(reopened.status, 201, JSON.stringify(reopened.body));
  const third = await screenPortfolio();
  assert.deepEqual((await held(third)).held, []);
});

test("a job's audit records: its start, batches, finish and decisions, nothing else", async () => {
  const first = await screenPortfolio();
  await post(
    `${server.url}/decisions`,
    { run_id: first, row: 8, entity_id: 'unsc-6908555', decision: 'match', reason: 'same DOB' },
    as.screen,
  );
  const other = await screenPortfolio();
  const { body, status } = await get(`${server.url}/screen/jobs/${first}/audit`, as.screen);
  assert.equal(status, 200);
  const kinds = body.records.map((r: { kind: string }) => r.kind);
  assert.equal(kinds[0], 'screen.start');
  assert.ok(kinds.includes('screen.batch'));
  assert.ok(kinds.indexOf('screen.finish') > kinds.indexOf('screen.batch'));
  assert.equal(kinds.at(-1), 'decision');
  for (const r of body.records) assert.equal(r.payload.run, first, `${r.seq} ${r.kind}`);
  const batch = body.records.find((r: { kind: string }) => r.kind === 'screen.batch');
  assert.equal(batch.payload.rows > 0 && batch.payload.hits >= 1, true);
  assert.ok(Array.isArray(batch.payload.rows) === false, 'a batch is summed up, not listed');
  const seqs = body.records.map((r: { seq: number }) => r.seq);
  assert.deepEqual(
    seqs,
    [...seqs].sort((a, b) => a - b),
  );
  assert.match(body.records[0].hash, /^[0-9a-f]{64}$/);
  const decision = body.records.at(-1);
  assert.deepEqual([decision.payload.decision, decision.payload.reason], ['match', 'same DOB']);
  const others = (await get(`${server.url}/screen/jobs/${other}/audit`, as.screen)).body;
  assert.ok(others.records.every((r: { seq: number }) => !seqs.includes(r.seq)));
});

test('roles: screen needed; another screen key does not see the job; admin does', async () => {
  const id = await screenPortfolio();
  for (const path of [`/screen/jobs/${id}/held`, `/screen/jobs/${id}/audit`]) {
    assert.equal((await get(`${server.url}${path}`)).status, 401, path);
    assert.equal((await get(`${server.url}${path}`, as.read)).status, 403, path);
    assert.equal((await get(`${server.url}${path}`, as.other)).status, 404, path);
    assert.equal((await get(`${server.url}${path}`, as.admin)).status, 200, path);
    assert.equal((await get(`${server.url}${path}`, as.screen)).status, 200, path);
  }
});
