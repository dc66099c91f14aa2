/**
 * Where API keys are kept: a table of their own in the store's SQLite file, on a connection of
 * their own.
 *
 * @example
 * ```ts
 * const keys = openKeyStore('dossier.db');
 * const { token, stored } = issueKey('screen', 'openrefine');
 * await keys.insert(stored); // print `token` once
 * ```
 */
export { SqliteKeyStore } from './sqlite-keys.js';
export type { KeyStore, RevokeOutcome } from './types.js';

import { SqliteKeyStore } from './sqlite-keys.js';
import type { KeyStore } from './types.js';
import { sqliteLocation } from '../sqlite/connection.js';

export function openKeyStore(location: string): KeyStore {
  return new SqliteKeyStore(sqliteLocation(location));
}
