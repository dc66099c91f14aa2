import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { issueKey, parseToken, verifyToken } from '../../auth/index.js';
import { repoRoot } from '../../testing/data.js';
import { openStore } from '../index.js';
import { openSqlite } from '../sqlite/index.js';
import { SchemaTooNew } from '../sqlite/index.js';
import { keyStoreConformance } from './conformance.js';
import { openKeyStore, SqliteKeyStore } from './index.js';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'dossier-keys-')), 'test.db');
const fixture = join(repoRoot, 'src', 'store', 'fixtures', 'dossier-0.1.0.db');

keyStoreConformance('sqlite', async () => new SqliteKeyStore(tempDb()));

function recordedVersion(path: string, domain: string): number | undefined {
  const db = openSqlite(path, { readonly: true });
  try {
    const row = db.prepare('SELECT version FROM dossier_schema WHERE domain = ?').get(domain) as
      | { version: number }
      | undefined;
    return row?.version;
  } finally {
    db.close();
  }
}

test('a file written by release 0.1.0 opens with its key, and is recorded at version 1', async () => {
  const path = tempDb();
  copyFileSync(fixture, path);
  const keys = openKeyStore(path);
  try {
    const [key] = await keys.list();
    assert.equal(key?.name, 'fixture-key');
    assert.equal(key?.role, 'screen');
    assert.equal((await keys.find(key!.id))?.name, 'fixture-key');
    assert.equal(await keys.countActive(), 1);
  } finally {
    await keys.close();
  }
  assert.equal(recordedVersion(path, 'keys'), 1);
  // Opening again writes nothing new and still finds the key.
  const again = openKeyStore(path);
  assert.equal(await again.countActive(), 1);
  await again.close();
});

test('a new file gets the keys table at version 1; a newer layout is refused', async () => {
  const path = tempDb();
  await openKeyStore(path).close();
  assert.equal(recordedVersion(path, 'keys'), 1);
  const db = openSqlite(path);
  db.prepare("UPDATE dossier_schema SET version = 99 WHERE domain = 'keys'").run();
  db.close();
  assert.throws(() => openKeyStore(path), SchemaTooNew);
});

test('a PostgreSQL location is refused with a clear message', () => {
  assert.throws(() => openKeyStore('postgres://localhost/dossier'), /PostgreSQL backend/);
});

test('keys are stored, listed, found and revoked in the store file', async () => {
  const path = tempDb();
  const store = openStore(path);
  const keys = openKeyStore(path);
  try {
    const a = issueKey('read', 'first', new Date('2025-01-01T00:00:00Z'));
    const b = issueKey('admin', null, new Date('2025-01-02T00:00:00Z'));
    await keys.insert(a.stored);
    await keys.insert(b.stored);
    assert.equal(await keys.countActive(), 2);
    const listed = await keys.list();
    assert.deepEqual(
      listed.map((k) => [k.id, k.name, k.role, k.createdAt, k.revokedAt]),
      [
        [a.stored.id, 'first', 'read', '2025-01-01T00:00:00Z', null],
        [b.stored.id, null, 'admin', '2025-01-02T00:00:00Z', null],
      ],
    );
    assert.ok(!('hash' in listed[0]!) && !('salt' in listed[0]!), 'listing hides the hash');
    assert.deepEqual(await keys.find(a.stored.id), a.stored);
    assert.equal(await keys.find('000000000000'), null);
    // The entity store is untouched and still works beside the keys table.
    assert.deepEqual(await store.datasets(), []);

    assert.equal(await keys.revoke(a.stored.id, new Date('2025-02-01T00:00:00.5Z')), 'revoked');
    assert.equal(await keys.revoke(a.stored.id), 'already-revoked');
    assert.equal(await keys.revoke('nope'), 'unknown');
    assert.equal(await keys.countActive(), 1);
    assert.equal((await keys.find(a.stored.id))?.revokedAt, '2025-02-01T00:00:00Z');
  } finally {
    await keys.close();
    await store.close();
  }
});

test('a revocation by one connection is seen by another at once', async () => {
  const path = tempDb();
  const cli = openKeyStore(path);
  const server = openKeyStore(path);
  try {
    const { token, stored } = issueKey('screen', 'shared');
    await cli.insert(stored);
    assert.equal((await verifyToken(server, token)).role, 'screen');
    await cli.revoke(parseToken(token)!.id);
    await assert.rejects(verifyToken(server, token), /was revoked/);
  } finally {
    await cli.close();
    await server.close();
  }
  // Closing twice is harmless; a store opened after the keys table exists migrates as usual.
  await cli.close();
  const store = openStore(path);
  assert.deepEqual(await store.datasets(), []);
  await store.close();
});
