/**
 * Versioned layouts. Each domain (lists, screening, keys, cases, graph) owns a list of numbered
 * migrations; `dossier_schema` records the version each domain's tables are at, so that a file
 * written by one release opens and upgrades with the next. Files made before this table existed
 * are recognised by `detectLegacy` (the version their tables already match), and upgraded from
 * there.
 */
import { DossierError } from '../../core/errors/index.js';
import type { SqliteDatabase } from './connection.js';

export interface Migration {
  /** 1, 2, 3...: each migration takes the domain from `version - 1` to `version`. */
  version: number;
  /** What it does, for the record. */
  description: string;
  up(db: SqliteDatabase): void;
}

export interface DomainSchema {
  domain: string;
  migrations: readonly Migration[];
  /** For files made before `dossier_schema`: the version the domain's tables are at, or 0. */
  detectLegacy?(db: SqliteDatabase): number;
}

/** The file was written by a newer release than this one: never guess at its layout. */
export class SchemaTooNew extends DossierError {
  override readonly name = 'SchemaTooNew';
  readonly code = 'schema_too_new';
}

const REGISTRY = `CREATE TABLE IF NOT EXISTS dossier_schema (
  domain TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL
)`;

export function latestVersion(schema: DomainSchema): number {
  return schema.migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

function recorded(db: SqliteDatabase, domain: string): number | null {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dossier_schema'")
    .get();
  if (!table) return null;
  const row = db.prepare('SELECT version FROM dossier_schema WHERE domain = ?').get(domain) as
    | { version: number }
    | undefined;
  return row ? row.version : null;
}

/** The version a domain's tables are at in this file (0: none yet). */
export function schemaVersion(db: SqliteDatabase, schema: DomainSchema): number {
  return recorded(db, schema.domain) ?? schema.detectLegacy?.(db) ?? 0;
}

/**
 * Bring the domain's tables up to the latest version, in one write transaction. Writes nothing
 * when they are already there, so that opening a store never waits for another process's load.
 */
export function migrate(db: SqliteDatabase, schema: DomainSchema): void {
  const latest = latestVersion(schema);
  const check = (current: number) => {
    if (current > latest) {
      throw new SchemaTooNew(
        `the database's ${schema.domain} tables are at layout ${current}, and this Dossier knows ` +
          `layouts up to ${latest}: open it with a newer release`,
      );
    }
  };
  const before = recorded(db, schema.domain);
  if (before !== null) {
    check(before);
    if (before === latest) return;
  }
  db.transaction(() => {
    // Read again inside the lock: another process may have migrated meanwhile.
    const current = schemaVersion(db, schema);
    check(current);
    db.exec(REGISTRY);
    const pending = [...schema.migrations]
      .filter((m) => m.version > current)
      .sort((a, b) => a.version - b.version);
    for (const migration of pending) migration.up(db);
    db.prepare(
      `INSERT INTO dossier_schema (domain, version, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (domain) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at`,
    ).run(schema.domain, latest, new Date().toISOString());
  }).immediate();
}
