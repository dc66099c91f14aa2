/**
 * The keys domain's versioned layout. Version 1 is the `api_keys` table exactly as release 0.1.0
 * created it, so a file written by 0.1.0 (which has the table but no `dossier_schema` row) is
 * recognised as already at version 1 and only gets its registry row.
 */
import type { SqliteDatabase } from '../sqlite/index.js';
import type { DomainSchema } from '../sqlite/index.js';

function tableExists(db: SqliteDatabase, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}

export const KEYS_SCHEMA: DomainSchema = {
  domain: 'keys',
  migrations: [
    {
      version: 1,
      description: 'api_keys: one row per key, its salted hash and its revocation time',
      up(db) {
        db.exec(`CREATE TABLE api_keys (
          id TEXT PRIMARY KEY,
          name TEXT,
          role TEXT NOT NULL,
          salt BLOB NOT NULL,
          hash BLOB NOT NULL,
          created_at TEXT NOT NULL,
          revoked_at TEXT
        )`);
      },
    },
  ],
  detectLegacy: (db) => (tableExists(db, 'api_keys') ? 1 : 0),
};
