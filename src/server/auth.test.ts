import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { issueKey, type Role } from '../auth/index.js';
import type { Store } from '../store/index.js';
import { type KeyStore, openKeyStore } from '../store/keys/index.js';
import { ConfigError, isLoopback, serverConfig } from './config.js';
import {
  get,
  type JsonResponse,
  loadStore,
  person,
  post,
  postForm,
  startTestServer,
  type TestServer,
} from './server-fixture.js';

let store: Store;
let keys: KeyStore;
let server: TestServer;
const token: Partial<Record<Role | 'revoked', string>> = {};

before(async () => {
  const loaded = await loadStore('un');
  store = loaded.store;
  keys = openKeyStore(loaded.path);
  for (const role of ['read', 'screen', 'admin', 'revoked'] as const) {
    const issued = issueKey(role === 'revoked' ? 'admin' : role, role);
    await keys.insert(issued.stored);
    if (role === 'revoked') await keys.revoke(issued.stored.id);
    token[role] = issued.token;
  }
  server = await startTestServer(store, { keys, config: { requireKeys: true } });
});
after(async () => {
  await server.close();
  await keys.close();
  await store.close();
});

const bearer = (role: Role | 'revoked') => ({ authorization: `Bearer ${token[role]}` });
const apiKey = (role: Role) => ({ authorization: `ApiKey ${token[role]}` });
const RECONCILE = { queries: JSON.stringify({ q0: { query: 'RI WON HO', type: 'Person' } }) };

/** Each kind of request, sent with the given headers. */
function requests(headers: Record<string, string>): Record<string, () => Promise<JsonResponse>> {
  const u = server.url;
  return {
    search: () => get(`${u}/search/default?q=ri%20won%20ho`, headers),
    entity: () => get(`${u}/entities/unsc-6908555`, headers),
    catalog: () => get(`${u}/catalog`, headers),
    algorithms: () => get(`${u}/algorithms`, headers),
    manifest: () => get(`${u}/reconcile`, headers),
    match: () => post(`${u}/match/default`, person('RI WON HO'), headers),
    reconcile: () => postForm(`${u}/reconcile`, RECONCILE, headers),
  };
}

async function statuses(headers: Record<string, string>) {
  const out: Record<string, number> = {};
  for (const [name, send] of Object.entries(requests(headers))) out[name] = (await send()).status;
  return out;
}

const READS = { search: 200, entity: 200, catalog: 200, algorithms: 200, manifest: 200 };

test('read < screen < admin: each role gets what it may, 403 beyond', async () => {
  assert.deepEqual(await statuses(bearer('read')), { ...READS, match: 403, reconcile: 403 });
  assert.deepEqual(await statuses(apiKey('screen')), { ...READS, match: 200, reconcile: 200 });
  assert.deepEqual(await statuses(bearer('admin')), { ...READS, match: 200, reconcile: 200 });
  const forbidden = await post(`${server.url}/match/default`, person('x'), bearer('read'));
  assert.match(forbidden.body.detail, /has role "read"; this needs role "screen" or higher/);
});

test('no key, an unknown, malformed or revoked key: 401 with WWW-Authenticate', async () => {
  const stranger = issueKey('admin', null).token;
  for (const headers of [
    {},
    { authorization: `Bearer ${stranger}` },
    { authorization: 'Bearer not-a-key' },
    { authorization: `Basic ${Buffer.from('user:pw').toString('base64')}` },
    bearer('revoked'),
  ]) {
    for (const [name, send] of Object.entries(requests(headers))) {
      const res = await send();
      assert.equal(res.status, 401, `${name} ${JSON.stringify(headers)}`);
      assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer realm="dossier"/);
      assert.equal(typeof res.body.detail, 'string');
    }
  }
  assert.match((await get(`${server.url}/catalog`)).body.detail, /needs an API key/);
  const revoked = await get(`${server.url}/catalog`, bearer('revoked'));
  assert.match(revoked.body.detail, /was revoked on/);
});

test('/healthz and /readyz never need a key', async () => {
  assert.equal((await get(`${server.url}/healthz`)).status, 200);
  assert.equal((await get(`${server.url}/readyz`, { authorization: 'Bearer junk' })).status, 200);
});

test('/reconcile also takes the key as ?api_key=, since OpenRefine sends no headers', async () => {
  const url = `${server.url}/reconcile?api_key=${token.screen}`;
  const manifest = await get(url);
  assert.equal(manifest.status, 200);
  const res = await postForm(url, RECONCILE);
  assert.equal(res.status, 200);
  assert.equal(res.body.q0.result[0].id, 'unsc-6908555');
  assert.equal(
    (await postForm(`${server.url}/reconcile?api_key=${token.read}`, RECONCILE)).status,
    403,
  );
  // Only there: elsewhere api_key is an unknown parameter, and the request has no key.
  assert.equal((await get(`${server.url}/catalog?api_key=${token.read}`)).status, 401);
});

test('a key revoked while the server runs is refused at once', async () => {
  const issued = issueKey('screen', 'short-lived');
  await keys.insert(issued.stored);
  const headers = { authorization: `Bearer ${issued.token}` };
  assert.equal((await get(`${server.url}/catalog`, headers)).status, 200);
  await keys.revoke(issued.stored.id);
  assert.equal((await get(`${server.url}/catalog`, headers)).status, 401);
});

test('on an open server keys are optional, but a key that is sent is checked', async () => {
  const open = await startTestServer(store, { keys });
  try {
    assert.equal((await post(`${open.url}/match/default`, person('RI WON HO'))).status, 200);
    const read = await post(`${open.url}/match/default`, person('RI WON HO'), bearer('read'));
    assert.equal(read.status, 403);
    assert.equal((await get(`${open.url}/catalog`, bearer('revoked'))).status, 401);
  } finally {
    await open.close();
  }
});

test('a server that requires keys does not start without one', async () => {
  const empty = await loadStore();
  const none = openKeyStore(empty.path);
  try {
    for (const keyStore of [none, undefined]) {
      await assert.rejects(
        startTestServer(empty.store, { keys: keyStore, config: { requireKeys: true } }),
        (error: Error) => error instanceof ConfigError && /no key exists/.test(error.message),
      );
    }
  } finally {
    await none.close();
    await empty.store.close();
  }
});

test('keys are required off loopback, and on loopback when asked', () => {
  for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', '0:0:0:0:0:0:0:1']) {
    assert.ok(isLoopback(host), host);
    assert.equal(serverConfig({ host }).requireKeys, false, host);
  }
  for (const host of [
    '0.0.0.0',
    '::',
    '10.0.0.1',
    '192.168.1.2',
    'example.org',
    '::2',
    'fe80::1',
  ]) {
    assert.ok(!isLoopback(host), host);
    assert.equal(serverConfig({ host }).requireKeys, true, host);
  }
  assert.equal(serverConfig({ requireKeys: true }).requireKeys, true);
  assert.equal(serverConfig({}, { DOSSIER_REQUIRE_KEYS: 'true' }).requireKeys, true);
  assert.throws(() => serverConfig({}, { DOSSIER_REQUIRE_KEYS: 'maybe' }), ConfigError);
});
