import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { ingest } from '../app/ingest.js';
import { repoRoot, testData } from '../testing/data.js';
import { poll } from '../testing/wait.js';
import { get, LISTS, loadStore, person, post, startTestServer } from './server-fixture.js';

const run = promisify(execFile);

test('/readyz is 503 until the index is built, then 200; matching waits for it', async () => {
  const { store } = await loadStore('un');
  const server = await startTestServer(store, { build: false });
  try {
    assert.deepEqual((await get(`${server.url}/healthz`)).body, { status: 'ok' });
    const notReady = await get(`${server.url}/readyz`);
    assert.equal(notReady.status, 503);
    assert.match(notReady.body.detail, /still being built/);
    assert.equal((await post(`${server.url}/match/default`, person('RI WON HO'))).status, 503);
    const catalog = await get(`${server.url}/catalog`);
    assert.equal(catalog.body.index_stale, true);
    assert.deepEqual(catalog.body.outdated, ['un']);
    await server.service.refresh();
    const ready = (await get(`${server.url}/readyz`)).body;
    assert.equal(ready.status, 'ok');
    assert.deepEqual(
      ready.lists.map((l: { dataset: string }) => l.dataset),
      ['un'],
    );
    const match = await post(`${server.url}/match/default`, person('RI WON HO'));
    assert.equal(match.body.responses.q.results[0].id, 'unsc-6908555');
  } finally {
    await server.close();
    await store.close();
  }
});

test('a dataset named "constructor" is not yet indexed until it is', async () => {
  const { store } = await loadStore('dpl');
  const server = await startTestServer(store);
  try {
    await ingest(store, { ...LISTS.dpl, dataset: 'constructor' });
    const catalog = (await get(`${server.url}/catalog`)).body;
    const added = catalog.datasets.find((d: { name: string }) => d.name === 'constructor');
    assert.equal(added.index_version, null);
    assert.equal(added.index_current, false);
    assert.deepEqual(catalog.outdated, ['constructor']);
  } finally {
    await server.close();
    await store.close();
  }
});

test('catalog, algorithms, the OpenAPI description and the front page', async () => {
  const { store } = await loadStore('un');
  const server = await startTestServer(store);
  try {
    const catalog = (await get(`${server.url}/catalog`)).body;
    assert.deepEqual(Object.keys(catalog), ['datasets', 'current', 'outdated', 'index_stale']);
    const un = catalog.datasets.find((d: { name: string }) => d.name === 'un');
    assert.equal(un.version, '1');
    assert.equal(un.target_count, 1003);
    assert.ok(un.entity_count > 1003);
    assert.match(un.updated_at, /^\d{4}-\d{2}-\d{2}T/);
    // The day the UN file says it was generated, as the ingest stored it.
    assert.match(un.published, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(un.published, (await store.datasets())[0]!.published);
    assert.deepEqual(catalog.current, ['default', 'un']);
    assert.equal(catalog.index_stale, false);
    const algorithms = (await get(`${server.url}/algorithms`)).body;
    assert.deepEqual(Object.keys(algorithms), ['algorithms', 'default', 'best', 'yente']);
    // yente's algorithm names, each with the one of Dossier's that runs for it.
    assert.equal(typeof algorithms.yente['logic-v2'], 'string');
    const names = algorithms.algorithms.map((a: { name: string }) => a.name);
    assert.ok(names.includes(algorithms.best) && names.includes('ofac'));
    assert.equal(algorithms.algorithms[0].docs.features.name_match.coefficient, 1);
    const openapi = (await get(`${server.url}/openapi.json`)).body;
    assert.equal(openapi.openapi, '3.1.0');
    assert.deepEqual(Object.keys(openapi.components.securitySchemes), ['bearer', 'apiKey']);
    assert.ok('401' in openapi.paths['/match/{dataset}'].post.responses);
    for (const path of [
      '/match/{dataset}',
      '/search/{dataset}',
      '/entities/{entity_id}',
      '/reconcile',
      '/screen/jobs',
      '/screen/jobs/{job_id}',
      '/screen/jobs/{job_id}/results',
      '/screen/jobs/{job_id}/report',
      '/decisions',
      '/audit/export',
      '/audit/verify',
    ]) {
      assert.ok(path in openapi.paths, path);
    }
    assert.deepEqual(Object.keys(openapi.paths['/screen/jobs']), ['post', 'get']);
    assert.deepEqual(Object.keys(openapi.paths['/screen/jobs/{job_id}']), ['get', 'delete']);
    assert.ok(openapi.components.schemas.Job.properties.status.enum.includes('cancelled'));
    assert.ok('413' in openapi.paths['/screen/jobs'].post.responses);
    // Every reference points at a schema that is there.
    for (const [, name] of JSON.stringify(openapi).matchAll(/"#\/components\/schemas\/(\w+)"/g)) {
      assert.ok(name! in openapi.components.schemas, name);
    }
    const front = await fetch(`${server.url}/`);
    assert.match(front.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await front.text(), /href="\/openapi.json"/);
  } finally {
    await server.close();
    await store.close();
  }
});

test('a dataset ingested by another process is served without a restart', async () => {
  const { store, path } = await loadStore('un');
  const server = await startTestServer(store, { refreshSeconds: 0.1 });
  try {
    const bin = join(repoRoot, 'bin', 'dossier.js');
    const file = testData('us_bis_dpl', 'dpl_2022-09.txt');
    await run(process.execPath, [bin, 'ingest', file, '--dataset', 'dpl', '--db', path]);
    // The poller sees it within 0.1 s; the rebuild takes seconds, more on a loaded machine.
    const { body: catalog } = await poll(
      () => get(`${server.url}/catalog`),
      (r) => r.body.current.includes('dpl'),
    );
    assert.deepEqual(catalog.current, ['default', 'dpl', 'un']);
    assert.equal(catalog.index_stale, false);
    // The new list is searchable, and its topics filter.
    const name = 'AARON ABRAHAM VILLA';
    const dpl = await post(`${server.url}/match/dpl?topics=export.control`, person(name));
    assert.equal(dpl.body.responses.q.results[0].caption, name);
    const sanction = await post(`${server.url}/match/default?topics=sanction`, person(name));
    assert.equal(sanction.body.responses.q.total.value, 0);
  } finally {
    await server.close();
    await store.close();
  }
  assert.equal(server.app.server.listening, false);
  await server.close(); // closing twice is harmless
});
