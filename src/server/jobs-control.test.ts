/**
 * Who may see a job, and `DELETE /screen/jobs/{id}`: a `screen` key reaches only the jobs it
 * submitted (another's answers 404), an admin key every run; deleting cancels a job that has not
 * ended (a queued one never starts, a running one stops at its last commit and is not resumed by
 * the next server) and deletes its upload, never a command-line run's file, while the run, its
 * results and the audit trail stay.
 */
import { collect } from '../testing/wait.js';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { resumeScreen, screenFile } from '../app/screening/index.js';
import { jrcNames, writeCsv } from '../app/screening/screening-fixture.js';
import { issueKey, type Role } from '../auth/index.js';
import { defaultTools } from '../core/matching/index.js';
import type { RunInfo } from '../core/screening/index.js';
import { type KeyStore, openKeyStore } from '../store/keys/index.js';
import { actorOf } from './actor.js';
import {
  PORTFOLIO,
  type ScreeningFixture,
  screeningStore,
  upload,
  waitForJob,
} from './jobs-fixture.js';
import {
  get,
  heldIndex,
  type JsonResponse,
  readResponse,
  startTestServer,
  type TestServer,
} from './server-fixture.js';

type Who = 'alice' | 'bob' | 'admin' | 'reader';
const ROLES: Record<Who, [Role, string]> = {
  alice: ['screen', 'team a'],
  bob: ['screen', 'team b'],
  admin: ['admin', 'compliance officer'],
  reader: ['read', 'dashboard'],
};

let db: ScreeningFixture;
let keys: KeyStore;
let server: TestServer;
let cliRun: RunInfo;
let cliInput: string;
/**
 * Rows of unlisted names: a job that would run for many seconds. The tests that catch it running
 * stop it within a few hundred rows, however fast or loaded the machine: being that long costs
 * them nothing, and the job cannot finish before it is stopped.
 */
const BIG_ROWS = 30_000;
let big: Buffer;
const token = {} as Record<Who, string>;
const actor = {} as Record<Who, string>;

const BATCH = 20;
const small = () => readFileSync(PORTFOLIO);
const auth = (who: Who) => ({ authorization: `Bearer ${token[who]}` });
const start = (requireKeys = true) =>
  startTestServer(db.store, { repo: db.repo, keys, config: { requireKeys }, jobBatchSize: BATCH });

before(async () => {
  db = await screeningStore();
  keys = openKeyStore(db.path);
  for (const [who, [role, name]] of Object.entries(ROLES) as [Who, [Role, string]][]) {
    const issued = issueKey(role, name);
    await keys.insert(issued.stored);
    token[who] = issued.token;
    actor[who] = actorOf(issued.stored);
  }
  // The command line's run reads a file of the user's: a copy, so that a bug cannot touch docs/.
  cliInput = join(db.path, '..', 'cli-portfolio.csv');
  copyFileSync(PORTFOLIO, cliInput);
  const deps = { store: db.store, repo: db.repo, tools: defaultTools() };
  cliRun = (await screenFile(deps, { input: cliInput, actor: 'cli' })).run;
  const names = jrcNames(3000);
  const rows = Array.from({ length: BIG_ROWS }, (_, i) => [names[i % names.length]!]);
  big = readFileSync(writeCsv(join(db.path, '..', 'big.csv'), ['name'], rows));
  server = await start();
});
after(async () => {
  await server.close();
  await keys.close();
  await db.close();
});

async function submit(who: Who, body: Buffer): Promise<string> {
  const res = await upload(`${server.url}/screen/jobs`, body, 'text/csv', auth(who));
  assert.equal(res.status, 202, JSON.stringify(res.body));
  return res.body.id;
}

async function remove(id: string, who: Who): Promise<JsonResponse> {
  const res = await fetch(`${server.url}/screen/jobs/${id}`, {
    method: 'DELETE',
    headers: auth(who),
  });
  return readResponse(res);
}

const listed = async (who: Who): Promise<string[]> =>
  (await get(`${server.url}/screen/jobs`, auth(who))).body.jobs.map((j: { id: string }) => j.id);

type AuditLine = { kind: string; actor: string; payload: Record<string, unknown> };

/** The audit trail, read from the database (the servers of the last tests have no keys). */
async function auditTrail(): Promise<AuditLine[]> {
  return (await collect(db.repo.auditRecords())) as AuditLine[];
}

const about = (trail: AuditLine[], kind: string, run: string) =>
  trail.filter((r) => r.kind === kind && r.payload.run === run);

