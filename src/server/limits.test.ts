import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { issueKey } from '../auth/index.js';
import type { Store } from '../store/index.js';
import { type KeyStore, openKeyStore } from '../store/keys/index.js';
import { ConfigError, serverConfig } from './config.js';
import { get, loadStore, person, post, startTestServer } from './server-fixture.js';

let store: Store;
let keys: KeyStore;
let path: string;

before(async () => {
  ({ store, path } = await loadStore('un'));
  keys = openKeyStore(path);
});
after(async () => {
  await keys.close();
  await store.close();
});

test('past its burst, a client gets 429 with Retry-After; health probes are not limited', async () => {
  const server = await startTestServer(store, { config: { rateLimit: 1, rateBurst: 3 } });
  try {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await get(`${server.url}/catalog`)).status);
    assert.deepEqual(codes, [200, 200, 200, 429]);
    const limited = await post(`${server.url}/match/default`, person('RI WON HO'));
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '1');
    assert.match(limited.body.detail, /too many requests; retry in 1 s/);
    for (let i = 0; i < 5; i++) assert.equal((await get(`${server.url}/healthz`)).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.equal((await get(`${server.url}/catalog`)).status, 200, 'a token came back');
  } finally {
    await server.close();
  }
});

test('each key has its own bucket; failed attempts count against the address', async () => {
  const a = issueKey('read', 'a');
  const b = issueKey('read', 'b');
  await keys.insert(a.stored);
  await keys.insert(b.stored);
  const server = await startTestServer(store, {
    keys,
    config: { requireKeys: true, rateLimit: 0.5, rateBurst: 2 },
  });
  const as = (t: string) => ({ authorization: `Bearer ${t}` });
  try {
    const codes = (t: string) =>
      Promise.all([1, 2, 3].map(() => get(`${server.url}/catalog`, as(t)))).then((rs) =>
        rs.map((r) => r.status).sort(),
      );
    assert.deepEqual(await codes(a.token), [200, 200, 429]);
    assert.deepEqual(await codes(b.token), [200, 200, 429]);
    const guesses = [];
    for (let i = 0; i < 3; i++) {
      guesses.push((await get(`${server.url}/catalog`, as(issueKey('admin', null).token))).status);
    }
    assert.deepEqual(guesses, [401, 401, 429]);
    const retry = await get(`${server.url}/catalog`, as(a.token));
    // One token per 2 s: whole seconds, rounded up.
    assert.match(retry.headers.get('retry-after') ?? '', /^[12]$/);
  } finally {
    await server.close();
  }
});

test('the body size limit is configurable: past it, 413', async () => {
  const server = await startTestServer(store, { config: { maxBodyBytes: 2048 } });
  try {
    const big = person('x'.repeat(3000));
    const res = await post(`${server.url}/match/default`, big);
    assert.equal(res.status, 413);
    assert.match(res.body.detail, /exceeds 2048 bytes/);
    assert.equal((await post(`${server.url}/match/default`, person('RI WON HO'))).status, 200);
  } finally {
    await server.close();
  }
});

test('limits are read from flags and the environment, and checked', () => {
  const env = { DOSSIER_RATE_LIMIT: '5', DOSSIER_RATE_BURST: '10', DOSSIER_MAX_BODY_BYTES: '4096' };
  const config = serverConfig({}, env);
  assert.deepEqual([config.rateLimit, config.rateBurst, config.maxBodyBytes], [5, 10, 4096]);
  assert.equal(serverConfig({ rateLimit: '0' }, env).rateLimit, 0);
  const defaults = serverConfig();
  assert.deepEqual(
    [defaults.rateLimit, defaults.rateBurst, defaults.maxBodyBytes],
    [50, 100, 2 ** 20],
  );
  for (const bad of [{ rateLimit: '-1' }, { rateBurst: '0' }, { maxBodyBytes: '1e12' }]) {
    assert.throws(() => serverConfig(bad), ConfigError, JSON.stringify(bad));
  }
  assert.throws(() => serverConfig({ publicUrl: 'ftp://x' }), ConfigError);
  // Jobs one key may have waiting: 10 by default, then the environment, then the flag.
  assert.equal(defaults.maxQueuedJobsPerKey, 10);
  const queued = { DOSSIER_MAX_QUEUED_JOBS_PER_KEY: '3' };
  assert.equal(serverConfig({}, queued).maxQueuedJobsPerKey, 3);
  assert.equal(serverConfig({ maxQueuedJobsPerKey: '7' }, queued).maxQueuedJobsPerKey, 7);
  assert.throws(
    () => serverConfig({}, { DOSSIER_MAX_QUEUED_JOBS_PER_KEY: '0' }),
    /the jobs one key may have waiting must be a number from 1 to 1000000, not "0"/,
  );
  assert.equal(
    serverConfig({ publicUrl: 'https://screen.example.org/api/' }).publicUrl,
    'https://screen.example.org/api',
  );
});
