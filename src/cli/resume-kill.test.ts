/** A screening run killed with SIGKILL in the middle, then resumed: every row once, no duplicates. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from './run.js';
import { repoRoot } from '../testing/data.js';
import { screenFile } from '../app/screening/index.js';
import {
  type Fixture,
  jrcNames,
  jsonLines,
  screeningFixture,
  UN,
  writeCsv,
} from '../app/screening/screening-fixture.js';

let fx: Fixture;
before(async () => {
  fx = await screeningFixture(UN);
});
after(() => fx.close());

/** 4,000 rows: unlisted names, a listed one in every 25, and a row without a name in every 400. */
function portfolio(path: string): string {
  const names = jrcNames(3000);
  const listed = ['RI WON HO', 'YAS AIR', 'TAMAS COMPANY', 'MOHAMMAD REZA ZAHEDI', 'TIZ PARS'];
  const rows = Array.from({ length: 4000 }, (_, i) => {
    if (i % 400 === 399) return [`C${i}`, '', 'no name'];
    const name = i % 25 === 0 ? listed[(i / 25) % listed.length]! : names[i % names.length]!;
    return [`C${i}`, name, i % 7 === 0 ? 'a note\non two lines' : ''];
  });
  return writeCsv(path, ['ref', 'name', 'notes'], rows);
}

const sizeOf = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

/** Run the command line in a child and kill it once the hits file has `bytes`. */
async function killMidway(input: string, out: string, bytes: number) {
  const bin = join(repoRoot, 'bin', 'dossier.js');
  const args = [
    'screen',
    input,
    '--out',
    out,
    '--db',
    fx.db,
    '--by',
    'killed',
    '--batch-size',
    '50',
  ];
  const child = spawn(process.execPath, [bin, ...args], { stdio: 'ignore' });
  // Killed wherever it is in a batch: writing hits, committing, or matching.
  while (sizeOf(out) < bytes && child.exitCode === null) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  child.kill('SIGKILL');
  await once(child, 'exit');
  assert.equal(child.signalCode, 'SIGKILL', 'the run finished before it could be killed');
}

test('a run killed with SIGKILL resumes without losing or repeating a row', async () => {
  const input = portfolio(join(fx.dir, 'big.csv'));
  const reference = await screenFile(fx, {
    input,
    output: join(fx.dir, 'ref.jsonl'),
    actor: 'ref',
  });
  const expected = readFileSync(join(fx.dir, 'ref.jsonl'), 'utf8');
  assert.ok(reference.run.hits > 100, 'the portfolio must raise hits all along');

  const out = join(fx.dir, 'killed.jsonl');
  await killMidway(input, out, expected.length / 3);
  const killed = (await fx.repo.runs()).find((r) => r.actor === 'killed')!;
  assert.equal(killed.status, 'running');
  assert.ok(killed.rowsDone > 0 && killed.rowsDone < reference.run.rowsDone, `${killed.rowsDone}`);
  const listed = await runCli(['runs', '--json', '--db', fx.db]);
  const shown = JSON.parse(listed.out).find((r: { id: string }) => r.id === killed.id);
  assert.equal(shown.status, 'interrupted');

  const resumed = await runCli(['screen', '--resume', killed.id, '--db', fx.db, '--by', 'resumer']);
  assert.equal(resumed.code, 0, resumed.err);
  const done = (await fx.repo.run(killed.id))!;
  assert.equal(done.status, 'finished');
  assert.equal(done.rowsDone, reference.run.rowsDone);
  assert.equal(done.hits, reference.run.hits);
  assert.equal(done.issues, reference.run.issues);
  assert.deepEqual(await fx.repo.rowNumbers(killed.id), await fx.repo.rowNumbers(reference.run.id));
  const lines = jsonLines(out) as { row: number; entity_id: string }[];
  const pairs = lines.map((l) => `${l.row} ${l.entity_id}`);
  assert.equal(new Set(pairs).size, pairs.length, 'a hit was written twice');
  assert.equal(readFileSync(out, 'utf8'), expected);
  const verified = await runCli(['audit', 'verify', '--db', fx.db]);
  assert.equal(verified.code, 0, verified.err);
});
