/**
 * `dossier designations` and `dossier match` on two small lists that cite one UN reference: one
 * result with both lists; a split by the command line makes them two, and is kept in the file.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { fixtureFolder } from '../../testing/fixtures.js';
import { runCli } from '../run.js';

const line = (id: string, schema: string, properties: Record<string, string[]>) =>
  `${JSON.stringify({ id, schema, properties })}\n`;

let db: string;
before(async () => {
  const write = fixtureFolder('designations-cli');
  const list = (prefix: string, name: string, ref: string) =>
    line(`${prefix}-1`, 'Person', { name: [name], topics: ['sanction'] }) +
    line(`${prefix}-1-sanction`, 'Sanction', { entity: [`${prefix}-1`], unscId: [ref] });
  const un = write('un.ftm.json', list('unsc', 'ABU MOHAMMED AL-EXAMPLE', 'QDi.999'));
  const uk = write('uk.ftm.json', list('gb', 'Abu Mohammed AL-EXAMPLE', 'QI.A.999.05'));
  db = `${un}.db`;
  for (const [file, dataset] of [
    [un, 'un'],
    [uk, 'uk'],
  ]) {
    const loaded = await runCli([
      'ingest',
      file!,
      '--dataset',
      dataset!,
      '--format',
      'ftm',
      '--db',
      db,
    ]);
    assert.equal(loaded.code, 0, loaded.err);
  }
});

const match = async () => {
  const out = await runCli(['match', 'Abu Mohammed al-Example', '--json', '--db', db]);
  assert.equal(out.code, 0, out.err);
  return (JSON.parse(out.out) as { results: { id: string; datasets: string[] }[] }).results;
};

test('one designation on two lists is one result; a split makes two; unsplit merges again', async () => {
  const merged = await match();
  assert.equal(merged.length, 1);
  assert.deepEqual([...merged[0]!.datasets].sort(), ['uk', 'un']);
  const listed = await runCli(['designations', '--json', '--db', db]);
  assert.equal(listed.code, 0, listed.err);
  const { clusters } = JSON.parse(listed.out) as { clusters: { links: { value: string }[] }[] };
  assert.deepEqual(
    clusters.map((c) => c.links.map((l) => l.value)),
    [['QDi.999']],
  );

  const noReason = await runCli(['designations', 'split', 'gb-1', 'unsc-1', '--db', db]);
  assert.equal(noReason.code, 2, noReason.err);
  const unknown = await runCli([
    'designations',
    'split',
    'gb-1',
    'x-9',
    '--reason',
    'r',
    '--db',
    db,
  ]);
  assert.notEqual(unknown.code, 0);
  assert.match(unknown.err, /no entity with ID x-9/);

  const split = await runCli([
    'designations',
    'split',
    'unsc-1',
    'gb-1',
    '--reason',
    'other person',
    '--by',
    'ana',
    '--db',
    db,
  ]);
  assert.equal(split.code, 0, split.err);
  assert.deepEqual((await match()).map((r) => r.datasets.join('+')).sort(), ['uk', 'un']);

  const unsplit = await runCli(['designations', 'unsplit', 'gb-1', 'unsc-1', '--db', db]);
  assert.equal(unsplit.code, 0, unsplit.err);
  assert.equal((await match()).length, 1);
});
