/**
 * Where reviewers' splits of merged designations are kept: a table of their own in the store's
 * SQLite file, made on the first split.
 *
 * @example
 * ```ts
 * const store = openDesignationStore('dossier.db');
 * await store.addSplit({ entities: ['ofac-1', 'unsc-2'], actor: 'ana', reason: 'other person',
 *   decidedAt: new Date().toISOString() });
 * ```
 */
import { sqliteLocation } from '../sqlite/connection.js';
import { SqliteDesignationStore } from './sqlite.js';
import type { DesignationStore } from './types.js';

export { DESIGNATIONS_SCHEMA } from './schema.js';
export { SqliteDesignationStore } from './sqlite.js';
export type { DesignationStore, SplitDecision } from './types.js';

export function openDesignationStore(location: string): DesignationStore {
  return new SqliteDesignationStore(sqliteLocation(location));
}
