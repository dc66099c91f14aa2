/**
 * The store factory: the one place that picks a backend. Today SQLite; a PostgreSQL backend will
 * be chosen here from a `postgres://` location without changing any caller.
 */
import { SqliteStore } from './sqlite/index.js';
import type { Store } from './types.js';
import { sqliteLocation } from './sqlite/connection.js';

export type * from './types.js';

/** Where the store lives: `--db`, else `DOSSIER_DB`, else ./dossier.db. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag ?? env.DOSSIER_DB ?? 'dossier.db';
}

export function openStore(location: string): Store {
  return new SqliteStore(sqliteLocation(location));
}
