/**
 * Uploads are not left behind: a job's folder goes as the job finishes or fails (its results stay
 * in the database), a cancelled job's at once, and a server that starts removes the folders no
 * job will read again (jobs that ended before their folder went, entries no run knows) while it
 * keeps those of the jobs it resumes: an interrupted job keeps its upload.
 */
import { collect } from '../testing/wait.js';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { JobRunner, queueScreen } from '../app/screening/index.js';
import { jrcNames, writeCsv } from '../app/screening/screening-fixture.js';
import { defaultTools } from '../core/matching/index.js';
import { timestamp } from '../core/screening/index.js';
import {
  PORTFOLIO,
  type ScreeningFixture,
  screeningStore,
  upload,
  waitForJob,
} from './jobs-fixture.js';
import { get, heldIndex, readResponse, startTestServer } from './server-fixture.js';

let db: ScreeningFixture;
let big: Buffer;
/** Interrupted by the first test's server, resumed by the second's. */
let running: string;

before(async () => {
  db = await screeningStore();
  const names = jrcNames(3000);
  const rows = Array.from({ length: 30_000 }, (_, i) => [names[i % names.length]!]);
  big = readFileSync(writeCsv(join(db.path, '..', 'big.csv'), ['name'], rows));
});
after(() => db.close());

async function submit(url: string, body: Buffer): Promise<string> {
  const res = await upload(`${url}/screen/jobs`, body, 'text/csv');
  assert.equal(res.status, 202, JSON.stringify(res.body));
  return res.body.id;
}

/** Who removed each run's upload, by the audit trail. */
async function removals(): Promise<Map<string, string[]>> {
  const trail = (await collect(db.repo.auditRecords())) as {
    kind: string;
    actor: string;
    payload: { run: string };
  }[];
  const by = new Map<string, string[]>();
  for (const r of trail.filter((r) => r.kind === 'screen.input-removed')) {
    by.set(r.payload.run, [...(by.get(r.payload.run) ?? []), r.actor]);
  }
  return by;
}

/** A stray entry of the jobs folder, as an upload cut off by a crash leaves it. */
function stray(name: string, hoursAgo: number): void {
  const folder = join(`${db.path}.jobs`, name);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'input.csv');
  writeFileSync(file, 'name\nSOMEONE\n');
  const then = new Date(Date.now() - hoursAgo * 3600 * 1000);
  utimesSync(file, then, then);
  utimesSync(folder, then, then);
}

test('a job loses its upload as it finishes or fails, a cancelled one at once; an interrupted one keeps it', async () => {
  // The index is held, so that the second job's file can change before it starts: it fails.
  const held = heldIndex(db.store);
  const server = await startTestServer(db.store, {
    repo: db.repo,
    jobBatchSize: 20,
    service: held.service,
    build: false,
  });
  try {
    // The first is at work (waiting for the index); the second waits its turn, unchecked yet.
    const finished = await submit(server.url, readFileSync(PORTFOLIO));
    const failing = await submit(server.url, readFileSync(PORTFOLIO));
    writeFileSync(join(`${db.path}.jobs`, failing, 'input.csv'), 'name\nSOMEONE ELSE\n');
    held.release();
    const failed = await waitForJob(server.url, failing);
    assert.deepEqual([failed.status, failed.input_removed], ['failed', true]);
    assert.match(failed.error, /has changed since the run started/);
    const done = await waitForJob(server.url, finished);
    assert.deepEqual([done.status, done.input_removed, done.rows_done], ['finished', true, 13]);
    assert.deepEqual(db.jobFolders(), [], 'both uploads are gone');
    const by = await removals();
    assert.deepEqual([by.get(failing), by.get(finished)], [['server'], ['server']]);
    // Results are not the upload: they still download.
    const results = await get(`${server.url}/screen/jobs/${finished}/results`);
    assert.equal(results.status, 200);
    assert.match(results.body, /unsc-6908555/);

    running = await submit(server.url, big);
    const cancelled = await submit(server.url, readFileSync(PORTFOLIO));
    await waitForJob(server.url, running, {}, (j) => j.status === 'running' && j.rows_done >= 20);
    const res = await readResponse(
      await fetch(`${server.url}/screen/jobs/${cancelled}`, { method: 'DELETE' }),
    );
    assert.deepEqual([res.body.status, res.body.input_removed], ['cancelled', true]);
    assert.deepEqual(db.jobFolders(), [running], "the cancelled job's upload is gone");
  } finally {
    held.release();
    await server.close();
  }
  const interrupted = (await db.repo.run(running))!;
  assert.deepEqual([interrupted.status, interrupted.inputRemovedAt], ['running', null]);
  assert.deepEqual(db.jobFolders(), [running], 'kept, to be resumed');
});

test('a start removes the uploads of jobs that ended before theirs went, and strays, and keeps a resumed job', async () => {
  // A job that failed as a server stopped, before its upload was removed.
  const deps = { store: db.store, repo: db.repo, tools: defaultTools() };
  const slots = new JobRunner(
    { ...deps, service: heldIndex(db.store).service },
    {
      dir: `${db.path}.jobs`,
    },
  );
  const slot = slots.newSlot('csv');
  writeFileSync(slot.path, readFileSync(PORTFOLIO));
  const ended = (await queueScreen(deps, { ...slot, input: slot.path, actor: 't', via: 'api' })).id;
  await db.repo.finishRun(ended, 'failed', timestamp(), null, 'the server stopped');
  stray('20200101-000000-deadbeef', 2);
  stray('20200101-000000-0badf00d', 0);
  assert.deepEqual(
    db.jobFolders().sort(),
    ['20200101-000000-0badf00d', '20200101-000000-deadbeef', ended, running].sort(),
  );

  // The index is held: the resumed job waits for it, and the folders are as the start left them.
  const held = heldIndex(db.store);
  const server = await startTestServer(db.store, {
    repo: db.repo,
    jobBatchSize: 20,
    service: held.service,
    build: false,
  });
  try {
    assert.deepEqual(
      db.jobFolders().sort(),
      ['20200101-000000-0badf00d', running].sort(),
      'the interrupted job and an upload that may be arriving (written to just now) are kept',
    );
    assert.notEqual((await db.repo.run(ended))!.inputRemovedAt, null, 'the run says so');
    assert.deepEqual((await removals()).get(ended), ['server']);
  } finally {
    held.release();
    await server.close();
  }
});
