/**
 * A job another server process starts first, between this runner reading it as queued and
 * starting it: the store lets only one start through, and this runner leaves the job to the
 * winner instead of marking it failed.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { ScreeningStore } from '../../store/screening/index.js';
import { collect, poll } from '../../testing/wait.js';
import { MatchService } from '../matching/index.js';
import { JobRunner } from './job-runner.js';
import { queueScreen } from './screen-service.js';
import { type Fixture, screeningFixture, UN } from './screening-fixture.js';

let fx: Fixture;
before(async () => {
  fx = await screeningFixture(UN);
});
after(() => fx.close());

test('a job started first by another process is left to it, with one start record', async () => {
  const service = new MatchService(fx.store, fx.tools);
  await service.refresh();
  // The other server: alive (our parent), and quicker to start the job than this runner.
  const other = process.ppid;
  const repo: ScreeningStore = Object.create(fx.repo);
  repo.startRun = async (id, versions, pid, audit) => {
    await fx.repo.startRun(id, versions, other, audit);
    return fx.repo.startRun(id, versions, pid, audit);
  };
  const lines: string[] = [];
  const runner = new JobRunner(
    { ...fx, repo, service },
    { dir: `${fx.db}.jobs`, log: (line) => lines.push(line) },
  );
  const slot = runner.newSlot('csv');
  writeFileSync(slot.path, 'name\nRI WON HO\nJane Doe\n');
  const queued = await queueScreen(
    { ...fx, repo },
    { input: slot.path, id: slot.id, actor: 't', via: 'api' },
  );
  assert.deepEqual(await runner.resumeUnfinished(), [queued.id]);
  await poll(
    async () => lines.length,
    (n) => n > 0,
  );
  assert.match(lines[0]!, /not run here: run .* is being resumed by process/);
  const run = (await fx.repo.run(queued.id))!;
  assert.deepEqual([run.status, run.pid, run.error], ['running', other, null]);
  const starts = (await collect(fx.repo.auditRecords())).filter((r) => r.kind === 'screen.start');
  assert.equal(starts.length, 1);
  await runner.stop();
});
