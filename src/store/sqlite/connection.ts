/**
 * The one way a SQLite file is opened. Every store (lists, screening, keys, cases, graph) opens its
 * own connection through here, so that all of them share the same pragmas: WAL, so that readers
 * keep reading while a load writes; NORMAL sync, safe in WAL mode; a busy timeout, so that two
 * writers queue rather than fail; and a 64 MiB page cache, which keeps indexes in memory during
 * big loads. Each store keeps a connection of its own because a list load holds its transaction
 * open across awaits, and another store's writes must not land inside it.
 */
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

export interface OpenOptions {
  /** Read only; the file must exist. Used for snapshots that stream across awaits. */
  readonly?: boolean;
}

/**
 * The SQLite file a store location names. Every store factory asks here, so that a PostgreSQL
 * location is refused in one place until that backend exists.
 */
export function sqliteLocation(location: string): string {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new Error('the PostgreSQL backend is not available yet; use a SQLite file path');
  }
  return location;
}

export function openSqlite(path: string, options: OpenOptions = {}): SqliteDatabase {
  if (options.readonly) {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 10000');
    return db;
  }
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('cache_size = -65536');
  return db;
}
