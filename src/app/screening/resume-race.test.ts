/** Two resumes of one run at once: one screens it, the other is refused and writes nothing. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { RunClaimedError, verifyChain } from '../../core/screening/index.js';
import { collect } from '../../testing/wait.js';
import { resumeScreen, screenFile } from './screen-service.js';
import { type Fixture, screeningFixture, UN, writeCsv } from './screening-fixture.js';

let fx: Fixture;
before(async () => {
  fx = await screeningFixture(UN);
});
after(() => fx.close());

test('two resumes of one stopped run started together: one finishes it, the other writes nothing', async () => {
  const names = ['RI WON HO', 'Jane Doe', 'YAS AIR', 'TAMAS COMPANY', 'John Smith', 'TIZ PARS'];
  const rows = Array.from({ length: 30 }, (_, i) => [`${names[i % names.length]}`, `C${i}`]);
  const input = writeCsv(join(fx.dir, 'race.csv'), ['name', 'ref'], rows);
  const reference = join(fx.dir, 'race-reference.jsonl');
  await screenFile(fx, { input, output: reference, actor: 't' });
  const output = join(fx.dir, 'race.jsonl');
  const stop = () => {
    throw new Error('stopped on purpose');
  };
  await assert.rejects(
    screenFile(fx, { input, output, actor: 't' }, { batchSize: 4, onCommit: stop }),
  );
  const [stopped] = (await fx.repo.runs()).slice(-1);
  const before = (await collect(fx.repo.auditRecords())).length;

  const outcomes = await Promise.allSettled([
    resumeScreen(fx, stopped!.id, 'first', { batchSize: 4 }),
    resumeScreen(fx, stopped!.id, 'second', { batchSize: 4 }),
  ]);
  const won = outcomes.filter((o) => o.status === 'fulfilled');
  const lost = outcomes.filter((o) => o.status === 'rejected');
  assert.equal(won.length, 1, 'exactly one resume must finish the run');
  const reason = (lost[0] as PromiseRejectedResult).reason as Error;
  assert.ok(reason instanceof RunClaimedError, String(reason));
  assert.match(reason.message, new RegExp(`run ${stopped!.id} is being resumed by process`));

  const done = (await fx.repo.run(stopped!.id))!;
  assert.equal(done.status, 'finished');
  assert.deepEqual(
    await fx.repo.rowNumbers(stopped!.id),
    Array.from({ length: 30 }, (_, i) => i + 2),
  );
  assert.equal(readFileSync(output, 'utf8'), readFileSync(reference, 'utf8'));
  const records = await collect(fx.repo.auditRecords());
  const added = records.slice(before).map((r) => r.kind);
  assert.equal(added.filter((k) => k === 'screen.resume').length, 1, added.join(', '));
  assert.ok(verifyChain(records, await fx.repo.auditHead()).ok);
});
