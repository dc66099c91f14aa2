/**
 * API keys in the store's SQLite file, on a connection of their own, in a table of their own
 * (`api_keys`, laid out by the versioned `keys` domain in ./schema.ts), so that keys live beside
 * the lists they guard without touching the entity store's layout. Lookups read the file each
 * time: a key revoked by `dossier keys revoke` is refused by a running server at once.
 */
import { isRole, type KeyInfo, keyInfo, type StoredKey } from '../../auth/index.js';
import { openSqlite, type SqliteDatabase } from '../sqlite/index.js';
import { migrate } from '../sqlite/index.js';
import { KEYS_SCHEMA } from './schema.js';
import type { KeyStore, RevokeOutcome } from './types.js';

interface KeyRow {
  id: string;
  name: string | null;
  role: string;
  salt: Buffer;
  hash: Buffer;
  created_at: string;
  revoked_at: string | null;
}

/** A row whose role this version does not know is refused rather than guessed. */
function toKey(row: KeyRow): StoredKey {
  if (!isRole(row.role)) throw new Error(`API key ${row.id} has an unknown role "${row.role}"`);
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    salt: row.salt,
    hash: row.hash,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

export class SqliteKeyStore implements KeyStore {
  private readonly conn: SqliteDatabase;

  constructor(path: string) {
    this.conn = openSqlite(path);
    migrate(this.conn, KEYS_SCHEMA);
  }

  /** A closed store refuses with a plain message rather than better-sqlite3's TypeError. */
  private get db(): SqliteDatabase {
    if (!this.conn.open) throw new Error('the key store is closed');
    return this.conn;
  }

  async insert(key: StoredKey): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO api_keys (id, name, role, salt, hash, created_at, revoked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(key.id, key.name, key.role, key.salt, key.hash, key.createdAt, key.revokedAt);
  }

  async find(id: string): Promise<StoredKey | null> {
    const row = this.db.prepare('SELECT * FROM api_keys WHERE id = ?').get(id) as
      | KeyRow
      | undefined;
    return row ? toKey(row) : null;
  }

  async list(): Promise<KeyInfo[]> {
    const rows = this.db
      .prepare('SELECT * FROM api_keys ORDER BY created_at, id')
      .all() as KeyRow[];
    return rows.map((row) => keyInfo(toKey(row)));
  }

  async revoke(id: string, at = new Date()): Promise<RevokeOutcome> {
    const stamp = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const changed = this.db
      .prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
      .run(stamp, id).changes;
    if (changed > 0) return 'revoked';
    return (await this.find(id)) ? 'already-revoked' : 'unknown';
  }

  async countActive(): Promise<number> {
    const row = this.db
      .prepare('SELECT count(*) AS n FROM api_keys WHERE revoked_at IS NULL')
      .get() as { n: number };
    return row.n;
  }

  async close(): Promise<void> {
    if (this.conn.open) this.conn.close();
  }
}
