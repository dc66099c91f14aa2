/**
 * The key store, as any backend sees it: API keys by their public id, with a salted hash of the
 * secret and a revocation time. SQLite implements it today (./sqlite-keys.ts).
 */
import type { KeyInfo, KeyLookup, StoredKey } from '../../auth/index.js';

export type RevokeOutcome = 'revoked' | 'already-revoked' | 'unknown';

export interface KeyStore extends KeyLookup {
  /** Refuses a key whose id is already taken, leaving the stored one as it was. */
  insert(key: StoredKey): Promise<void>;
  /** Every key, revoked ones included, oldest first. */
  list(): Promise<KeyInfo[]>;
  revoke(id: string, at?: Date): Promise<RevokeOutcome>;
  /** How many keys are not revoked. */
  countActive(): Promise<number>;
  close(): Promise<void>;
}
