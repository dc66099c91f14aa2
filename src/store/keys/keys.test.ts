import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { issueKey, parseToken, verifyToken } from '../../auth/index.js';
import { openStore } from '../index.js';
import { openKeyStore } from './index.js';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'dossier-keys-')), 'test.db');

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
