import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Store } from '../store/index.js';
import { get, loadStore, startTestServer, type TestServer } from './server-fixture.js';

let store: Store;
let server: TestServer;

before(async () => {
  ({ store } = await loadStore('un', 'ofac'));
  server = await startTestServer(store);
});
after(async () => {
  await server.close();
  await store.close();
});

test('search finds entities by name, in yente shapes', async () => {
  const res = await get(`${server.url}/search/default?q=${encodeURIComponent('Ri Won Ho')}`);
  assert.equal(res.status, 200);
  assert.deepEqual(Object.keys(res.body), ['limit', 'offset', 'total', 'results', 'facets']);
  assert.equal(res.body.limit, 10);
  assert.equal(res.body.offset, 0);
  assert.ok(['eq', 'gte'].includes(res.body.total.relation));
  // The UN and OFAC entries are one designation (passport 381310014): one result, both lists.
  const [top] = res.body.results;
  assert.equal(top.id, 'ofac-19609');
  assert.deepEqual([...top.datasets].sort(), ['ofac', 'un']);
  assert.ok(res.body.results.every((r: { id: string }) => r.id !== 'unsc-6908555'));
  assert.equal(top.score, 1);
  assert.ok(res.body.results.every((r: { score: number }) => r.score > 0));
});

test('search facets count countries, topics and datasets over every result', async () => {
  const res = await get(`${server.url}/search/default?q=${encodeURIComponent('Ri Won Ho')}`);
  const { countries, topics, datasets } = res.body.facets;
  assert.equal(countries.label, 'Countries');
  const kp = countries.values.find((v: { name: string }) => v.name === 'kp');
  assert.equal(kp.label, 'North Korea');
  assert.ok(kp.count >= 2);
  const total = res.body.total.value;
  // Each result is in one dataset or more, so the dataset counts add up to the total at least.
  const perDataset = datasets.values.reduce((n: number, v: { count: number }) => n + v.count, 0);
  assert.ok(perDataset >= total && total >= res.body.results.length);
  assert.ok(topics.values.every((v: { label: string; count: number }) => v.label && v.count > 0));
  const counts = countries.values.map((v: { count: number }) => v.count);
  assert.deepEqual(
    counts,
    [...counts].sort((a: number, b: number) => b - a),
  );
  const schema = await get(`${server.url}/search/default?q=Putin&facets=schema`);
  assert.deepEqual(Object.keys(schema.body.facets), ['schema']);
  const bad = await get(`${server.url}/search/default?q=Putin&facets=colour`);
  assert.equal(bad.status, 400);
  assert.match(bad.body.detail, /unknown facet "colour"/);
  const proto = await get(`${server.url}/search/default?q=Putin&facets=constructor`);
  assert.equal(proto.status, 400);
  assert.match(proto.body.detail, /unknown facet "constructor"/);
});

test('search covers vessels by default, and pages and filters', async () => {
  // An OFAC vessel: Thing covers assets as well as parties.
  const vessel = await get(`${server.url}/search/default?q=ADRIAN%20DARYA%201`);
  assert.equal(vessel.body.results[0].schema, 'Vessel');
  const people = await get(`${server.url}/search/default?q=Putin&schema=Person&limit=1`);
  assert.equal(people.body.results.length, 1);
  assert.equal(people.body.results[0].id, 'ofac-35096');
  const page2 = await get(`${server.url}/search/default?q=Vladimir&schema=Person&limit=5&offset=5`);
  const page1 = await get(`${server.url}/search/default?q=Vladimir&schema=Person&limit=10`);
  assert.deepEqual(
    page2.body.results.map((r: { id: string }) => r.id),
    page1.body.results.slice(5).map((r: { id: string }) => r.id),
  );
  const kp = await get(`${server.url}/search/default?q=Ri%20Won%20Ho&countries=kp`);
  assert.ok(kp.body.results.length >= 2);
  assert.ok(kp.body.total.value >= kp.body.results.length);
  for (const r of kp.body.results as { properties: Record<string, string[]> }[]) {
    assert.ok(Object.values(r.properties).flat().includes('kp'));
  }
  const ru = await get(`${server.url}/search/un?q=Ri%20Won%20Ho&countries=ru`);
  assert.deepEqual(ru.body.results, []);
  const un = await get(`${server.url}/search/un?q=Ri%20Won%20Ho`);
  assert.ok(un.body.results.every((r: { datasets: string[] }) => r.datasets.includes('un')));
});

interface Nested {
  id: string;
  schema: string;
  properties: Record<string, (string | Nested)[]>;
}

test('an entity comes with its adjacent entities inlined, unless nested=false', async () => {
  const res = await get(`${server.url}/entities/ofac-35096`);
  const body = res.body as Nested;
  // OFAC's listing of Putin: his sanction, under the reverse of Sanction.entity.
  const sanctions = body.properties.sanctions as Nested[];
  assert.ok(sanctions.some((s) => s.id === 'ofac-35096-sanction' && s.schema === 'Sanction'));
  const sanction = sanctions.find((s) => s.id === 'ofac-35096-sanction')!;
  assert.deepEqual(sanction.properties.entity, ['ofac-35096']);
  // Entities linked to him by "Linked To" remarks name him as the link's object.
  const links = body.properties.unknownLinkFrom as Nested[];
  assert.ok(links.length > 0 && links.every((l) => l.schema === 'UnknownLink'));
  const flat = await get(`${server.url}/entities/ofac-35096?nested=false`);
  assert.equal(flat.body.properties.sanctions, undefined);
  assert.ok(
    Object.values(flat.body.properties)
      .flat()
      .every((v) => typeof v === 'string'),
  );
});

test('entities are served by ID, and an unknown ID is a 404', async () => {
  const res = await get(`${server.url}/entities/unsc-6908555`);
  assert.equal(res.status, 200);
  assert.equal(res.body.id, 'unsc-6908555');
  assert.equal(res.body.caption, 'RI WON HO');
  // One designation with OFAC's entry of him: named beside the UN entry, which stays the answer.
  assert.deepEqual(res.body.referents, ['ofac-19609']);
  assert.deepEqual(res.body.datasets, ['un']);
  assert.deepEqual(
    res.body.designation.members.map((m: { id: string }) => m.id),
    ['unsc-6908555', 'ofac-19609'],
  );
  const ofac = await get(`${server.url}/entities/ofac-19609`);
  assert.equal(ofac.body.designation.id, res.body.designation.id);
  assert.ok(res.body.properties.birthDate.includes('1964-07-17'));
  const flat = await get(`${server.url}/entities/unsc-6908555?nested=false`);
  assert.equal(flat.body.id, 'unsc-6908555');
  const missing = await get(`${server.url}/entities/no-such-id`);
  assert.equal(missing.status, 404);
  assert.match(missing.body.detail, /no-such-id/);
});
