/**
 * Two `dossier screen --resume` processes on one interrupted run, started together: both find its
 * owner dead, only one may claim it. The other exits at once, naming the winner, having written
 * nothing; every row is recorded once and the audit trail verifies.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { screenFile } from '../app/screening/index.js';
import {
  type Fixture,
  jrcNames,
  screeningFixture,
  UN,
  writeCsv,
} from '../app/screening/screening-fixture.js';
import { openSqlite } from '../store/sqlite/index.js';
import { collect } from '../testing/wait.js';
import { repoRoot } from '../testing/data.js';
import { runCli } from './run.js';

let fx: Fixture;
before(async () => {
  fx = await screeningFixture(UN);
});
after(() => fx.close());

/** A pid that was alive and is not any more, as a crashed run's owner is. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid!;
}

/** Mark the run as a killed process would have left it: running, owned by a dead process. */
function interrupt(runId: string): void {
  const db = openSqlite(fx.db);
  try {
    db.prepare(
      "UPDATE screening_runs SET status = 'running', pid = ?, error = NULL WHERE id = ?",
    ).run(deadPid(), runId);
  } finally {
    db.close();
  }
}

async function resume(runId: string, actor: string) {
  const bin = join(repoRoot, 'bin', 'dossier.js');
  const args = ['screen', '--resume', runId, '--db', fx.db, '--by', actor, '--batch-size', '50'];
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  child.stdout.resume();
  const [code] = (await once(child, 'exit')) as [number];
  return { pid: child.pid!, code, err };
}

test('two resumes of one interrupted run started together: one finishes it, the other writes nothing', async () => {
  const names = jrcNames(1000);
  const rows = Array.from({ length: 1000 }, (_, i) => [`C${i}`, names[i]!]);
  const input = writeCsv(join(fx.dir, 'race.csv'), ['ref', 'name'], rows);
  let commits = 0;
  const stop = () => {
    if (++commits === 4) throw new Error('stopped on purpose');
  };
  const hooks = { batchSize: 50, onCommit: stop };
  await assert.rejects(screenFile(fx, { input, actor: 'first' }, hooks), /stopped on purpose/);
  const [run] = (await fx.repo.runs()).slice(-1);
  interrupt(run!.id);
  const before = (await collect(fx.repo.auditRecords())).length;

  const outcomes = await Promise.all([resume(run!.id, 'a'), resume(run!.id, 'b')]);
  const won = outcomes.filter((o) => o.code === 0);
  const lost = outcomes.filter((o) => o.code !== 0);
  assert.equal(won.length, 1, outcomes.map((o) => o.err).join('\n'));
  assert.match(
    lost[0]!.err,
    new RegExp(`run ${run!.id} is being resumed by process ${won[0]!.pid}`),
  );

  const done = (await fx.repo.run(run!.id))!;
  assert.equal(done.status, 'finished');
  const expected = Array.from({ length: 1000 }, (_, i) => i + 2);
  assert.deepEqual(await fx.repo.rowNumbers(run!.id), expected);
  const added = (await collect(fx.repo.auditRecords())).slice(before).map((r) => r.kind);
  assert.equal(added.filter((k) => k === 'screen.resume').length, 1, added.join(', '));
  const verified = await runCli(['audit', 'verify', '--db', fx.db]);
  assert.equal(verified.code, 0, verified.err);
});
