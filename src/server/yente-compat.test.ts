/**
 * yente clients unchanged: yente's algorithm names run the nearest algorithm Dossier has and the
 * answer says which; yente's parameters that Dossier cannot honour are taken and reported.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Store } from '../store/index.js';
import {
  get,
  loadStore,
  person,
  post,
  startTestServer,
  type TestServer,
} from './server-fixture.js';

let store: Store;
let server: TestServer;

before(async () => {
  ({ store } = await loadStore('un'));
  server = await startTestServer(store);
});
after(async () => {
  await server.close();
  await store.close();
});

const RI = 'RI WON HO';

async function match(query: string, body: object = person(RI)) {
  const res = await post(`${server.url}/match/default?${query}`, body);
  assert.equal(res.status, 200, `${query}: ${JSON.stringify(res.body)}`);
  return res.body;
}

test("yente's algorithm names run the nearest algorithm, and the answer names it", async () => {
  const best = await match('algorithm=best');
  const nearest: Record<string, string> = {
    'logic-v2': 'dossier-v1',
    'Logic-V1': 'dossier-v1',
    'name-based': 'dossier-v1',
    'name-qualified': 'dossier-v1',
    'regression-v1': 'dossier-v1',
    ofac: 'ofac',
    'ofac-249': 'ofac',
  };
  for (const [requested, name] of Object.entries(nearest)) {
    const body = await match(`algorithm=${requested}`);
    assert.equal(body.algorithm.name, name, requested);
    assert.equal(body.algorithm.requested, requested);
    assert.equal(body.responses.q.results[0].id, 'unsc-6908555', requested);
    if (name === 'dossier-v1') {
      assert.deepEqual(body.responses.q.results, best.responses.q.results, requested);
    }
  }
  const unknown = await post(`${server.url}/match/default?algorithm=logic-v9`, person(RI));
  assert.equal(unknown.status, 400);
  assert.match(unknown.body.detail, /unknown algorithm "logic-v9"; known: .*logic-v2/);
  const algorithms = await get(`${server.url}/algorithms`);
  assert.equal(algorithms.body.yente['logic-v2'], 'dossier-v1');
});

test("weights and options of yente's algorithm are reported as ignored; fuzzy too", async () => {
  const body = await match('algorithm=logic-v2&fuzzy=true', {
    ...person(RI, { country: ['ru'] }),
    weights: { lei_code_match: 0.9, country_mismatch: -0.4 },
    config: { nm_number_mismatch: 0.4 },
  });
  assert.deepEqual(Object.keys(body.ignored).sort(), [
    'config.nm_number_mismatch',
    'fuzzy',
    'weights.lei_code_match',
  ]);
  // The weight Dossier's algorithm has still applies.
  const top = body.responses.q.results[0];
  assert.equal(top.explanations.country_mismatch.weight, -0.4);
  // Without them, yente's shape only.
  assert.equal((await match('')).ignored, undefined);
});

test("/search takes yente's parameters: honours datasets and target, reports the rest", async () => {
  const q = encodeURIComponent(RI);
  const extra = 'fuzzy=true&simple=true&sort=score&filter=gender:male&filter_op=AND';
  const res = await get(
    `${server.url}/search/default?q=${q}&${extra}&facets=genders&facets=countries`,
  );
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.deepEqual(Object.keys(res.body.ignored).sort(), [
    'facets',
    'filter',
    'filter_op',
    'fuzzy',
    'simple',
    'sort',
  ]);
  assert.deepEqual(Object.keys(res.body.facets), ['countries']);
  assert.equal(res.body.results[0].id, 'unsc-6908555');
  const scoped = await get(`${server.url}/search/default?q=${q}&datasets=un&datasets=ofac`);
  assert.equal(scoped.body.results[0].id, 'unsc-6908555');
  assert.equal(scoped.body.ignored, undefined);
  const none = await get(`${server.url}/search/default?q=${q}&datasets=ofac`);
  assert.deepEqual(none.body.results, []);
  // Every UN entry is a designated party: none is left when asking for non-targets.
  const targets = await get(`${server.url}/search/default?q=${q}&target=true`);
  assert.ok(targets.body.results.length > 0);
  const others = await get(`${server.url}/search/default?q=${q}&target=false`);
  assert.deepEqual(others.body.results, []);
});
