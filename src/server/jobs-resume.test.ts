/**
 * A server closed while a job runs (and another waits): the job stops at its last commit, and
 * the next server on the same database resumes it and starts the waiting one, so that every row
 * is screened once, none lost and none repeated.
 */
import { collect } from '../testing/wait.js';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { hitText } from '../app/screening/index.js';
import { liveStatus } from '../app/screening/index.js';
import { screenFile } from '../app/screening/index.js';
import { jrcNames, writeCsv } from '../app/screening/screening-fixture.js';
import { defaultTools } from '../core/matching/index.js';
import type { RunInfo } from '../core/screening/index.js';
import { type ScreeningFixture, screeningStore, upload, waitForJob } from './jobs-fixture.js';
import { get, startTestServer } from './server-fixture.js';

let db: ScreeningFixture;
let input: string;
let reference: RunInfo;

/** 1,200 rows: unlisted names, a listed one in every 25, a row without a name in every 400. */
function portfolio(path: string): string {
  const names = jrcNames(1200);
  const listed = ['RI WON HO', 'YAS AIR', 'TAMAS COMPANY', 'MOHAMMAD REZA ZAHEDI', 'TIZ PARS'];
  const rows = names.map((name, i) => {
    if (i % 400 === 399) return [`C${i}`, ''];
    return [`C${i}`, i % 25 === 0 ? listed[(i / 25) % listed.length]! : name];
  });
  return writeCsv(path, ['ref', 'name'], rows);
}

const hitLines = async (runId: string) =>
  (await collect(db.repo.hits(runId))).map((h) => hitText('jsonl', h)).join('');

before(async () => {
  db = await screeningStore();
  input = portfolio(join(db.path, '..', 'portfolio.csv'));
  const deps = { store: db.store, repo: db.repo, tools: defaultTools() };
  reference = (await screenFile(deps, { input, actor: 'reference' })).run;
});
after(() => db.close());

test('a job stopped by the server closing resumes on restart without losing or repeating a row', async () => {
  const body = readFileSync(input);
  const first = await startTestServer(db.store, { repo: db.repo, jobBatchSize: 20 });
  const running = (await upload(`${first.url}/screen/jobs`, body, 'text/csv')).body.id;
  const waiting = (await upload(`${first.url}/screen/jobs`, body, 'text/csv')).body.id;
  await waitForJob(first.url, running, {}, (j) => j.status === 'running' && j.rows_done >= 100);
  assert.equal((await get(`${first.url}/screen/jobs/${waiting}`)).body.status, 'queued');
  await first.close();

  const stopped = (await db.repo.run(running))!;
  assert.equal(liveStatus(stopped), 'interrupted');
  assert.equal(stopped.pid, null);
  assert.ok(
    stopped.rowsDone >= 100 && stopped.rowsDone < reference.rowsDone,
    `${stopped.rowsDone}`,
  );
  assert.equal((await db.repo.run(waiting))!.status, 'queued');

  const second = await startTestServer(db.store, { repo: db.repo, jobBatchSize: 20 });
  try {
    for (const id of [running, waiting]) {
      const job = await waitForJob(second.url, id);
      assert.equal(job.status, 'finished', job.error);
      assert.deepEqual(
        [job.rows_done, job.hits, job.issues],
        [reference.rowsDone, reference.hits, reference.issues],
        id,
      );
      assert.deepEqual(await db.repo.rowNumbers(id), await db.repo.rowNumbers(reference.id), id);
      const results = await get(`${second.url}/screen/jobs/${id}/results`);
      assert.equal(results.body, await hitLines(reference.id), id);
    }
    const trail = (await get(`${second.url}/audit/export`)).body
      .trim()
      .split('\n')
      .map((l: string) => JSON.parse(l));
    const resumed = trail.filter((r: { kind: string }) => r.kind === 'screen.resume');
    assert.deepEqual(
      resumed.map((r: { payload: { run: string; rows_done: number } }) => r.payload),
      [{ run: running, cursor: stopped.cursor, rows_done: stopped.rowsDone }],
    );
    assert.deepEqual((await get(`${second.url}/audit/verify`)).body.ok, true);
  } finally {
    await second.close();
  }
});
