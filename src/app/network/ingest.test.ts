import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDossier } from '../dossier/index.js';
import { ingest } from '../ingest.js';
import { graphFromList, ingestNetwork, networkOf } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-network-'));
let n = 0;
function file(name: string, text: string): string {
  const path = join(dir, `${n++}-${name}`);
  writeFileSync(path, text);
  return path;
}

const HEADER = 'owner_id,owner_name,owned_id,owned_name,percent,start_date,end_date,source\n';
const jsonl = (entities: object[]) => entities.map((e) => JSON.stringify(e)).join('\n');

/** A database with a small list holding Kupol and Almaz-Antey under their OFAC ids. */
async function withList() {
  const dossier = openDossier({ db: join(dir, `db${n++}.db`) });
  const list = file(
    'list.ftm.json',
    jsonl([
      {
        id: 'ofac-46431',
        schema: 'Company',
        properties: { name: ['KUPOL'], topics: ['sanction'] },
      },
      {
        id: 'ofac-16865',
        schema: 'Company',
        properties: { name: ['ALMAZ-ANTEY'], topics: ['sanction'] },
      },
    ]),
  );
  await ingest(dossier.lists, { files: [list], dataset: 'ofac', format: 'ftm' });
  return dossier;
}

test('ownership CSV end to end: list ids linked, new parties made, bad rows reported', async () => {
  const dossier = await withList();
  const csv = file(
    'owners.csv',
    HEADER +
      'ofac-16865,Almaz,ofac-46431,,>50%,,,illustrative\n' +
      'ofac-46431,,f-volga,Volga LLC,60,2022-05,,\n' +
      'f-nobody,,f-volga,,10,,,\n' +
      'f-volga,,f-east,East Ltd,100,,,\n' +
      'f-east,,f-volga,,100,,,\n',
  );
  const summary = await ingestNetwork(dossier, {
    file: csv,
    format: 'ownership-csv',
    dataset: 'owners',
  });
  assert.equal(summary.edges, 2);
  assert.deepEqual(
    summary.problems.map((p) => [p.where, p.reason.split(' ').slice(0, 3).join(' ')]),
    [
      ['line 4', 'unknown id f-nobody'],
      ['line 5', 'a cycle of'],
      ['line 6', 'a cycle of'],
    ],
  );
  // The list's node: linked to the list, captioned as the list does, not as the row does.
  assert.deepEqual(await dossier.graph.getNode('ofac-16865'), {
    id: 'ofac-16865',
    schema: 'Company',
    caption: 'ALMAZ-ANTEY',
    dataset: 'ofac',
    entityId: 'ofac-16865',
  });
  assert.deepEqual(await dossier.graph.getNode('f-volga'), {
    id: 'f-volga',
    schema: 'Company',
    caption: 'Volga LLC',
    dataset: null,
    entityId: null,
  });
  // A party only the rejected rows named is not written.
  assert.equal(await dossier.graph.getNode('f-east'), null);
  const edge = await dossier.graph.getEdge('owners:L2');
  assert.deepEqual(
    [edge?.percentage, edge?.percentageLow, edge?.percentageHigh, edge?.provenance],
    [
      null,
      50,
      100,
      { kind: 'statement', dataset: 'owners', statementId: `${csv.split('/').pop()}:2` },
    ],
  );
  const view = await networkOf(dossier.graph, 'ofac-46431');
  assert.deepEqual(
    view.groups.map((g) => [g.type, g.total, g.neighbours.map((x) => [x.direction, x.node.id])]),
    [
      [
        'ownership',
        2,
        [
          ['out', 'f-volga'],
          ['in', 'ofac-16865'],
        ],
      ],
    ],
  );
  await dossier.close();
});

test('a reload replaces the dataset edges; a load that fails leaves the previous ones', async () => {
  const dossier = await withList();
  const load = (text: string) =>
    ingestNetwork(dossier, {
      file: file('o.csv', HEADER + text),
      format: 'ownership-csv',
      dataset: 'owners',
    });
  await load('ofac-16865,,ofac-46431,,50,,,\nofac-46431,,f-a,A Ltd,20,,,\n');
  const other = await ingestNetwork(dossier, {
    file: file('p.csv', `${HEADER}f-a,,ofac-46431,,5,,,\n`),
    format: 'ownership-csv',
    dataset: 'others',
  });
  assert.equal(other.edges, 1);
  const second = await load('ofac-16865,,ofac-46431,,75,,,\n');
  assert.equal(second.replaced, 2);
  const ids = async () =>
    (await dossier.graph.edgesByType('ownership')).edges.map((e) => e.id).sort();
  assert.deepEqual(await ids(), ['others:L2', 'owners:L2']);
  assert.equal((await dossier.graph.getEdge('owners:L2'))?.percentage, 75);
  // Nothing loads: refused, the previous edges stay.
  await assert.rejects(
    load('ofac-16865,,ofac-46431,,150,,,\n'),
    /no relation could be loaded.*line 2: percent over 100/,
  );
  // A file that breaks half way (an unclosed quote) is refused as well.
  await assert.rejects(
    load('ofac-16865,,ofac-46431,,20,,,\nf-b,"B Ltd,ofac-46431,,10,,,\n'),
    /malformed CSV/,
  );
  assert.deepEqual(await ids(), ['others:L2', 'owners:L2']);
  assert.equal((await dossier.graph.getEdge('owners:L2'))?.percentage, 75);
  // A list's name is not a network dataset: its edges are the list's own, remade at each load.
  await assert.rejects(
    ingestNetwork(dossier, {
      file: file('q.csv', HEADER),
      format: 'ownership-csv',
      dataset: 'ofac',
    }),
    /"ofac" is a loaded list/,
  );
  await dossier.close();
});

