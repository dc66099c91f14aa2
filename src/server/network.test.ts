/**
 * The network over HTTP (GET /network/...), on the small fixture network: ofac-1 (listed) holds
 * 60% of acme and 45% of beta, acme 30% and beta 100% of gamma, an ended holding in old, a seat on
 * omega's board. Neighbours are capped per relation type with how many more, filtered by date;
 * paths carry each edge's source; the owners tree shows shares and marks a cycle.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Dossier, openDossier } from '../app/dossier/index.js';
import { loadNetwork, own } from '../app/network/network-fixture.js';
import { get, startTestServer, type TestServer } from './server-fixture.js';

let dossier: Dossier;
let server: TestServer;
let plain: TestServer;
before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-network-http-'));
  dossier = openDossier({ db: join(dir, 'n.db') });
  await loadNetwork(dossier, dir);
  server = await startTestServer(dossier.lists, { network: dossier.network() });
  plain = await startTestServer(dossier.lists);
});
after(async () => {
  await server.close();
  await plain.close();
  await dossier.close();
});

// biome-ignore lint/suspicious/noExplicitAny: answers are read freely
const byId = (items: any[], id: string) => items.find((n) => n.id === id);

test('neighbours: every relation type, nodes listed and exposed per jurisdiction', async () => {
  const { status, body } = await get(`${server.url}/network/ofac-1/neighbours`);
  assert.equal(status, 200);
  assert.equal(body.centre.id, 'n-ofac-1');
  assert.equal(body.centre.listed, true);
  assert.equal(body.centre.exposure.us.status, 'listed');
  assert.deepEqual(
    body.groups.map((g: { type: string; total: number }) => [g.type, g.total]),
    [
      ['ownership', 3],
      ['directorship', 1],
    ],
  );
  const acme = byId(body.nodes, 'acme');
  assert.equal(acme.listed, false);
  assert.deepEqual(acme.exposure.us, { exposed: true, status: 'exposed', share: 0.6 });
  assert.equal(acme.exposure.uk.exposed, true);
  const beta = byId(body.nodes, 'beta');
  assert.equal(beta.exposure.us.exposed, false, '45% is under the threshold');
  const edge = byId(body.edges, 'e1');
  assert.equal(edge.percentage, 60);
  assert.deepEqual(edge.provenance, {
    kind: 'statement',
    dataset: 'registry',
    statementId: 'st-e1',
  });
});

test('neighbours: one relation type, capped, with how many more', async () => {
  const { body } = await get(
    `${server.url}/network/n-ofac-1/neighbours?relation=ownership&limit=1`,
  );
  assert.deepEqual(body.groups, [{ type: 'ownership', total: 3, shown: 1, more: 2 }]);
  assert.equal(body.edges.length, 1);
  assert.equal(body.nodes.length, 2, 'the centre and the one neighbour shown');
  const both = await get(
    `${server.url}/network/n-ofac-1/neighbours?relation=ownership,directorship&limit=5`,
  );
  assert.deepEqual(
    both.body.groups.map((g: { type: string }) => g.type),
    ['ownership', 'directorship'],
  );
});

test('neighbours as of a date leave out holdings ended before it', async () => {
  const before2020 = await get(
    `${server.url}/network/n-ofac-1/neighbours?relation=ownership&at=2019-06-01`,
  );
  assert.ok(byId(before2020.body.nodes, 'old'), 'held until 2020');
  const later = await get(
    `${server.url}/network/n-ofac-1/neighbours?relation=ownership&at=2021-01-01`,
  );
  assert.equal(byId(later.body.nodes, 'old'), undefined);
  assert.equal(later.body.groups[0].total, 2);
  assert.equal(later.body.at, '2021-01-01');
});

test('paths between two parties and to any listed party, each edge with its source', async () => {
  const { body } = await get(`${server.url}/network/paths?from=acme&to=beta&hops=2`);
  assert.equal(body.shortest.hops, 2);
  const ids = (p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id).join(' ');
  // Two ways of two hops: through the common owner and through the company both hold.
  assert.deepEqual(body.paths.map(ids).sort(), ['acme gamma beta', 'acme n-ofac-1 beta']);
  assert.ok(body.paths.map(ids).includes(ids(body.shortest)));
  assert.ok(body.shortest.edges.every((e: { provenance: object }) => e.provenance));
  const listed = await get(`${server.url}/network/paths?from=gamma&hops=3`);
  assert.equal(listed.body.to, null);
  assert.ok(listed.body.paths.length >= 1);
  for (const path of listed.body.paths) assert.equal(path.nodes.at(-1).listed, true);
});

test('the owners tree: shares on each holding, levels to the depth asked', async () => {
  const { body } = await get(`${server.url}/network/gamma/owners?depth=2`);
  const owners = body.tree.owners;
  assert.deepEqual(
    // biome-ignore lint/suspicious/noExplicitAny: answers are read freely
    owners.map((o: any) => [o.owner.node.id, o.edge.percentage]).sort(),
    [
      ['acme', 30],
      ['beta', 100],
    ],
  );
  // biome-ignore lint/suspicious/noExplicitAny: answers are read freely
  const acme = owners.find((o: any) => o.owner.node.id === 'acme').owner;
  assert.equal(acme.owners[0].owner.node.id, 'n-ofac-1');
  assert.equal(acme.owners[0].edge.percentage, 60);
  assert.equal(acme.owners[0].owner.node.listed, true);
  const shallow = await get(`${server.url}/network/gamma/owners?depth=1`);
  // biome-ignore lint/suspicious/noExplicitAny: answers are read freely
  const cut = shallow.body.tree.owners.find((o: any) => o.owner.node.id === 'acme').owner;
  assert.deepEqual(cut.owners, []);
  assert.equal(cut.more, 1, 'the owner past the depth is counted, not shown');
});

test('bad input is 400, an unknown party 404, a server without a network 404', async () => {
  const relation = await get(`${server.url}/network/acme/neighbours?relation=friendship`);
  assert.equal(relation.status, 400);
  assert.match(relation.body.detail, /friendship/);
  const date = await get(`${server.url}/network/acme/neighbours?at=last-year`);
  assert.equal(date.status, 400);
  const hops = await get(`${server.url}/network/paths?from=acme&hops=60`);
  assert.equal(hops.status, 400);
  const unknown = await get(`${server.url}/network/nobody/owners`);
  assert.equal(unknown.status, 404);
  assert.match(unknown.body.detail, /nobody/);
  const none = await get(`${plain.url}/network/acme/neighbours`);
  assert.equal(none.status, 404);
});

// Last: it adds an edge to the shared fixture.
test('a cycle of holdings is marked and not followed', async () => {
  await dossier.graph.upsert({ edges: [own('e9', 'gamma', 'n-ofac-1', 10)] });
  const { body } = await get(`${server.url}/network/acme/owners?depth=5`);
  const ofac = body.tree.owners[0];
  assert.equal(ofac.owner.node.id, 'n-ofac-1');
  const gamma = ofac.owner.owners.find((o: { owner: { node: { id: string } } }) => {
    return o.owner.node.id === 'gamma';
  });
  assert.equal(gamma.cycle, false);
  // biome-ignore lint/suspicious/noExplicitAny: answers are read freely
  const back = gamma.owner.owners.find((o: any) => o.owner.node.id === 'acme');
  assert.equal(back.cycle, true, 'acme is the root: its holding in gamma closes the cycle');
  assert.deepEqual(back.owner.owners, []);
});
