import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDossier } from '../dossier/index.js';
import { findPaths, neighbourhood, NetworkNodeNotFound } from './index.js';
import { loadNetwork, own } from './network-fixture.js';

async function opened() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-network-'));
  const dossier = openDossier({ db: join(dir, 'n.db') });
  await loadNetwork(dossier, dir);
  return dossier;
}

test('exposure of a party owned by a sanctioned list entity, with its chain and sources', async () => {
  const dossier = await opened();
  const network = dossier.network();
  const acme = await network.exposure('acme', 'us');
  assert.deepEqual([acme.exposed, acme.share, acme.status], [true, 0.6, 'exposed']);
  assert.equal(acme.chains.length, 1);
  const [edge] = acme.chains[0]!.edges;
  assert.deepEqual([edge!.id, edge!.sourceCaption, edge!.percentage], ['e1', 'Listed Holding', 60]);
  assert.deepEqual(edge!.provenance, {
    kind: 'statement',
    dataset: 'registry',
    statementId: 'st-e1',
  });
  // gamma: 30% through acme (blocked) counts, 100% through beta (45% owned) does not.
  const gamma = await network.exposure('gamma', 'us');
  assert.deepEqual([gamma.exposed, gamma.share], [false, 0.3]);
  assert.equal((await network.exposure('delta', 'us')).exposed, false, 'a PEP is not sanctioned');
  assert.equal(
    (await network.exposure('old', 'us')).exposed,
    false,
    'an ended holding no longer counts',
  );
  const listed = await network.exposure('ofac-1', 'us');
  assert.deepEqual([listed.node, listed.listed, listed.exposed], ['n-ofac-1', true, true]);
  await assert.rejects(network.exposure('nobody'), NetworkNodeNotFound);
  await dossier.close();
});

test('control: a separate EU finding, UK exposure, nothing under the US rule', async () => {
  const dossier = await opened();
  const network = dossier.network();
  assert.equal((await network.exposure('omega', 'us')).exposed, false);
  const eu = await network.exposure('omega', 'eu');
  assert.deepEqual(
    [eu.exposed, eu.controlled, eu.chains[0]!.edges[0]!.type],
    [false, true, 'directorship'],
  );
  assert.equal((await network.exposure('omega', 'uk')).exposed, true);
  const exposedEu = await network.exposed('eu');
  assert.deepEqual(
    exposedEu.map((e) => [e.entity, e.exposed, e.controlled ?? false]),
    [
      ['acme', true, false],
      ['omega', false, true],
    ],
  );
  await dossier.close();
});

test('the snapshot is kept until the graph changes, then rebuilt with the change', async () => {
  const dossier = await opened();
  const network = dossier.network();
  const first = await network.snapshot();
  assert.equal(await network.snapshot(), first, 'no change, no rebuild');
  assert.deepEqual(await network.partyExposure('gamma').then((e) => e?.us.exposed), false);
  // A new holder, not a second claim about acme's stake (which would give a range of 20-30%).
  await dossier.graph.upsert({ edges: [own('e8', 'n-ofac-1', 'gamma', 20)] });
  const second = await network.snapshot();
  assert.notEqual(second, first);
  const gamma = await network.partyExposure('gamma');
  // US: 20% directly and 30% through acme add up; UK: 20% + 30% through a majority vehicle is 50%.
  assert.deepEqual([gamma?.us.exposed, gamma?.us.share, gamma?.uk.exposed], [true, 0.5, false]);
  assert.equal(await network.partyExposure('ofac-1').then((e) => e?.us.status), 'listed');
  assert.equal(await network.partyExposure('nobody'), null);
  await dossier.close();
});

test('no ownership in the graph: no exposure reported rather than "not exposed"', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-network-'));
  const dossier = openDossier({ db: join(dir, 'n.db') });
  await dossier.graph.upsert({ nodes: [{ id: 'a', schema: 'Company', caption: 'A' }] });
  assert.equal(await dossier.network().partyExposure('a'), null);
  await dossier.close();
});

test('paths between two parties and to listed parties, each edge with its source', async () => {
  const dossier = await opened();
  const network = dossier.network();
  const between = await findPaths(network, dossier.graph, { from: 'acme', to: 'beta', hops: 3 });
  assert.equal(between.shortest?.hops, 2);
  assert.deepEqual(between.paths.map((p) => p.nodes.map((n) => n.id).join('-')).sort(), [
    'acme-gamma-beta',
    'acme-n-ofac-1-beta',
  ]);
  assert.equal(
    (await findPaths(network, dossier.graph, { from: 'acme', to: 'beta', hops: 1 })).shortest,
    null,
  );
  assert.equal(between.paths[0]!.edges[0]!.provenance.kind, 'statement');
  const toListed = await findPaths(network, dossier.graph, { from: 'gamma', hops: 2 });
  assert.deepEqual(
    toListed.paths.map((p) => p.nodes.at(-1)!.id),
    ['n-ofac-1'],
  );
  await assert.rejects(findPaths(network, dossier.graph, { from: 'acme', hops: 9 }), /hops/);
  await dossier.close();
});

test('a neighbourhood by relation type says how many more there are', async () => {
  const dossier = await opened();
  const found = await neighbourhood(dossier.network(), dossier.graph, 'ofac-1', { limit: 2 });
  const ownership = found.groups.find((g) => g.type === 'ownership')!;
  assert.deepEqual([ownership.total, ownership.neighbours.length, ownership.more], [3, 2, 1]);
  assert.deepEqual(
    found.groups.map((g) => g.type),
    ['ownership', 'directorship'],
  );
  await dossier.close();
});