test('a screen key sees, downloads and deletes only its own jobs; an admin key sees every run', async () => {
  const mine = await submit('alice', small());
  const theirs = await submit('bob', small());
  assert.equal((await waitForJob(server.url, mine, auth('alice'))).status, 'finished');
  assert.equal((await waitForJob(server.url, theirs, auth('bob'))).status, 'finished');

  assert.deepEqual(await listed('alice'), [mine]);
  assert.deepEqual(await listed('bob'), [theirs]);
  const all = await listed('admin');
  for (const id of [mine, theirs, cliRun.id]) assert.ok(all.includes(id), id);

  const own = await get(`${server.url}/screen/jobs/${mine}`, auth('alice'));
  assert.equal(own.status, 200);
  assert.equal(own.body.by, actor.alice);
  assert.equal((await get(`${server.url}/screen/jobs/${mine}/results`, auth('alice'))).status, 200);

  // Another key's job, and the command line's run, are as unknown as an ID that never was.
  for (const [who, other] of [
    ['alice', theirs],
    ['bob', mine],
    ['alice', cliRun.id],
    ['bob', cliRun.id],
  ] as [Who, string][]) {
    for (const path of ['', '/results', '/report']) {
      const res = await get(`${server.url}/screen/jobs/${other}${path}`, auth(who));
      assert.equal(res.status, 404, `${who} GET ${other}${path}`);
      assert.equal(
        res.body.detail,
        `no screening job with ID ${other} (GET /screen/jobs lists them)`,
      );
    }
    const refused = await remove(other, who);
    assert.equal(refused.status, 404, `${who} DELETE ${other}`);
  }
  // The refused DELETEs cancelled and recorded nothing: each upload went as its job finished, by
  // the server, and by no one else.
  const removedBy = async (id: string) =>
    about(await auditTrail(), 'screen.input-removed', id).map((r) => r.actor);
  assert.deepEqual([await removedBy(mine), await removedBy(theirs)], [['server'], ['server']]);
  assert.deepEqual(about(await auditTrail(), 'screen.cancel', theirs), []);

  const seen = await get(`${server.url}/screen/jobs/${theirs}`, auth('admin'));
  assert.deepEqual([seen.status, seen.body.by], [200, actor.bob]);
  const cli = await get(`${server.url}/screen/jobs/${cliRun.id}`, auth('admin'));
  assert.deepEqual([cli.status, cli.body.via, cli.body.by], [200, 'cli', 'cli']);
  assert.equal(
    (await get(`${server.url}/screen/jobs/${theirs}/report`, auth('admin'))).status,
    200,
  );

  // A read key may not reach jobs at all: 403, whoever's they are.
  assert.equal((await get(`${server.url}/screen/jobs`, auth('reader'))).status, 403);
  assert.equal((await get(`${server.url}/screen/jobs/${mine}`, auth('reader'))).status, 403);
  const byReader = await remove(mine, 'reader');
  assert.equal(byReader.status, 403);
  assert.match(byReader.body.detail, /has role "read"/);
  assert.deepEqual(await removedBy(mine), ['server']);
});

test("a finished job's upload is deleted as it finishes; DELETE then changes nothing; its status, results and report stay", async () => {
  const id = await submit('alice', small());
  const done = await waitForJob(server.url, id, auth('alice'));
  assert.deepEqual([done.status, done.input_removed, done.rows_done], ['finished', true, 13]);
  assert.ok(!db.jobFolders().includes(id), 'the upload folder is gone');
  assert.ok(!existsSync((await db.repo.run(id))!.input));
  const results = (await get(`${server.url}/screen/jobs/${id}/results`, auth('alice'))).body;
  assert.match(results, /unsc-6908555/);
  const report = await get(`${server.url}/screen/jobs/${id}/report`, auth('alice'));
  assert.equal(report.status, 200);
  assert.match(report.body, /C-1007 <span class="muted">\(row 8\)<\/span>: RI WON HO ↔ RI WON HO/);
  let trail = await auditTrail();
  const removals = about(trail, 'screen.input-removed', id);
  assert.deepEqual(
    removals.map((r) => [r.actor, r.payload.input_sha256]),
    [['server', done.input_sha256]],
  );

  // Deleting it now changes nothing and records nothing more.
  const deleted = await remove(id, 'alice');
  assert.equal(deleted.status, 200, JSON.stringify(deleted.body));
  assert.deepEqual(
    [deleted.body.id, deleted.body.status, deleted.body.input_removed, deleted.body.rows_done],
    [id, 'finished', true, 13],
  );
  const job = (await get(`${server.url}/screen/jobs/${id}`, auth('alice'))).body;
  assert.deepEqual(
    [job.status, job.input_removed, job.rows_done, job.hits, job.finished_at],
    ['finished', true, done.rows_done, done.hits, done.finished_at],
  );
  assert.deepEqual(job.problems, done.problems);
  const again = await get(`${server.url}/screen/jobs/${id}/results`, auth('alice'));
  assert.deepEqual([again.status, again.body], [200, results]);
  trail = await auditTrail();
  assert.equal(about(trail, 'screen.input-removed', id).length, 1);
  assert.deepEqual(about(trail, 'screen.cancel', id), [], 'a finished job is not cancelled');
  assert.equal((await get(`${server.url}/audit/verify`, auth('admin'))).body.ok, true);
});

