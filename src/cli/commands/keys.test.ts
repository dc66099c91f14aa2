/** `dossier keys` and `dossier serve` with keys, end to end. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openKeyStore } from '../../store/keys/index.js';
import { get, loadStore } from '../../testing/index.js';
import { waitForOutput } from '../../testing/wait.js';
import { repoRoot } from '../../testing/data.js';
import { runCli } from '../run.js';

let db: string;

before(async () => {
  const { store, path } = await loadStore('un');
  await store.close();
  db = path;
});

test('keys create prints the key once; list shows it without the secret; revoke ends it', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-keys-cli-')), 'keys.db');
  const created = await runCli([
    'keys',
    'create',
    '--role',
    'screen',
    '--name',
    'refine',
    '--db',
    path,
  ]);
  assert.equal(created.code, 0, created.err);
  const key = created.out.trim();
  assert.match(key, /^dsk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
  const id = key.split('_')[1]!;
  assert.match(created.err, new RegExp(`Created API key ${id} \\(role screen, name "refine"\\)`));
  assert.match(created.err, /only time the key is shown/);
  const json = await runCli(['keys', '--db', path, 'create', '--role', 'read', '--json']);
  assert.equal(json.code, 0, json.err);
  assert.deepEqual(Object.keys(JSON.parse(json.out)), [
    ...['id', 'name', 'role', 'created_at', 'revoked_at', 'key'],
  ]);

  const table = await runCli(['keys', 'list', '--db', path]);
  assert.match(table.out, /^ID\s+ROLE\s+STATUS\s+CREATED\s+NAME\n/);
  assert.match(table.out, new RegExp(`${id}\\s+screen\\s+active\\s+\\S+Z\\s+refine`));
  assert.ok(!table.out.includes(key.slice(17)), 'the secret is never listed');
  assert.equal((await runCli(['keys', 'revoke', id, '--db', path])).out, `Revoked API key ${id}\n`);
  const listed = JSON.parse((await runCli(['keys', 'list', '--json', '--db', path])).out);
  assert.equal(listed.length, 2);
  const revokedAt = (keyId: string) =>
    listed.find((k: { id: string }) => k.id === keyId).revoked_at;
  assert.match(revokedAt(id), /^\d{4}-\d{2}-\d{2}T/);
  assert.equal(revokedAt(JSON.parse(json.out).id), null);
});

test('keys commands refuse mistakes with exit codes 2 and 3', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-keys-cli-')), 'keys.db');
  // An existing database without keys: a missing one is refused before any key is looked up.
  await openKeyStore(path).close();
  const role = await runCli(['keys', 'create', '--role', 'root', '--db', path]);
  assert.equal(role.code, 2);
  assert.match(role.err, /^Error: unknown role "root"; use one of: read, screen, admin\n$/);
  assert.equal((await runCli(['keys', 'create', '--db', path])).code, 2);
  assert.equal(
    (await runCli(['keys', 'create', '--role', 'read', '--name', ' ', '--db', path])).code,
    2,
  );
  const unknown = await runCli(['keys', 'revoke', '0123456789ab', '--db', path]);
  assert.equal(unknown.code, 3);
  assert.match(unknown.err, /^Error: no API key with id 0123456789ab\n$/);
  const none = await runCli(['keys', 'list', '--db', path]);
  assert.match(none.out, /^No API keys yet/);
});

test('dossier serve off loopback refuses to start without a key', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-keys-cli-')), 'empty.db');
  await openKeyStore(path).close();
  const result = await runCli(['serve', '--host', '0.0.0.0', '--port', '0', '--db', path]);
  assert.equal(result.code, 2);
  assert.match(
    result.err,
    /^Error: 0\.0\.0\.0 is not a loopback address, so every request needs an API key, and no key exists: create one with "dossier keys create/,
  );
});

test('dossier serve --require-keys: every request but the probes needs a key', async () => {
  const created = await runCli(['keys', 'create', '--role', 'read', '--db', db]);
  const key = created.out.trim();
  const bin = join(repoRoot, 'bin', 'dossier.js');
  const args = [bin, 'serve', '--port', '0', '--require-keys', '--db', db];
  const child = spawn(process.execPath, args);
  after(() => child.kill());
  const url = (await waitForOutput(child, /listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
  assert.equal((await get(`${url}/healthz`)).status, 200);
  const anonymous = await get(`${url}/catalog`);
  assert.equal(anonymous.status, 401);
  assert.ok(anonymous.headers.get('www-authenticate'));
  assert.equal((await get(`${url}/catalog`, { authorization: `ApiKey ${key}` })).status, 200);
  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  assert.equal(code, 0);
});
