/**
 * The index is rebuilt off the event loop and swapped in (issue 14, finding 8). The build worker
 * is held, once built, on a shared flag (a test seam): it blocks its own thread, as a long build
 * does. Had the build run on the server's thread, nothing could be answered while it is held; in
 * its worker, /healthz and /match are answered, from the old index, and only after the release
 * is the new index swapped in. No timing is asserted, only the order of events.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ingest } from '../app/ingest.js';
import { MatchService, readSnapshotFile } from '../app/matching/index.js';
import { loadMatcherTools } from '../app/matcher-tools.js';
import type { MatcherTools } from '../core/matching/index.js';
import type { Store } from '../store/index.js';
import { get, LISTS, loadStore, post, startTestServer } from './server-fixture.js';

let store: Store;
let db: string;
let tools: MatcherTools;

before(async () => {
  ({ store, path: db } = await loadStore('un'));
  tools = await loadMatcherTools();
});
after(async () => {
  await store.close();
});

/** A flag the build worker waits on once built: 0 holds it, 1 lets it go. */
function holdFlag() {
  const buffer = new SharedArrayBuffer(8);
  const flag = new Int32Array(buffer);
  return {
    buffer,
    hold: () => Atomics.store(flag, 0, 0),
    release: () => {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    },
  };
}

/** Progress lines, and a promise for the first that matches. */
function progressLines() {
  const lines: string[] = [];
  const waiting: [RegExp, () => void][] = [];
  return {
    lines,
    add(line: string) {
      lines.push(line);
      for (const [pattern, resolve] of waiting) if (pattern.test(line)) resolve();
    },
    next(pattern: RegExp) {
      return new Promise<void>((resolve) => waiting.push([pattern, resolve]));
    },
  };
}

const KUPOL = {
  queries: {
    q: { schema: 'Organization', properties: { name: ['Izhevsk Electromechanical Plant Kupol'] } },
  },
};

const datasetsOf = (response: { body: { responses: { q: { lists: { dataset: string }[] } } } }) =>
  response.body.responses.q.lists.map((l) => l.dataset).sort();
const idsOf = (response: { body: { responses: { q: { results: { id: string }[] } } } }) =>
  response.body.responses.q.results.map((r) => r.id);

test('at start, /readyz answers 503 while the worker builds, /healthz 200, then ready', async () => {
  const flag = holdFlag();
  const progress = progressLines();
  // No snapshot file: the worker builds, and is held once built.
  const service = new MatchService(store, tools, {
    snapshot: null,
    worker: { db, hold: flag.buffer },
    progress: progress.add,
  });
  const server = await startTestServer(store, { service, build: false });
  try {
    const built = progress.next(/^match index built/);
    const starting = service.refresh();
    await built;
    assert.equal((await get(`${server.url}/healthz`)).status, 200);
    const ready = await get(`${server.url}/readyz`);
    assert.equal(ready.status, 503);
    assert.match(ready.body.detail, /still being built/);
    flag.release();
    await starting;
    const now = await get(`${server.url}/readyz`);
    assert.equal(now.status, 200, JSON.stringify(now.body));
  } finally {
    flag.release();
    await server.close();
  }
});

test('during a rebuild over OFAC and UN, /healthz and /match answer, from the old index until the swap', async () => {
  const flag = holdFlag();
  flag.release();
  const progress = progressLines();
  const service = new MatchService(store, tools, {
    snapshot: `${db}.index`,
    worker: { db, hold: flag.buffer },
    progress: progress.add,
  });
  await service.refresh();
  assert.equal(service.lastLoad?.thread, 'worker');
  const server = await startTestServer(store, { service, build: false });
  try {
    const old = await post(`${server.url}/match/default`, KUPOL);
    assert.equal(old.status, 200, JSON.stringify(old.body));
    assert.deepEqual(datasetsOf(old), ['un']);
    assert.ok(!idsOf(old).includes('ofac-46431'));

    await ingest(store, LISTS.ofac);
    flag.hold();
    const events: string[] = [];
    const built = progress.next(/^match index built/);
    const rebuild = service.refreshIfStale().then((rebuilt) => {
      events.push('swapped');
      return rebuilt;
    });
    // The worker has built the index over both lists and is held before handing it over.
    await built;
    const health = await get(`${server.url}/healthz`);
    events.push(`healthz ${health.status}`);
    const during = await post(`${server.url}/match/default`, KUPOL);
    events.push(`match ${during.status}`);
    assert.deepEqual(datasetsOf(during), ['un'], 'answered from the old index');
    assert.ok(!idsOf(during).includes('ofac-46431'));
    flag.release();
    assert.equal(await rebuild, true);
    assert.deepEqual(events, ['healthz 200', 'match 200', 'swapped']);

    const fresh = await post(`${server.url}/match/default`, KUPOL);
    assert.deepEqual(datasetsOf(fresh), ['ofac', 'un'], 'answered from the new index');
    assert.equal(idsOf(fresh)[0], 'ofac-46431');
    assert.equal(service.lastLoad?.thread, 'worker');
    assert.equal(service.lastLoad?.source, 'built');
    assert.ok(
      progress.lines.some((l) => /^match index saved to /.test(l)),
      progress.lines.join('\n'),
    );
  } finally {
    flag.release();
    await server.close();
  }
});

test('a build whose worker fails keeps the old index, says so in /readyz, and is not retried', async () => {
  // The old index, as the server had it: the snapshot of the lists before the next load.
  const before = readSnapshotFile(`${db}.index`, { shared: true });
  assert.ok(before, 'the first test saved a snapshot');
  const lines: string[] = [];
  // A heap of 4 MB: the worker runs out of memory, as a list too large for the machine would.
  const service = new MatchService(store, tools, {
    snapshot: null,
    worker: { db, maxHeapMb: 4 },
    progress: (line) => lines.push(line),
  });
  await service.adopt(before);
  assert.equal(service.lastLoad?.source, 'snapshot');
  const server = await startTestServer(store, { service, build: false });
  try {
    await ingest(store, LISTS.un);
    await assert.rejects(service.refreshIfStale(), /memory|not built/);
    const failure = service.failure;
    assert.ok(failure);
    assert.match(failure.lists, /un v2/);

    const ready = await get(`${server.url}/readyz`);
    assert.equal(ready.status, 200, 'the old index still screens');
    const lists = ready.body.lists.map((l: { dataset: string; version: number }) => {
      return `${l.dataset} v${l.version}`;
    });
    assert.deepEqual(lists.sort(), ['ofac v1', 'un v1']);
    assert.match(ready.body.rebuild_failed.lists, /un v2/);
    const match = await post(`${server.url}/match/default`, KUPOL);
    assert.equal(match.status, 200);
    assert.equal(idsOf(match)[0], 'ofac-46431', 'answered from the old index');

    // The next polls do not build the same lists again (one error per version in the log).
    assert.equal(await service.refreshIfStale(), false);
    assert.equal(await service.refreshIfStale(), false);
    assert.equal(service.failure, failure);
  } finally {
    await server.close();
  }
});
