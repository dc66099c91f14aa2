/**
 * What every key store backend must do, as a suite that takes a factory. SQLite runs it today; a
 * PostgreSQL backend will run the same suite. The factory gives a fresh, empty store each time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { issueKey } from '../../auth/index.js';
import type { KeyStore } from './types.js';

const at = (iso: string) => new Date(iso);

export function keyStoreConformance(name: string, open: () => Promise<KeyStore>) {
  test(`${name} keys: an empty store finds nothing and counts nothing`, async () => {
    const keys = await open();
    assert.deepEqual(await keys.list(), []);
    assert.equal(await keys.countActive(), 0);
    assert.equal(await keys.find('000000000000'), null);
    assert.equal(await keys.revoke('000000000000'), 'unknown');
    await keys.close();
  });

  test(`${name} keys: a key comes back byte for byte, and listing hides the secret`, async () => {
    const keys = await open();
    const { stored } = issueKey('admin', 'ops', at('2025-03-01T10:00:00Z'));
    await keys.insert(stored);
    const found = await keys.find(stored.id);
    assert.deepEqual(found, stored);
    assert.ok(Buffer.isBuffer(found?.salt) && found.salt.equals(stored.salt));
    const [listed] = await keys.list();
    assert.deepEqual(listed, {
      id: stored.id,
      name: 'ops',
      role: 'admin',
      createdAt: stored.createdAt,
      revokedAt: null,
    });
    await keys.close();
  });

  test(`${name} keys: listed oldest first, ties broken by id`, async () => {
    const keys = await open();
    const late = issueKey('read', 'late', at('2025-05-01T00:00:00Z')).stored;
    const early = issueKey('read', 'early', at('2025-01-01T00:00:00Z')).stored;
    const same1 = issueKey('screen', null, at('2025-03-01T00:00:00Z')).stored;
    const same2 = issueKey('screen', null, at('2025-03-01T00:00:00Z')).stored;
    for (const key of [late, same2, early, same1]) await keys.insert(key);
    const ties = [same1.id, same2.id].sort();
    assert.deepEqual(
      (await keys.list()).map((k) => k.id),
      [early.id, ...ties, late.id],
    );
    await keys.close();
  });

  test(`${name} keys: a second key with the same id is refused, the first kept`, async () => {
    const keys = await open();
    const first = issueKey('read', 'first').stored;
    await keys.insert(first);
    await assert.rejects(keys.insert({ ...first, name: 'impostor', role: 'admin' }));
    assert.deepEqual(await keys.find(first.id), first);
    assert.equal(await keys.countActive(), 1);
    await keys.close();
  });

  test(`${name} keys: revocation is recorded once, to the second`, async () => {
    const keys = await open();
    const a = issueKey('screen', 'a').stored;
    const b = issueKey('screen', 'b').stored;
    await keys.insert(a);
    await keys.insert(b);
    assert.equal(await keys.revoke(a.id, at('2025-06-01T12:00:00.750Z')), 'revoked');
    assert.equal(await keys.revoke(a.id, at('2025-07-01T00:00:00Z')), 'already-revoked');
    assert.equal((await keys.find(a.id))?.revokedAt, '2025-06-01T12:00:00Z');
    assert.equal((await keys.find(b.id))?.revokedAt, null);
    assert.equal(await keys.countActive(), 1);
    assert.equal((await keys.list()).length, 2, 'revoked keys stay listed');
    await keys.close();
  });

  test(`${name} keys: a closed store refuses, and closing twice is harmless`, async () => {
    const keys = await open();
    await keys.close();
    await keys.close();
    await assert.rejects(keys.list(), /closed/);
    await assert.rejects(keys.find('000000000000'), /closed/);
    await assert.rejects(keys.insert(issueKey('read', null).stored), /closed/);
  });
}
