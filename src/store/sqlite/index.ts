/**
 * The SQLite backend of the list store, the connection helper every SQLite store opens its file
 * with, and the migration runner that versions each domain's tables.
 */
export { type OpenOptions, openSqlite, type SqliteDatabase } from './connection.js';
export {
  type DomainSchema,
  latestVersion,
  migrate,
  type Migration,
  SchemaTooNew,
  schemaVersion,
} from './migrate.js';
export { SqliteStore } from './store.js';
