import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Store } from '../store/index.js';
import {
  get,
  type JsonResponse,
  loadStore,
  post,
  postForm,
  startTestServer,
  type TestServer,
} from './server-fixture.js';

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

/** What OpenRefine sends: a form with one field, `queries`, holding the batch as JSON. */
async function openRefine(path: string, queries: unknown): Promise<JsonResponse> {
  const body = `queries=${encodeURIComponent(JSON.stringify(queries))}`;
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

test('GET /reconcile is the service manifest (v0.2), readable across origins', async () => {
  const res = await get(`${server.url}/reconcile`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  const m = res.body;
  assert.deepEqual(m.versions, ['0.2']);
  assert.match(m.name, /Dossier/);
  assert.equal(m.identifierSpace, `${server.url}/entities/`);
  assert.equal(m.schemaSpace, 'https://followthemoney.tech/explorer/schemata/');
  assert.deepEqual(
    m.defaultTypes.map((t: { id: string }) => t.id),
    ['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel'],
  );
  assert.deepEqual(m.defaultTypes[0], { id: 'Person', name: 'Person' });
  assert.equal(m.view.url, `${server.url}/entities/{{id}}`);
  // The view URL works: it is the entity.
  const entity = await get(m.view.url.replace('{{id}}', 'unsc-6908555'));
  assert.equal(entity.body.caption, 'RI WON HO');
  assert.match((await get(`${server.url}/reconcile/un`)).body.name, /\(un\)/);
});

test('an OpenRefine form POST gets candidates scored 0-100, in the spec shape', async () => {
  const res = await openRefine('/reconcile', {
    q0: { query: 'RI WON HO', type: 'Person', type_strict: 'should', limit: 3 },
    q1: { query: 'Korea Mining Development Trading Corporation' },
  });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('x-batch-size'), '2');
  assert.deepEqual(Object.keys(res.body), ['q0', 'q1']);
  const q0 = res.body.q0.result;
  assert.ok(q0.length > 0 && q0.length <= 3);
  const [top] = q0;
  assert.deepEqual(Object.keys(top), ['id', 'name', 'score', 'match', 'type', 'description']);
  assert.ok(['unsc-6908555', 'ofac-19609'].includes(top.id));
  assert.equal(top.score, 100);
  assert.equal(top.match, true);
  assert.deepEqual(top.type, [{ id: 'Person', name: 'Person' }]);
  assert.match(top.description, /^Person · born .* · lists: (un|ofac)/);
  for (const r of q0) assert.ok(r.score >= 0 && r.score <= 100 && typeof r.match === 'boolean');
  const scores = q0.map((r: { score: number }) => r.score);
  assert.deepEqual(
    scores,
    [...scores].sort((a, b) => b - a),
    'best first',
  );
  const q1 = res.body.q1.result[0];
  assert.equal(q1.name, 'KOREA MINING DEVELOPMENT TRADING CORPORATION');
  assert.equal(q1.match, true);
});

test('properties map to FollowTheMoney properties and count in the score', async () => {
  const query = (birthDate: string) => ({
    q: {
      query: 'Vladimir Putin',
      type: 'Person',
      properties: [
        { pid: 'birthDate', v: birthDate },
        { pid: 'Person:nationality', v: 'Russia' },
      ],
    },
  });
  const right = (await openRefine('/reconcile/ofac', query('1952-10-07'))).body.q.result[0];
  const wrong = (await openRefine('/reconcile/ofac', query('1980-01-01'))).body.q.result[0];
  assert.equal(right.id, 'ofac-35096');
  assert.equal(wrong.id, 'ofac-35096');
  assert.ok(right.score > wrong.score, `${right.score} > ${wrong.score}`);
  // An untyped query with a person's property is screened as a person; aliases and labels work.
  const untyped = await openRefine('/reconcile', {
    q: { query: 'Vladimir Putin', properties: [{ pid: 'date of birth', v: ['1952-10-07'] }] },
  });
  assert.equal(untyped.body.q.result[0].id, 'ofac-35096');
  // Untyped, a vessel's name finds the vessel: every kind of party is screened (issue 10).
  const vessel = await openRefine('/reconcile/ofac', { q: { query: 'ADRIAN DARYA 1' } });
  assert.equal(vessel.body.q.result[0].id, 'ofac-27304');
});

test('a JSON body works too, and /reconcile/{dataset} searches that dataset only', async () => {
  const res = await post(`${server.url}/reconcile/un`, { q0: { query: 'RI WON HO' } });
  assert.equal(res.status, 200);
  const ids = res.body.q0.result.map((r: { id: string }) => r.id);
  assert.ok(ids.includes('unsc-6908555'));
  assert.ok(
    ids.every((id: string) => id.startsWith('unsc-')),
    ids.join(),
  );
  const strict = await postForm(`${server.url}/reconcile?threshold=1`, {
    queries: JSON.stringify({ q: { query: 'RI WON H', type: 'Person' } }),
  });
  assert.equal(strict.body.q.result[0].match, false, 'match follows the threshold');
});

test('behind a proxy, the manifest links to the configured public URL', async () => {
  const proxied = await startTestServer(store, {
    config: { publicUrl: 'https://screening.example.org/dossier/' },
  });
  try {
    const m = (await get(`${proxied.url}/reconcile/un`)).body;
    assert.equal(m.view.url, 'https://screening.example.org/dossier/entities/{{id}}');
    assert.equal(m.identifierSpace, 'https://screening.example.org/dossier/entities/');
  } finally {
    await proxied.close();
  }
});
