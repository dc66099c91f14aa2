/** `dossier ingest --format ownership-csv|bods|ftm` into the network, and `dossier network`. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDossier } from '../../app/dossier/index.js';
import { ingest } from '../../app/ingest.js';
import { repoRoot } from '../../testing/data.js';
import { runCli } from '../run.js';

const examples = join(repoRoot, 'examples', 'network');

test('the examples load into the network and show around Kupol', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-network-cli-'));
  const db = join(dir, 'd.db');
  // A stand-in for the OFAC list: Kupol and Almaz-Antey under their OFAC ids.
  const list = join(dir, 'list.ftm.json');
  writeFileSync(
    list,
    [
      { id: 'ofac-46431', schema: 'Company', properties: { name: ['KUPOL'] }, target: true },
      { id: 'ofac-16865', schema: 'Company', properties: { name: ['ALMAZ-ANTEY'] }, target: true },
    ]
      .map((e) => JSON.stringify(e))
      .join('\n'),
  );
  const run = (...args: string[]) => runCli([...args, '--db', db]);
  const listed = await run('ingest', list, '--dataset', 'ofac', '--format', 'ftm', '--no-index');
  assert.equal(listed.code, 0, listed.err);
  assert.match(listed.out, /^Loaded ofac version 1: 2 targets/);
  assert.doesNotMatch(listed.out, /Network/); // a list without relations says nothing of it

  const csv = join(examples, 'garpiya-ownership.csv');
  const owners = await run('ingest', csv, '--format', 'ownership-csv', '--dataset', 'owners');
  assert.equal(owners.code, 0, owners.err);
  assert.match(owners.out, /Loaded owners into the network: 5 edges \(ownership 5\)/);

  const bad = await run(
    'ingest',
    join(examples, 'bad-rows.csv'),
    '--format',
    'ownership-csv',
    '--dataset',
    'bad',
  );
  assert.equal(bad.code, 0, bad.err);
  assert.match(bad.out, /1 edges .*; 5 rows not loaded/);
  assert.match(bad.err, /not loaded: line 3: percent over 100/);
  assert.match(bad.err, /not loaded: line 7: a cycle of 100% holdings/);

  const bods = await run(
    'ingest',
    join(examples, 'garpiya-bods.json'),
    '--format',
    'bods',
    '--dataset',
    'bods',
  );
  assert.equal(bods.code, 0, bods.err);
  assert.match(bods.err, /note: 1 indirect interest/);

  const ftm = join(examples, 'garpiya-relations.ftm.json');
  const rel = await run('ingest', ftm, '--format', 'ftm', '--dataset', 'garpiya-ftm', '--no-index');
  assert.equal(rel.code, 0, rel.err);
  assert.match(
    rel.out,
    /Network: 3 edges from garpiya-ftm \(directorship 1, ownership 1, payment 1\); 1 not resolved/,
  );
  assert.match(
    rel.err,
    /network: entity fictional-ftm-fam-1: fictional-ftm-nowhere is in no loaded list/,
  );

  const view = await run('network', 'ofac-46431', '--limit', '1');
  assert.equal(view.code, 0, view.err);
  assert.match(view.out, /^KUPOL \(Company, ofac-46431, listed in ofac\)\nownership \(4\)\n/);
  assert.match(view.out, / {2}and 3 more\n/);
  assert.match(
    view.out,
    /payment \(1\)\n {2}<- FICTIONAL Northern Lights Trading Ltd .*1250000\.5 CNY; 2024-03-14/,
  );

  // `neighbours` is the same command: the same view, the same lines.
  const alias = await run('neighbours', 'ofac-46431', '--limit', '1');
  assert.equal(alias.code, 0, alias.err);
  assert.equal(alias.out, view.out);
  // Only the relation types asked for, in the store's order whatever order they were given in.
  const typed = JSON.parse(
    (await run('neighbours', 'ofac-46431', '--type', 'payment,ownership', '--json')).out,
  );
  assert.deepEqual(
    typed.groups.map((g: { type: string; total: number }) => [g.type, g.total]),
    [
      ['ownership', 4],
      ['payment', 1],
    ],
  );
  const wrongType = await run('network', 'ofac-46431', '--type', 'owns');
  assert.equal(wrongType.code, 2);
  assert.match(wrongType.err, /unknown relation type "owns"/);

  const json = JSON.parse((await run('network', '--json')).out);
  assert.deepEqual(json.byType, { directorship: 3, ownership: 9, payment: 1 });
  const missing = await run('network', 'nobody');
  assert.equal(missing.code, 3);
});

test('a party is found by the list entity id its node stands for', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-network-cli-entity-'));
  const db = join(dir, 'd.db');
  const list = join(dir, 'list.ftm.json');
  const entity = { id: 'demo-x', schema: 'Company', properties: { name: ['Listed Holding X'] } };
  writeFileSync(list, JSON.stringify(entity));
  const dossier = openDossier({ db });
  await ingest(dossier.lists, { files: [list], dataset: 'demo', format: 'ftm' });
  const provenance = { kind: 'statement' as const, dataset: 'registry', statementId: 's1' };
  await dossier.graph.upsert({
    nodes: [
      {
        id: 'x',
        schema: 'Company',
        caption: 'Listed Holding X',
        dataset: 'demo',
        entityId: 'demo-x',
      },
      { id: 'a', schema: 'Company', caption: 'Alpha LLC' },
    ],
    edges: [{ id: 'e1', type: 'ownership', source: 'x', target: 'a', percentage: 50, provenance }],
  });
  await dossier.close();
  const byNode = await runCli(['neighbours', 'x', '--db', db]);
  const byEntity = await runCli(['neighbours', 'demo-x', '--db', db]);
  assert.equal(byEntity.code, 0, byEntity.err);
  assert.equal(byEntity.out, byNode.out);
  assert.match(byEntity.out, /^Listed Holding X \(Company, x, listed in demo\)\nownership \(1\)\n/);
});
