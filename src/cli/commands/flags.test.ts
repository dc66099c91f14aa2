/**
 * `dossier ingest --format trade-csv` and `dossier flags`, end to end on the fictional example
 * file (examples/trade/shipments.csv) against a small list written here: fictional entries that
 * copy the names and founding dates the OFAC list gives three Garpiya parties.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { openDossier } from '../../app/dossier/index.js';
import { repoRoot } from '../../testing/index.js';
import { runCli } from '../run.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-flags-'));
const db = join(dir, 'd.db');
const example = join(repoRoot, 'examples', 'trade', 'shipments.csv');

const LIST = [
  {
    id: 'fx-vektor',
    schema: 'Company',
    properties: { name: ['TSK VEKTOR, OOO'], incorporationDate: ['2015-10-06'], country: ['ru'] },
  },
  {
    id: 'fx-aerokon',
    schema: 'Company',
    properties: { name: ['NPK AEROKON, OOO'], incorporationDate: ['2022-12-11'], country: ['ru'] },
  },
  {
    id: 'fx-kupol',
    schema: 'Company',
    properties: {
      name: ['JOINT STOCK COMPANY IZHEVSK ELECTROMECHANICAL PLANT KUPOL'],
      // Fictional contact details, for the shared-contact flags.
      phone: ['+7 000 555 01 02'],
      address: ['Fictional street 1, Izhevsk'],
    },
  },
].map((e) => ({ ...e, properties: { ...e.properties, topics: ['sanction'] }, datasets: ['fx'] }));

interface FlagsJson {
  records: number;
  flags: { code: string; records: string[]; party?: string; facts: Record<string, unknown> }[];
  parties: { party: string; score: number }[];
  routes: { route: string; score: number }[];
  notes: string[];
}

async function flagsOf(dataset: string): Promise<FlagsJson> {
  const run = await runCli(['flags', dataset, '--json', '--db', db]);
  assert.equal(run.code, 0, run.err);
  return JSON.parse(run.out) as FlagsJson;
}

before(async () => {
  const list = join(dir, 'list.ftm.jsonl');
  writeFileSync(list, `${LIST.map((e) => JSON.stringify(e)).join('\n')}\n`);
  const load = await runCli(['ingest', list, '--dataset', 'fx', '--format', 'ftm', '--db', db]);
  assert.equal(load.code, 0, load.err);
});

test('the example file loads, its bad row reported by line, and every story gets its flags', async () => {
  const run = await runCli([
    'ingest',
    example,
    '--format',
    'trade-csv',
    '--dataset',
    'garpiya',
    '--db',
    db,
  ]);
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /Loaded trade dataset garpiya: 5 shipments, 1 rows rejected/);
  assert.match(run.err, /rejected: line 6: hs_code "84A7" is not an HS code/);
  const report = await flagsOf('garpiya');
  assert.equal(report.records, 5);
  const codes = (id: string) =>
    [...new Set(report.flags.filter((f) => f.records.includes(id)).map((f) => f.code))].sort();
  assert.deepEqual(codes('FICTIONAL-001'), [
    'dual_use_settlement',
    'listed_party',
    'transshipment',
  ]);
  assert.deepEqual(codes('FICTIONAL-002'), ['chpl_goods', 'new_consignee']);
  assert.deepEqual(codes('FICTIONAL-003'), [
    'chpl_goods',
    'dual_use_settlement',
    'listed_party',
    'new_consignee',
  ]);
  assert.deepEqual(codes('FICTIONAL-004'), [
    'chpl_goods',
    'dual_use_settlement',
    'new_consignee',
    'transshipment',
  ]);
  assert.deepEqual(codes('FICTIONAL-006'), []);
  const listed = report.flags.filter((f) => f.code === 'listed_party');
  assert.deepEqual(listed.map((f) => f.facts.entityId).sort(), [
    'fx-aerokon',
    'fx-kupol',
    'fx-vektor',
  ]);
  assert.ok(listed.every((f) => typeof f.facts.score === 'number' && f.facts.score >= 0.7));
  // Aerokon's founding date comes from the list, not the file.
  const aerokon = report.flags.find(
    (f) => f.code === 'new_consignee' && f.records[0] === 'FICTIONAL-003',
  );
  assert.deepEqual(
    [aerokon?.facts.incorporated, aerokon?.facts.source],
    ['2022-12-11', 'the lists'],
  );
  assert.equal(report.routes.at(-1)?.route, 'cn → ru');
  assert.equal(report.routes.at(-1)?.score, 0);
  assert.match(report.notes.join(), /exposure not checked/);
  const text = await runCli(['flags', 'garpiya', '--db', db]);
  assert.match(text.out, /Risk by route\nSCORE +ROUTE/);
  assert.match(text.out, /tier 1: integrated circuits/);
});

test('each shipment is an edge of the network, sourced to its record, between resolved parties', async () => {
  const dossier = openDossier({ db });
  try {
    const edge = await dossier.graph.getEdge('shipment:garpiya:FICTIONAL-001');
    assert.ok(edge);
    assert.deepEqual(
      [edge.type, edge.target, edge.amount, edge.currency, edge.startDate],
      ['shipment', 'fx-vektor', 1280000, 'CNY', '2024-03-12'],
    );
    assert.deepEqual(edge.provenance, {
      kind: 'statement',
      dataset: 'garpiya',
      statementId: 'FICTIONAL-001',
    });
    assert.deepEqual(edge.properties.transit, ['kz']);
    const shipper = await dossier.graph.getNode(edge.source);
    assert.deepEqual(
      [shipper?.caption, shipper?.entityId],
      ['Xiamen Limbach Aircraft Engine Co., Ltd.', null],
    );
    assert.equal((await dossier.graph.getNode('fx-vektor'))?.entityId, 'fx-vektor');
  } finally {
    await dossier.close();
  }
});

test('a reload replaces the dataset; shared phones and addresses of listed parties are flagged', async () => {
  const second = join(dir, 'second.csv');
  writeFileSync(
    second,
    [
      'Record,Shipper,Consignee,Consignee phone,Consignee address,HS code,Goods',
      'R-1,Alpha Ltd,Front LLC,8 (000) 555-01-02,,820110,spades',
      'R-2,Alpha Ltd,Other LLC,,"Fictional Street, 1 Izhevsk",820110,spades',
    ].join('\n'),
  );
  const run = await runCli([
    'ingest',
    second,
    '--format',
    'trade-csv',
    '--dataset',
    'garpiya',
    '--db',
    db,
  ]);
  assert.equal(run.code, 0, run.err);
  const report = await flagsOf('garpiya');
  assert.equal(report.records, 2);
  assert.deepEqual(
    report.flags.map((f) => [f.code, f.party, f.facts.entityId]),
    [
      ['shared_phone', 'Front LLC', 'fx-kupol'],
      ['shared_address', 'Other LLC', 'fx-kupol'],
    ],
  );
  const dossier = openDossier({ db });
  try {
    // The first file's edges went with its records.
    assert.equal(await dossier.graph.getEdge('shipment:garpiya:FICTIONAL-001'), null);
    assert.ok(await dossier.graph.getEdge('shipment:garpiya:R-1'));
  } finally {
    await dossier.close();
  }
});

test('refusals: a list name as a trade dataset, a file of bad rows, an unknown dataset', async () => {
  const taken = await runCli([
    'ingest',
    example,
    '--format',
    'trade-csv',
    '--dataset',
    'fx',
    '--db',
    db,
  ]);
  assert.notEqual(taken.code, 0);
  assert.match(taken.err, /fx is a loaded list/);
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, 'Shipper,Consignee,Goods\nA,,x\n');
  const empty = await runCli([
    'ingest',
    bad,
    '--format',
    'trade-csv',
    '--dataset',
    'garpiya',
    '--db',
    db,
  ]);
  assert.notEqual(empty.code, 0);
  assert.match(empty.err, /no row could be read.*left as it was/);
  assert.equal((await flagsOf('garpiya')).records, 2);
  const unknown = await runCli(['flags', 'nothing', '--db', db]);
  assert.equal(unknown.code, 3);
  assert.match(unknown.err, /no trade dataset or case named nothing \(trade datasets: garpiya\)/);
});

test('a party owned by a listed entity is flagged as exposed through the network', async () => {
  const load = await runCli([
    'ingest',
    example,
    '--format',
    'trade-csv',
    '--dataset',
    'garpiya-owned',
    '--db',
    db,
  ]);
  assert.equal(load.code, 0, load.err);
  const dossier = openDossier({ db });
  let steppe: string;
  try {
    const edge = await dossier.graph.getEdge('shipment:garpiya-owned:FICTIONAL-002');
    assert.ok(edge, 'the shipment is an edge');
    steppe = edge.target;
  } finally {
    await dossier.close();
  }
  const before = await flagsOf('garpiya-owned');
  assert.ok(!before.flags.some((f) => f.code === 'exposed_party'), 'no ownership loaded yet');
  const owners = join(dir, 'owners.csv');
  writeFileSync(
    owners,
    'owner_id,owner_name,owned_id,owned_name,percent,start_date,end_date,source\n' +
      `fx-kupol,,${steppe},,60,2023-01-01,,fictional test row\n`,
  );
  const own = await runCli([
    'ingest',
    owners,
    '--format',
    'ownership-csv',
    '--dataset',
    'owners',
    '--db',
    db,
  ]);
  assert.equal(own.code, 0, own.err);
  const after = await flagsOf('garpiya-owned');
  const exposed = after.flags.filter(
    (f) => f.code === 'exposed_party' && f.facts.jurisdiction === 'us',
  );
  assert.equal(exposed.length, 1, JSON.stringify(exposed));
  assert.equal(exposed[0]?.party, 'Steppe Avia Trade LLP');
  assert.equal(exposed[0]?.facts.share, 0.6);
  assert.ok(!after.notes.some((n) => /exposure not checked/.test(n)));
});
