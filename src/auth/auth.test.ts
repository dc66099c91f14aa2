import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  AuthenticationError,
  issueKey,
  type KeyLookup,
  PermissionError,
  parseRole,
  parseToken,
  requireRole,
  roleAllows,
  type StoredKey,
  tokenFromHeader,
  UnknownRole,
  verifySecret,
  verifyToken,
} from './index.js';

function lookup(...keys: StoredKey[]): KeyLookup {
  const byId = new Map(keys.map((k) => [k.id, k]));
  return { find: async (id) => byId.get(id) ?? null };
}

test('a key is a public id and a 32-byte base64url secret; only a salted hash is kept', () => {
  const { token, stored } = issueKey('screen', 'openrefine', new Date('2025-01-02T03:04:05.678Z'));
  assert.match(token, /^dsk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
  const parsed = parseToken(token)!;
  assert.equal(parsed.id, stored.id);
  assert.equal(Buffer.from(parsed.secret, 'base64url').length, 32);
  assert.deepEqual(
    { name: stored.name, role: stored.role, createdAt: stored.createdAt },
    { name: 'openrefine', role: 'screen', createdAt: '2025-01-02T03:04:05Z' },
  );
  assert.ok(!JSON.stringify(stored).includes(parsed.secret), 'the secret is not stored');
  assert.ok(verifySecret(parsed.secret, stored));
  // Another first character: it carries six bits of the secret (the last carries padding too).
  const wrong = `${parsed.secret.startsWith('A') ? 'B' : 'A'}${parsed.secret.slice(1)}`;
  assert.ok(!verifySecret(wrong, stored));
  // The same secret under another salt has another hash.
  const other = issueKey('read', null).stored;
  assert.notDeepEqual(other.salt, stored.salt);
  assert.notEqual(issueKey('read', null).token, issueKey('read', null).token);
});

test('malformed tokens are not parsed', () => {
  for (const token of [
    '',
    'dsk_',
    'dsk_abc_def',
    'Bearer x',
    `dsk_${'g'.repeat(12)}_${'a'.repeat(43)}`,
  ]) {
    assert.equal(parseToken(token), null, token);
  }
});

test('the Authorization header takes Bearer and ApiKey, in any case', () => {
  assert.equal(tokenFromHeader(undefined), null);
  assert.equal(tokenFromHeader(''), null);
  assert.equal(tokenFromHeader('Bearer abc'), 'abc');
  assert.equal(tokenFromHeader('ApiKey abc'), 'abc');
  assert.equal(tokenFromHeader('apikey  abc '), 'abc');
  assert.equal(tokenFromHeader('bearer abc'), 'abc');
  for (const header of ['Basic dXNlcjpwdw==', 'abc', 'Bearer', 'Bearer a b']) {
    assert.throws(() => tokenFromHeader(header), AuthenticationError, header);
  }
});

test('a token is verified against its stored key; unknown and revoked keys are refused', async () => {
  const good = issueKey('read', 'a');
  const revoked = issueKey('admin', 'b');
  revoked.stored.revokedAt = '2025-01-01T00:00:00Z';
  const keys = lookup(good.stored, revoked.stored);
  assert.equal((await verifyToken(keys, good.token)).id, good.stored.id);
  const stranger = issueKey('admin', null).token;
  await assert.rejects(verifyToken(keys, stranger), /unknown API key/);
  const forged = `${good.token.slice(0, -2)}xx`;
  await assert.rejects(verifyToken(keys, forged), /unknown API key/);
  await assert.rejects(verifyToken(keys, revoked.token), /was revoked on 2025-01-01/);
  await assert.rejects(verifyToken(keys, 'letmein'), /malformed API key/);
});

test('roles: read < screen < admin', () => {
  assert.ok(roleAllows('admin', 'screen') && roleAllows('screen', 'read'));
  assert.ok(roleAllows('read', 'read'));
  assert.ok(!roleAllows('read', 'screen') && !roleAllows('screen', 'admin'));
  assert.equal(parseRole('screen'), 'screen');
  assert.throws(() => parseRole('root'), UnknownRole);
  assert.throws(() => parseRole('Read'), /use one of: read, screen, admin/);
  requireRole({ id: 'x', role: 'screen' }, 'read');
  assert.throws(() => requireRole({ id: 'x', role: 'read' }, 'screen'), PermissionError);
});
