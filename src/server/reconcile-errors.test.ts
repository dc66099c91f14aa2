/** The malformed-request test of errors.test.ts, for `/reconcile`: every mistake is a 4xx. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Store } from '../store/index.js';
import { loadStore, post, postForm, startTestServer, type TestServer } from './server-fixture.js';

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

function assertClientError(res: { status: number; body: unknown }, what: string) {
  assert.ok(res.status >= 400 && res.status < 500, `${what}: ${res.status}`);
  const body = res.body as { detail?: unknown };
  assert.equal(typeof body.detail, 'string', what);
  assert.ok((body.detail as string).length > 0, what);
}

const rq = (query: unknown) => ({ q0: query });
const ok = { query: 'RI WON HO', type: 'Person' };

/** Reconciliation batches that are wrong, each sent form-encoded (as OpenRefine does) and as JSON. */
const BAD_BATCHES: unknown[] = [
  [],
  null,
  'text',
  {},
  Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, ok])),
  rq('RI WON HO'),
  rq(null),
  rq({}),
  rq({ query: '' }),
  rq({ query: '   ' }),
  rq({ query: 5 }),
  rq({ ...ok, type: 'Nope' }),
  rq({ ...ok, type: 'Sanction' }),
  rq({ ...ok, type: 5 }),
  rq({ ...ok, type: ['Person', 5] }),
  rq({ ...ok, limit: 0 }),
  rq({ ...ok, limit: 101 }),
  rq({ ...ok, limit: 1.5 }),
  rq({ ...ok, limit: 'many' }),
  rq({ ...ok, type_strict: 'maybe' }),
  rq({ ...ok, extra: true }),
  rq({ ...ok, properties: {} }),
  rq({ ...ok, properties: [5] }),
  rq({ ...ok, properties: [{ pid: 'birthDate' }] }),
  rq({ ...ok, properties: [{ pid: '', v: 'x' }] }),
  rq({ ...ok, properties: [{ pid: 'colour', v: 'blue' }] }),
  rq({ query: 'x', properties: [{ pid: 'colour', v: 'blue' }] }),
  rq({ ...ok, type: 'Vessel', properties: [{ pid: 'birthDate', v: '1970' }] }),
  rq({ ...ok, properties: [{ pid: 'birthDate', v: {} }] }),
  rq({ ...ok, properties: [{ pid: 'birthDate', v: [null] }] }),
  rq({ ...ok, properties: [{ pid: 'birthDate', v: [['1970']] }] }),
];

/** Raw bodies that are not a batch at all, with their content type. */
const BAD_RECONCILE_BODIES: [string, string][] = [
  ['', 'application/x-www-form-urlencoded'],
  ['queries=', 'application/x-www-form-urlencoded'],
  ['queries=not%20json', 'application/x-www-form-urlencoded'],
  ['queries=%7B%7D&queries=%7B%7D', 'application/x-www-form-urlencoded'],
  ['extend=%7B%7D', 'application/x-www-form-urlencoded'],
  ['query=RI%20WON%20HO', 'application/x-www-form-urlencoded'],
  ['{"q0": ', 'application/json'],
  ['queries={}', 'text/plain'],
  ['<queries/>', 'application/xml'],
];

const BAD_RECONCILE_URLS: [string, string][] = [
  ['GET', '/reconcile?queries=%7B%7D'],
  ['GET', '/reconcile?callback=jsonp1'],
  ['GET', '/reconcile/nope'],
  ['GET', '/reconcile/%E0%A4%A'],
  ['GET', '/reconcile/un/suggest/entity'],
  ['POST', '/reconcile?threshold=2'],
  ['POST', '/reconcile?algorithm=nope'],
  ['POST', '/reconcile?limit=3'],
  ['POST', '/reconcile/nope'],
  ['PUT', '/reconcile'],
];

test('malformed reconciliation requests get a 4xx with {detail}, never a 500', async () => {
  const statuses = new Set<number>();
  const check = async (res: Response, what: string) => {
    const body = await res.json();
    assertClientError({ status: res.status, body }, what);
    statuses.add(res.status);
  };
  const url = `${server.url}/reconcile`;
  const form = 'application/x-www-form-urlencoded';
  for (const batch of BAD_BATCHES) {
    const what = JSON.stringify(batch).slice(0, 80);
    const body = new URLSearchParams({ queries: JSON.stringify(batch) });
    await check(
      await fetch(url, { method: 'POST', body, headers: { 'content-type': form } }),
      what,
    );
    const json = { 'content-type': 'application/json' };
    await check(
      await fetch(url, { method: 'POST', body: JSON.stringify(batch), headers: json }),
      `JSON ${what}`,
    );
  }
  for (const [body, type] of BAD_RECONCILE_BODIES) {
    await check(
      await fetch(url, { method: 'POST', body, headers: { 'content-type': type } }),
      body,
    );
  }
  const good = new URLSearchParams({ queries: JSON.stringify(rq(ok)) });
  for (const [method, path] of BAD_RECONCILE_URLS) {
    const body = method === 'POST' ? good : undefined;
    await check(await fetch(`${server.url}${path}`, { method, body }), `${method} ${path}`);
  }
  assert.deepEqual([...statuses].sort(), [400, 404, 405, 415]);
  assert.equal((await fetch(url, { method: 'POST', body: good })).status, 200);
});

test('reconciliation errors name the query and what was wrong', async () => {
  const send = (batch: unknown) => post(`${server.url}/reconcile`, batch);
  const type = await send(rq({ ...ok, type: 'Persn' }));
  assert.match(type.body.detail, /q0\.type: unknown or unmatchable type "Persn"/);
  const prop = await send(rq({ ...ok, properties: [{ pid: 'colour', v: 'blue' }] }));
  assert.match(prop.body.detail, /q0: type Person has no property "colour"/);
  const proto = await send(rq({ ...ok, properties: [{ pid: 'constructor', v: 'x' }] }));
  assert.match(proto.body.detail, /q0: type Person has no property "constructor"/);
  const extend = await postForm(`${server.url}/reconcile`, { extend: '{}' });
  assert.match(extend.body.detail, /data extension \("extend"\) is not supported/);
});