test('a queued job cancelled never runs; a running one stops at its last commit and is not resumed', async () => {
  const running = await submit('alice', big);
  await waitForJob(
    server.url,
    running,
    auth('alice'),
    (j) => j.status === 'running' && j.rows_done >= 2 * BATCH,
  );
  const queued = await submit('alice', small());
  assert.equal(
    (await get(`${server.url}/screen/jobs/${queued}`, auth('alice'))).body.status,
    'queued',
  );

  const unqueued = await remove(queued, 'alice');
  assert.equal(unqueued.status, 200, JSON.stringify(unqueued.body));
  assert.deepEqual(
    [
      unqueued.body.status,
      unqueued.body.input_removed,
      unqueued.body.rows_done,
      unqueued.body.started_at,
    ],
    ['cancelled', true, 0, null],
  );
  assert.ok(!db.jobFolders().includes(queued));

  // An admin stops Alice's running job: the answer comes once it has stopped.
  const stopped = await remove(running, 'admin');
  assert.equal(stopped.status, 200, JSON.stringify(stopped.body));
  assert.deepEqual([stopped.body.status, stopped.body.input_removed], ['cancelled', true]);
  const rowsDone: number = stopped.body.rows_done;
  assert.ok(rowsDone >= 2 * BATCH && rowsDone < BIG_ROWS, `${rowsDone} rows`);
  assert.equal(rowsDone % BATCH, 0, 'it stopped at a batch boundary');
  assert.ok(!db.jobFolders().includes(running));
  const cancelled = (await db.repo.run(running))!;
  assert.deepEqual(
    [cancelled.status, cancelled.pid, cancelled.rowsDone],
    ['cancelled', null, rowsDone],
  );
  assert.equal((await db.repo.rowNumbers(running)).length, rowsDone, 'the committed rows stay');
  const early = await get(`${server.url}/screen/jobs/${running}/results`, auth('alice'));
  assert.equal(early.status, 409);
  assert.match(early.body.detail, /was cancelled after \d+ rows/);

  // The next server starts the jobs left unfinished, in order, before a new one: once a job
  // submitted after the restart has finished, a resumed job would have run.
  await server.close();
  server = await start();
  // (Alice's own: each submitter's jobs keep their order, while other keys' take turns with them.)
  const later = await submit('alice', small());
  assert.equal((await waitForJob(server.url, later, auth('alice'))).status, 'finished');
  for (const id of [running, queued]) {
    const job = (await get(`${server.url}/screen/jobs/${id}`, auth('alice'))).body;
    assert.deepEqual([job.status, job.input_removed], ['cancelled', true], id);
  }
  assert.equal((await db.repo.run(running))!.rowsDone, rowsDone);
  assert.equal((await db.repo.rowNumbers(running)).length, rowsDone);
  assert.deepEqual(await db.repo.rowNumbers(queued), []);
  assert.deepEqual((await db.repo.run(queued))!.versions, {}, 'the queued job never started');
  const deps = { store: db.store, repo: db.repo, tools: defaultTools() };
  await assert.rejects(resumeScreen(deps, running, 'cli'), /run \S+ was cancelled/);

  const trail = await auditTrail();
  const cancels = [queued, running].flatMap((id) => about(trail, 'screen.cancel', id));
  assert.deepEqual(
    cancels.map((r) => [r.actor, r.payload.was, r.payload.rows_done]),
    [
      [actor.alice, 'queued', 0],
      [actor.admin, 'running', rowsDone],
    ],
  );
  assert.equal(cancels[1]!.payload.cursor, cancelled.cursor);
  assert.deepEqual(about(trail, 'screen.start', queued), []);
  assert.deepEqual(about(trail, 'screen.resume', running), []);
  assert.deepEqual(
    about(trail, 'screen.input-removed', running).map((r) => r.actor),
    [actor.admin],
  );
  assert.equal((await get(`${server.url}/audit/verify`, auth('admin'))).body.ok, true);
});

test("a command-line run's file is never deleted: 409, and nothing changes", async () => {
  const before = readFileSync(cliInput);
  const refused = await remove(cliRun.id, 'admin');
  assert.equal(refused.status, 409, JSON.stringify(refused.body));
  assert.match(refused.body.detail, /was made by the command line: its input is a file of its own/);
  assert.deepEqual(readFileSync(cliInput), before);
  assert.deepEqual(await db.repo.run(cliRun.id), cliRun);
  const job = (await get(`${server.url}/screen/jobs/${cliRun.id}`, auth('admin'))).body;
  assert.deepEqual([job.status, job.input_removed], ['finished', false]);
  const trail = await auditTrail();
  assert.deepEqual(about(trail, 'screen.input-removed', cliRun.id), []);
  assert.deepEqual(about(trail, 'screen.cancel', cliRun.id), []);
});

