/**
 * Screening's store: runs, the portfolio, hits, decisions and the audit trail, behind the
 * `ScreeningStore` interface. `openScreeningStore` is the one place that picks a backend.
 */
import { SqliteScreeningStore } from './sqlite-store.js';
import type { ScreeningStore } from './types.js';
import { sqliteLocation } from '../sqlite/connection.js';

export { screeningSchema } from './schema.js';
export type * from './types.js';

export function openScreeningStore(location: string): ScreeningStore {
  return new SqliteScreeningStore(sqliteLocation(location));
}
