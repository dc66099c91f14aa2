/**
 * API keys in the store's SQLite file, on a connection of their own, in a table of their own
 * (`api_keys`, created if missing), so that keys live beside the lists they guard without touching
 * the entity store's layout. Lookups read the file each time: a key revoked by `dossier keys revoke`
 * is refused by a running server at once.
 */
import Database from 'better-sqlite3';
import { isRole, type KeyInfo, type KeyLookup, keyInfo, type StoredKey } from '../../auth/index.js';

const DDL = `
CREATE TABLE IF NOT EXISTS api_keys (
  id TEXT PRIMARY KEY,
  name TEXT,
  role TEXT NOT NULL,
  salt BLOB NOT NULL,
  hash BLOB NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);`;

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

export type RevokeOutcome = 'revoked' | 'already-revoked' | 'unknown';

export interface KeyStore extends KeyLookup {
  insert(key: StoredKey): Promise<void>;
  /** Every key, revoked ones included, oldest first. */
  list(): Promise<KeyInfo[]>;
  revoke(id: string, at?: Date): Promise<RevokeOutcome>;
  /** How many keys are not revoked. */
  countActive(): Promise<number>;
  close(): Promise<void>;
}

export class SqliteKeyStore implements KeyStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 10000');
    this.db.exec(DDL);
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
    if (this.db.open) this.db.close();
  }
}
