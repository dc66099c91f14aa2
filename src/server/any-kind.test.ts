/**
 * No hidden schema trap, over the OFAC, UN and UK lists: `/search` without a schema, and `/match`
 * with `Thing`, screen every kind of party, and a name finds the same entity in any script.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Store } from '../store/index.js';
import { get, loadStore, post, startTestServer, type TestServer } from './server-fixture.js';

let store: Store;
let server: TestServer;

before(async () => {
  ({ store } = await loadStore('ofac', 'un', 'uk'));
  server = await startTestServer(store);
});
after(async () => {
  await server.close();
  await store.close();
});

const PUTIN = 'ofac-35096';

async function search(q: string): Promise<{ id: string; schema: string; score: number }[]> {
  const res = await get(`${server.url}/search/default?q=${encodeURIComponent(q)}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.results;
}

test('search without a schema finds Putin in Chinese among the first three', async () => {
  const results = await search('弗拉基米尔·普京');
  assert.ok(
    results.slice(0, 3).some((r) => r.id === PUTIN),
    results.map((r) => `${r.id} ${r.score}`).join(', '),
  );
});

test('search without a schema ranks Putin first for Путин, above the vessel PETION', async () => {
  const results = await search('Путин');
  assert.equal(results[0]!.id, PUTIN, results.map((r) => `${r.id} ${r.score}`).join(', '));
});

test('search finds the same entity first whatever the script, and organisations too', async () => {
  for (const q of ['Vladimir Putin', 'Владимир Путин', '弗拉基米尔·普京']) {
    assert.equal((await search(q))[0]!.id, PUTIN, q);
  }
  const [kupol] = await search('Izhevsk Electromechanical Plant Kupol');
  assert.deepEqual([kupol!.id, kupol!.schema, kupol!.score], ['ofac-46431', 'Organization', 1]);
});

test('/match takes schema Thing: each candidate is scored as its own kind', async () => {
  const example = (schema: string, name: string) => ({ schema, properties: { name: [name] } });
  const res = await post(`${server.url}/match/default`, {
    queries: {
      plant: example('Thing', 'Izhevsk Electromechanical Plant Kupol'),
      any: example('Thing', 'Владимир Путин'),
      person: example('Person', 'Владимир Путин'),
    },
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const { plant, any, person } = res.body.responses;
  assert.equal(plant.results[0].id, 'ofac-46431');
  assert.equal(plant.results[0].match, true);
  // A person among the candidates meets the name read as a person's: the same score.
  assert.equal(any.results[0].id, PUTIN);
  assert.equal(any.results[0].score, person.results[0].score);
  assert.equal(any.query.schema, 'Thing');
});
