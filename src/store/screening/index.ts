/**
 * Screening's store: runs, the portfolio, hits, decisions and the audit trail, behind the
 * `ScreeningStore` interface. `openScreeningStore` is the one place that picks a backend.
 */
import { SqliteScreeningStore } from './sqlite-store.js';
import type { ScreeningStore } from './types.js';

export { screeningSchema } from './schema.js';
export type * from './types.js';

export function openScreeningStore(location: string): ScreeningStore {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new Error('the PostgreSQL backend is not available yet; use a SQLite file path');
  }
  return new SqliteScreeningStore(location);
}
