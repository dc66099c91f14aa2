/**
 * Reviewers' splits of designations are in the audit trail: `designations split` and `unsplit`
 * each append a record (who, when, the pair, the reason), and `audit verify` fails when the
 * designation store keeps a split the trail has no record of.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDesignationStore } from '../../store/designations/index.js';
import { fixtureFolder } from '../../testing/fixtures.js';
import { runCli } from '../run.js';

const line = (id: string, schema: string, properties: Record<string, string[]>) =>
  `${JSON.stringify({ id, schema, properties })}\n`;

async function twoLists(): Promise<string> {
  const write = fixtureFolder('designations-audit');
  const list = (prefix: string, name: string, ref: string) =>
    line(`${prefix}-1`, 'Person', { name: [name], topics: ['sanction'] }) +
    line(`${prefix}-1-sanction`, 'Sanction', { entity: [`${prefix}-1`], unscId: [ref] });
  const un = write('un.ftm.json', list('unsc', 'ABU MOHAMMED AL-EXAMPLE', 'QDi.999'));
  const uk = write('uk.ftm.json', list('gb', 'Abu Mohammed AL-EXAMPLE', 'QI.A.999.05'));
  const db = `${un}.db`;
  for (const [file, dataset] of [
    [un, 'un'],
    [uk, 'uk'],
  ] as const) {
    const args = ['ingest', file, '--dataset', dataset, '--format', 'ftm', '--db', db];
    const loaded = await runCli(args);
    assert.equal(loaded.code, 0, loaded.err);
  }
  return db;
}

interface Exported {
  kind: string;
  actor: string;
  at: string;
  payload: { entities: string[]; reason: string | null; decided_at?: string };
}

async function records(db: string): Promise<Exported[]> {
  const out = await runCli(['audit', 'export', '--db', db]);
  assert.equal(out.code, 0, out.err);
  return out.out
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Exported)
    .filter((r) => r.kind.startsWith('designation.'));
}

test('split and unsplit are audit records, and verify checks every kept split has one', async () => {
  const db = await twoLists();
  const split = await runCli([
    ...['designations', 'split', 'unsc-1', 'gb-1'],
    ...['--reason', 'other person', '--by', 'ana', '--db', db],
  ]);
  assert.equal(split.code, 0, split.err);
  const [recorded] = await records(db);
  assert.equal(recorded?.kind, 'designation.split');
  assert.equal(recorded.actor, 'ana');
  assert.deepEqual(recorded.payload.entities, ['gb-1', 'unsc-1']);
  assert.equal(recorded.payload.reason, 'other person');
  assert.equal(recorded.payload.decided_at, recorded.at);
  const verified = await runCli(['audit', 'verify', '--db', db]);
  assert.equal(verified.code, 0, verified.err);

  const unsplit = await runCli([
    ...['designations', 'unsplit', 'gb-1', 'unsc-1'],
    ...['--reason', 'same person after all', '--by', 'bo', '--db', db],
  ]);
  assert.equal(unsplit.code, 0, unsplit.err);
  const withdrawn = (await records(db))[1];
  assert.equal(withdrawn?.kind, 'designation.unsplit');
  assert.equal(withdrawn.actor, 'bo');
  assert.deepEqual(withdrawn.payload.entities, ['gb-1', 'unsc-1']);
  assert.equal(withdrawn.payload.reason, 'same person after all');

  // A split written to the store behind the trail's back is one verify cannot account for.
  const store = openDesignationStore(db);
  const decidedAt = '2026-12-07T12:00:00.000Z';
  await store.addSplit({ entities: ['gb-1', 'unsc-1'], actor: 'x', reason: 'r', decidedAt });
  await store.close();
  const incomplete = await runCli(['audit', 'verify', '--db', db]);
  assert.notEqual(incomplete.code, 0);
  assert.match(incomplete.err, /split of gb-1 and unsc-1 .* has no audit record/);
});