test('BODS end to end: parties and edges, the owner named by a list id', async () => {
  const dossier = await withList();
  const bods = file(
    'b.json',
    JSON.stringify([
      {
        statementId: 's1',
        recordId: 'c1',
        recordType: 'entity',
        recordDetails: { name: 'Target Ltd', entityType: { type: 'registeredEntity' } },
      },
      {
        statementId: 's2',
        recordId: 'r1',
        recordType: 'relationship',
        recordDetails: {
          subject: 'c1',
          interestedParty: 'ofac-46431',
          interests: [{ type: 'shareholding', directOrIndirect: 'direct', share: { exact: 50 } }],
        },
      },
    ]),
  );
  const summary = await ingestNetwork(dossier, { file: bods, format: 'bods', dataset: 'bods' });
  assert.deepEqual([summary.edges, summary.problems], [1, []]);
  const edge = await dossier.graph.getEdge('bods:r1.own');
  assert.deepEqual(
    [edge?.source, edge?.target, edge?.percentage, edge?.provenance],
    ['ofac-46431', 'c1', 50, { kind: 'statement', dataset: 'bods', statementId: 's2' }],
  );
  assert.equal((await dossier.graph.getNode('ofac-46431'))?.dataset, 'ofac');
  await dossier.close();
});

test("a list's relations go into the graph at each load, replacing the last load's", async () => {
  const dossier = await withList();
  const relations = (percentage: string, extra: object[]) =>
    file(
      'rel.ftm.json',
      jsonl([
        { id: 'f-trader', schema: 'Company', properties: { name: ['Trader Ltd'] } },
        {
          id: 'own-1',
          schema: 'Ownership',
          properties: { owner: ['ofac-46431'], asset: ['f-trader'], percentage: [percentage] },
        },
        {
          id: 'link-1',
          schema: 'UnknownLink',
          properties: { subject: ['f-trader'], object: ['ofac-16865'], role: ['Linked To'] },
        },
        ...extra,
      ]),
    );
  const load = async (path: string) => {
    await ingest(dossier.lists, {
      files: [path],
      dataset: 'rel',
      format: 'ftm',
      allowShrink: true,
    });
    return graphFromList(dossier, 'rel');
  };
  const first = await load(
    relations('51', [
      {
        id: 'fam-1',
        schema: 'Family',
        properties: { person: ['f-trader'], relative: ['nowhere'] },
      },
    ]),
  );
  assert.deepEqual(first.byType, { ownership: 1, linked: 1 });
  assert.deepEqual(first.problems, [
    { where: 'entity fam-1', reason: 'nowhere is in no loaded list' },
  ]);
  assert.deepEqual(await dossier.graph.getNode('f-trader'), {
    id: 'f-trader',
    schema: 'Company',
    caption: 'Trader Ltd',
    dataset: 'rel',
    entityId: 'f-trader',
  });
  const own = await dossier.graph.getEdge('rel:own-1');
  assert.deepEqual([own?.percentage, own?.provenance.kind], [51, 'statement']);
  // The next version drops the link: its edge goes.
  const path = file(
    'rel2.ftm.json',
    jsonl([
      { id: 'f-trader', schema: 'Company', properties: { name: ['Trader Ltd'] } },
      {
        id: 'own-1',
        schema: 'Ownership',
        properties: { owner: ['ofac-46431'], asset: ['f-trader'], percentage: ['60'] },
      },
    ]),
  );
  const second = await load(path);
  assert.deepEqual([second.edges, second.replaced], [1, 2]);
  assert.equal(await dossier.graph.getEdge('rel:link-1'), null);
  assert.equal((await dossier.graph.getEdge('rel:own-1'))?.percentage, 60);
  await dossier.close();
});
