/**
 * The workbench's files under /app/ beside the API: content types, caching, the
 * Content-Security-Policy, the fallback to the page for the app's own paths, and that none of it
 * shadows an API route or answers an API path with HTML. The bundle is a small one written here,
 * so that these tests do not depend on the real build.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { issueKey } from '../../auth/index.js';
import type { Store } from '../../store/index.js';
import { type KeyStore, openKeyStore } from '../../store/keys/index.js';
import { get, loadStore, startTestServer, type TestServer } from '../server-fixture.js';
import { CONTENT_SECURITY_POLICY } from './index.js';

const PAGE =
  '<!doctype html><html lang="en"><title>t</title><script src="/app/assets/main-abc123.js"></script></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;

let store: Store;
let keys: KeyStore;
let server: TestServer;
let bare: TestServer;
let readToken: string;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-workbench-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'assets', 'main-abc123.js'), SCRIPT);
  writeFileSync(join(dir, 'assets', 'main-abc123.css'), 'body{margin:0}');
  writeFileSync(join(dir, 'assets', 'notes.exe'), 'not served');
  const loaded = await loadStore('un');
  store = loaded.store;
  keys = openKeyStore(loaded.path);
  const issued = issueKey('read', 'reader');
  await keys.insert(issued.stored);
  readToken = issued.token;
  server = await startTestServer(store, {
    keys,
    config: { requireKeys: true },
    workbench: dir,
  });
  bare = await startTestServer(store, { build: false, workbench: join(dir, 'missing') });
});
after(async () => {
  await server.close();
  await bare.close();
  await keys.close();
  await store.close();
});

test('the page and its assets need no key, with their types, caching and CSP', async () => {
  const page = await get(`${server.url}/app/`);
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(page.headers.get('cache-control'), 'no-cache');
  assert.equal(page.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'/);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval|\*/);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(page.body, PAGE);

  const script = await get(`${server.url}/app/assets/main-abc123.js`);
  assert.equal(script.status, 200);
  assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal(script.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(script.body, SCRIPT);
  const css = await get(`${server.url}/app/assets/main-abc123.css`);
  assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
});

test('a large text asset goes gzipped to a client that takes gzip, plain to one that does not', async () => {
  const raw = await fetch(`${server.url}/app/assets/main-abc123.js`, {
    headers: { 'accept-encoding': 'identity' },
  });
  assert.equal(raw.headers.get('content-encoding'), null);
  assert.equal(Number(raw.headers.get('content-length')), Buffer.byteLength(SCRIPT));
  const zipped = await fetch(`${server.url}/app/assets/main-abc123.js`, {
    headers: { 'accept-encoding': 'gzip' },
  });
  assert.equal(zipped.headers.get('content-encoding'), 'gzip');
  assert.ok(Number(zipped.headers.get('content-length')) < Buffer.byteLength(SCRIPT) / 5);
  assert.equal(await zipped.text(), SCRIPT); // fetch unzips it
});

test("the app's own paths get the page; a missing asset is a JSON 404, not the page", async () => {
  for (const path of ['/app/search?q=x', '/app/entities/unsc-6908555', '/app/screening/abc']) {
    const r = await get(`${server.url}${path}`);
    assert.equal(r.status, 200, path);
    assert.equal(r.body, PAGE, path);
  }
  const missing = await get(`${server.url}/app/assets/gone-123.js`);
  assert.equal(missing.status, 404);
  assert.match(missing.headers.get('content-type') ?? '', /^application\/json/);
  // A file of a type the workbench never has is not served, even if it is in the folder.
  assert.equal((await get(`${server.url}/app/assets/notes.exe`)).status, 404);
  assert.equal((await get(`${server.url}/app/assets/../index.html`)).status, 200); // URL-normalised
  const traversal = await get(`${server.url}/app/assets/%2e%2e%2f%2e%2e%2fpackage.json`);
  assert.equal(traversal.status, 404);
  const bareApp = await fetch(`${server.url}/app`, { redirect: 'manual' });
  assert.equal(bareApp.status, 308);
  assert.equal(bareApp.headers.get('location'), '/app/');
});

test('API paths keep their answers: JSON, keys required, never the page', async () => {
  const entity = await get(`${server.url}/entities/unsc-6908555`);
  assert.equal(entity.status, 401);
  const unknown = await get(`${server.url}/search-everything`);
  assert.equal(unknown.status, 404);
  assert.match(unknown.headers.get('content-type') ?? '', /^application\/json/);
  const appLike = await get(`${server.url}/application`);
  assert.equal(appLike.status, 404);
  assert.match(appLike.headers.get('content-type') ?? '', /^application\/json/);
  const post = await fetch(`${server.url}/app/`, { method: 'POST', body: '{}' });
  assert.equal(post.status, 405);
});

test('GET /session says the key role, and admin for anyone on an open server', async () => {
  const signedIn = await get(`${server.url}/session`, { authorization: `Bearer ${readToken}` });
  assert.equal(signedIn.status, 200);
  assert.equal(signedIn.body.role, 'read');
  assert.equal(signedIn.body.key.name, 'reader');
  assert.equal(signedIn.body.require_keys, true);
  assert.equal((await get(`${server.url}/session`)).status, 401);
  const open = await get(`${bare.url}/session`);
  assert.deepEqual(open.body, { role: 'admin', key: null, require_keys: false });
});

test('a server without a built workbench says how to build it', async () => {
  const r = await get(`${bare.url}/app/`);
  assert.equal(r.status, 404);
  assert.match(r.body.detail, /npm run build/);
});
