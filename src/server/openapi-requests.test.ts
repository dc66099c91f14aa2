/**
 * Over HTTP: a request that breaks a constraint the OpenAPI document states gets 400 with yente's
 * `{detail}`, for every bounded parameter of the yente endpoints, read from the served document
 * itself; a request at the bounds is answered.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Store } from '../store/index.js';
import { get, loadStore, post, startTestServer, type TestServer } from './server-fixture.js';

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

interface Parameter {
  name: string;
  in: string;
  schema: { type?: string; minimum?: number; maximum?: number };
}

const ri = { queries: { q: { schema: 'Person', properties: { name: ['RI WON HO'] } } } };

async function send(method: string, path: string, query: string) {
  const url = `${server.url}${path}?${query}`;
  return method === 'post' ? post(url, ri) : get(url);
}

test('a parameter outside its documented bounds is a 400; at its bounds it is answered', async () => {
  const openapi = (await get(`${server.url}/openapi.json`)).body;
  const checked: string[] = [];
  const targets: [string, string, string][] = [
    ['post', '/match/{dataset}', '/match/default'],
    ['get', '/search/{dataset}', '/search/default'],
  ];
  for (const [method, template, path] of targets) {
    const parameters: Parameter[] = openapi.paths[template][method].parameters;
    const base = method === 'get' ? 'q=ri+won+ho&' : '';
    for (const p of parameters.filter((p) => p.in === 'query')) {
      const { minimum, maximum, type } = p.schema;
      if (minimum === undefined || maximum === undefined) continue;
      const step = type === 'integer' ? 1 : 0.01;
      for (const [value, status] of [
        [minimum, 200],
        [maximum, 200],
        [minimum - step, 400],
        [maximum + step, 400],
      ] as const) {
        const res = await send(method, path, `${base}${p.name}=${value}`);
        assert.equal(res.status, status, `${path} ${p.name}=${value}`);
        if (status === 400) {
          assert.equal(res.body.detail, `${p.name} must be between ${minimum} and ${maximum}`);
        }
      }
      checked.push(`${path} ${p.name}`);
    }
  }
  assert.deepEqual(checked, [
    '/match/default limit',
    '/match/default threshold',
    '/match/default cutoff',
    '/search/default limit',
    '/search/default offset',
  ]);
});

test('a body over the documented batch size is a 400', async () => {
  const openapi = (await get(`${server.url}/openapi.json`)).body;
  const body = openapi.paths['/match/{dataset}'].post.requestBody.content['application/json'];
  const max: number = body.schema.properties.queries.maxProperties;
  const example = ri.queries.q;
  const queries = Object.fromEntries(Array.from({ length: max + 1 }, (_, i) => [`q${i}`, example]));
  const res = await post(`${server.url}/match/default`, { queries });
  assert.equal(res.status, 400);
  assert.equal(res.body.detail, `too many queries: ${max + 1}, at most ${max} per request`);
});
