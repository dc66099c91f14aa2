/**
 * Uploads are not left behind: a cancelled job's folder goes at once, and a server that starts
 * removes the folders no job will read again (jobs that ended, entries no run knows) while it
 * keeps those of the jobs it resumes.
 */
import { collect } from '../testing/wait.js';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { jrcNames, writeCsv } from '../app/screening/screening-fixture.js';
import {
  PORTFOLIO,
  type ScreeningFixture,
  screeningStore,
  upload,
  waitForJob,
} from './jobs-fixture.js';
import { heldIndex, readResponse, startTestServer } from './server-fixture.js';

let db: ScreeningFixture;
let big: Buffer;

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

test('a cancelled job loses its upload; a restart removes the uploads of ended jobs and strays, and keeps a resumed job', async () => {
  const first = await startTestServer(db.store, { repo: db.repo, jobBatchSize: 20 });
  const finished = await submit(first.url, readFileSync(PORTFOLIO));
  assert.equal((await waitForJob(first.url, finished)).status, 'finished');
  const running = await submit(first.url, big);
  const cancelled = await submit(first.url, readFileSync(PORTFOLIO));
  await waitForJob(first.url, running, {}, (j) => j.status === 'running' && j.rows_done >= 20);
  const res = await readResponse(
    await fetch(`${first.url}/screen/jobs/${cancelled}`, { method: 'DELETE' }),
  );
  assert.deepEqual([res.body.status, res.body.input_removed], ['cancelled', true]);
  assert.ok(!db.jobFolders().includes(cancelled), "the cancelled job's upload is gone");
  await first.close();
  assert.equal((await db.repo.run(running))!.status, 'running', 'interrupted, to be resumed');

  stray('20200101-000000-deadbeef', 2);
  stray('20200101-000000-0badf00d', 0);
  assert.deepEqual(
    db.jobFolders().sort(),
    ['20200101-000000-0badf00d', '20200101-000000-deadbeef', finished, running].sort(),
  );

  // The index is held: the resumed job waits for it, and the folders are as the start left them.
  const held = heldIndex(db.store);
  const second = await startTestServer(db.store, {
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
    const job = (await db.repo.run(finished))!;
    assert.notEqual(job.inputRemovedAt, null, 'the finished job says its upload is gone');
    const trail = (await collect(db.repo.auditRecords())) as {
      kind: string;
      actor: string;
      payload: { run: string };
    }[];
    const removals = trail.filter(
      (r) => r.kind === 'screen.input-removed' && r.payload.run === finished,
    );
    assert.deepEqual(
      removals.map((r) => r.actor),
      ['server'],
    );
  } finally {
    held.release();
    await second.close();
  }
});