test('on an open server a caller without a key sees every run; a key still sees its own', async () => {
  await server.close();
  server = await start(false);
  const all = (await get(`${server.url}/screen/jobs`)).body.jobs.map((j: { id: string }) => j.id);
  assert.deepEqual(
    all,
    (await db.repo.runs()).map((r) => r.id),
  );
  assert.ok(all.includes(cliRun.id));
  const bobs = (await db.repo.runs()).filter((r) => r.actor === actor.bob).map((r) => r.id);
  assert.equal(bobs.length, 1);
  assert.deepEqual(await listed('bob'), bobs);
  assert.equal((await get(`${server.url}/screen/jobs/${bobs[0]}`)).status, 200);
  assert.equal((await get(`${server.url}/screen/jobs/${bobs[0]}`, auth('alice'))).status, 404);
  const anonymous = await readResponse(
    await fetch(`${server.url}/screen/jobs/${cliRun.id}`, { method: 'DELETE' }),
  );
  assert.equal(anonymous.status, 409);
  assert.ok(existsSync(cliInput));
});

test('a job waiting for the index is cancelled at once, and never starts once it is built', async () => {
  // The index is held until the test lets it be built: the job is sure to be waiting for it.
  const held = heldIndex(db.store);
  const cold = await startTestServer(db.store, {
    repo: db.repo,
    build: false,
    service: held.service,
  });
  try {
    const submitted = await upload(`${cold.url}/screen/jobs`, small(), 'text/csv');
    assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
    const { id } = submitted.body;
    const res = await readResponse(
      await fetch(`${cold.url}/screen/jobs/${id}`, { method: 'DELETE' }),
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(
      [res.body.status, res.body.started_at, res.body.input_removed],
      ['cancelled', null, true],
    );
    assert.equal(cold.service.ready, false, 'answered before the index was built');
    held.release();
    // Jobs run in order: once the next one has finished, the cancelled one had its turn.
    const next = await upload(`${cold.url}/screen/jobs`, small(), 'text/csv');
    assert.equal((await waitForJob(cold.url, next.body.id)).status, 'finished');
    const run = (await db.repo.run(id))!;
    assert.deepEqual([run.status, run.versions, run.rowsDone], ['cancelled', {}, 0]);
    assert.deepEqual(await db.repo.rowNumbers(id), []);
    const trail = await auditTrail();
    assert.deepEqual(about(trail, 'screen.start', id), []);
    assert.deepEqual(
      about(trail, 'screen.cancel', id).map((r) => [r.actor, r.payload.was]),
      [['anonymous', 'queued']],
    );
  } finally {
    held.release();
    await cold.close();
  }
});

test('a stopped job that the next server resumes is cancelled at once while the index is built', async () => {
  const id = (await upload(`${server.url}/screen/jobs`, big, 'text/csv')).body.id;
  await waitForJob(server.url, id, {}, (j) => j.status === 'running' && j.rows_done >= 2 * BATCH);
  await server.close();
  const stopped = (await db.repo.run(id))!;
  assert.deepEqual([stopped.status, stopped.pid], ['running', null], 'interrupted');

  const held = heldIndex(db.store);
  const cold = await startTestServer(db.store, {
    repo: db.repo,
    build: false,
    service: held.service,
    jobBatchSize: BATCH,
  });
  try {
    // The new server resumes it first: it waits for the index, as the job this server works on.
    const res = await readResponse(
      await fetch(`${cold.url}/screen/jobs/${id}`, { method: 'DELETE' }),
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual([res.body.status, res.body.rows_done], ['cancelled', stopped.rowsDone]);
    assert.equal(cold.service.ready, false, 'answered before the index was built');
    held.release();
    const next = await upload(`${cold.url}/screen/jobs`, small(), 'text/csv');
    assert.equal((await waitForJob(cold.url, next.body.id)).status, 'finished');
    const run = (await db.repo.run(id))!;
    assert.deepEqual(
      [run.status, run.rowsDone, run.cursor],
      ['cancelled', stopped.rowsDone, stopped.cursor],
    );
    const trail = await auditTrail();
    assert.deepEqual(about(trail, 'screen.resume', id), [], 'it was never claimed again');
    assert.deepEqual(
      about(trail, 'screen.cancel', id).map((r) => r.payload.rows_done),
      [stopped.rowsDone],
    );
  } finally {
    held.release();
    await cold.close();
  }
  server = await start(false);
});
