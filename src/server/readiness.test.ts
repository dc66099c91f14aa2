/**
 * A server over no list never answers "clear": /readyz is not ready and says why, and every way
 * of screening (/match, /search, /reconcile, jobs) answers 503 with the reason, until lists are
 * loaded and indexed. Then /readyz and each /match answer name the list versions screened against.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ingest } from '../app/ingest.js';
import { openStore, type Store } from '../store/index.js';
import { openScreeningStore, type ScreeningStore } from '../store/screening/index.js';
import { upload } from './jobs-fixture.js';
import { get, LISTS, post, postForm, startTestServer, type TestServer } from './server-fixture.js';

let store: Store;
let repo: ScreeningStore;
let server: TestServer;

before(async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-ready-')), 'empty.db');
  store = openStore(path);
  repo = openScreeningStore(path);
  // The index is built, over nothing: what `serve` on an empty database has after its first build.
  server = await startTestServer(store, { repo });
});
after(async () => {
  await server.close();
  await repo.close();
  await store.close();
});

const PUTIN = { queries: { q: { schema: 'Person', properties: { name: ['Vladimir Putin'] } } } };
const NO_LIST = /no sanctions list is loaded.*dossier update.*dossier ingest/;

test('over no list, /healthz is up but /readyz and every screening route answer 503', async () => {
  assert.equal((await get(`${server.url}/healthz`)).status, 200);
  const ready = await get(`${server.url}/readyz`);
  assert.equal(ready.status, 503);
  assert.match(ready.body.detail, NO_LIST);

  const answers = {
    match: await post(`${server.url}/match/default`, PUTIN),
    search: await get(`${server.url}/search/default?q=Putin`),
    reconcile: await postForm(`${server.url}/reconcile`, {
      queries: JSON.stringify({ q0: { query: 'Vladimir Putin' } }),
    }),
    job: await upload(`${server.url}/screen/jobs`, 'name\nVladimir Putin\n', 'text/csv'),
  };
  for (const [route, answer] of Object.entries(answers)) {
    assert.equal(answer.status, 503, `${route}: ${JSON.stringify(answer.body)}`);
    assert.match(answer.body.detail, NO_LIST, route);
  }
  assert.deepEqual(await repo.runs(), [], 'a refused job leaves no run');
});

test('once a list is loaded and indexed, /readyz and /match name its version', async () => {
  await ingest(store, LISTS.un);
  await server.service.refreshIfStale();
  const ready = await get(`${server.url}/readyz`);
  assert.equal(ready.status, 200, JSON.stringify(ready.body));
  assert.equal(ready.body.status, 'ok');
  assert.deepEqual(
    ready.body.lists.map((l: { dataset: string; version: number }) => [l.dataset, l.version]),
    [['un', 1]],
  );
  const match = await post(`${server.url}/match/default`, PUTIN);
  assert.equal(match.status, 200, JSON.stringify(match.body));
  const [list] = match.body.responses.q.lists;
  assert.equal(list.dataset, 'un');
  assert.equal(list.version, 1);
  assert.match(list.loaded_at, /^\d{4}-\d\d-\d\dT/);
  // yente's fields are all still there.
  for (const field of ['status', 'results', 'total', 'query']) {
    assert.ok(field in match.body.responses.q, field);
  }
});
