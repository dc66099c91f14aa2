/**
 * Checking a caller's credentials: reading the key from an `Authorization` header (`Bearer <key>`,
 * or `ApiKey <key>` as yente's clients send it), finding it and comparing its hash, and checking its
 * role. Failures are typed errors: the server answers them with 401 and 403.
 */
import { DossierError } from '../core/errors/index.js';
import { hashSecret, parseToken, type StoredKey, verifySecret } from './keys.js';
import { type Role, roleAllows } from './roles.js';

/** No key where one is needed, or a key that is malformed, unknown or revoked (HTTP 401). */
export class AuthenticationError extends DossierError {
  override readonly name = 'AuthenticationError';
  readonly code = 'unauthenticated';
}

/** A valid key whose role is too low for what it asked (HTTP 403). */
export class PermissionError extends DossierError {
  override readonly name = 'PermissionError';
  readonly code = 'forbidden';
}

/** Where keys are looked up by their public id (the key store, or a map in tests). */
export interface KeyLookup {
  find(id: string): Promise<StoredKey | null>;
}

const SCHEMES = ['bearer', 'apikey'];

/** The key in an Authorization header; null without a header. */
export function tokenFromHeader(header: string | undefined): string | null {
  if (header === undefined || header.trim() === '') return null;
  const m = /^\s*(\S+)\s+(\S+)\s*$/.exec(header);
  if (!m || !SCHEMES.includes(m[1]!.toLowerCase())) {
    throw new AuthenticationError(
      'unsupported Authorization header; send "Authorization: Bearer <key>" or "ApiKey <key>"',
    );
  }
  return m[2]!;
}

/** Hashed when the id is unknown too, so that a miss takes as long as a wrong secret. */
const DECOY = { salt: Buffer.alloc(16), hash: hashSecret('', Buffer.alloc(16)) };

/** The stored key a token belongs to, if it is valid and not revoked. */
export async function verifyToken(keys: KeyLookup, token: string): Promise<StoredKey> {
  const parsed = parseToken(token);
  if (!parsed) throw new AuthenticationError('malformed API key (Dossier keys start with dsk_)');
  const key = await keys.find(parsed.id);
  const valid = verifySecret(parsed.secret, key ?? DECOY);
  if (!key || !valid) throw new AuthenticationError('unknown API key');
  if (key.revokedAt !== null) {
    throw new AuthenticationError(`the API key ${key.id} was revoked on ${key.revokedAt}`);
  }
  return key;
}

export function requireRole(key: Pick<StoredKey, 'id' | 'role'>, needed: Role): void {
  if (!roleAllows(key.role, needed)) {
    throw new PermissionError(
      `the API key ${key.id} has role "${key.role}"; this needs role "${needed}" or higher`,
    );
  }
}
