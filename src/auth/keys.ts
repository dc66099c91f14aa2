/**
 * API keys: a key is `dsk_<id>_<secret>`, where the id is a short public handle (listed, revoked,
 * named in logs) and the secret is 32 random bytes in base64url. Only a salted SHA-256 of the secret
 * is stored. A slow hash (scrypt) would add nothing against guessing a 256-bit random secret, and it
 * would cost every request tens of milliseconds; the salt keeps equal secrets from sharing a hash.
 *
 * @example
 * ```ts
 * const { token, stored } = issueKey('screen', 'openrefine');
 * // print `token` once; save `stored`
 * const parsed = parseToken(token); // { id, secret }
 * verifySecret(parsed!.secret, stored); // true
 * ```
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from './roles.js';

const PREFIX = 'dsk';
const ID_BYTES = 6;
const SECRET_BYTES = 32;
const SALT_BYTES = 16;
const TOKEN = /^dsk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** What is kept of a key: never the secret itself. */
export interface StoredKey {
  id: string;
  name: string | null;
  role: Role;
  salt: Buffer;
  hash: Buffer;
  /** ISO time stamps. */
  createdAt: string;
  revokedAt: string | null;
}

/** A stored key as listed: without its salt and hash. */
export type KeyInfo = Omit<StoredKey, 'salt' | 'hash'>;

export function keyInfo(key: StoredKey): KeyInfo {
  const { salt: _salt, hash: _hash, ...info } = key;
  return info;
}

export function hashSecret(secret: string, salt: Buffer): Buffer {
  return createHash('sha256').update(salt).update(secret, 'utf8').digest();
}

/** A new key: the token to show once, and what to store. */
export function issueKey(role: Role, name: string | null, now = new Date()) {
  const id = randomBytes(ID_BYTES).toString('hex');
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  const salt = randomBytes(SALT_BYTES);
  const stored: StoredKey = {
    id,
    name,
    role,
    salt,
    hash: hashSecret(secret, salt),
    createdAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    revokedAt: null,
  };
  return { token: `${PREFIX}_${id}_${secret}`, stored };
}

/** The id and secret of a well-formed token, else null. */
export function parseToken(token: string): { id: string; secret: string } | null {
  const m = TOKEN.exec(token);
  return m ? { id: m[1]!, secret: m[2]! } : null;
}

/** Whether the secret is the stored key's, compared in constant time. */
export function verifySecret(secret: string, key: Pick<StoredKey, 'salt' | 'hash'>): boolean {
  const hash = hashSecret(secret, key.salt);
  return hash.length === key.hash.length && timingSafeEqual(hash, key.hash);
}
