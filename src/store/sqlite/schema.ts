/**
 * The SQLite layout. Each row of `entities` is one entity of one dataset version with its
 * statements as a compact JSON array: a load writes one row per entity instead of one per value,
 * which keeps a 15,000-entry list (400,000 statements) loading in about a second. A load writes
 * a new version inside one transaction, so a failed or killed load leaves the previous version
 * as it was.
 */
import type { DomainSchema } from './migrate.js';

export const SCHEMA_VERSION = 2;

const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS versions (
  dataset TEXT NOT NULL,
  version INTEGER NOT NULL,
  loaded_at TEXT NOT NULL,
  format TEXT NOT NULL,
  source_files TEXT NOT NULL,
  entities INTEGER NOT NULL,
  targets INTEGER NOT NULL,
  schemata TEXT NOT NULL,
  PRIMARY KEY (dataset, version)
);
CREATE TABLE IF NOT EXISTS entities (
  dataset TEXT NOT NULL,
  version INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  schema TEXT NOT NULL,
  target INTEGER NOT NULL,
  digest TEXT NOT NULL,
  -- [[prop, value, lang, original_value, first_seen, last_seen], ...]
  statements TEXT NOT NULL,
  UNIQUE (dataset, version, entity_id)
);
CREATE INDEX IF NOT EXISTS entities_by_id ON entities (entity_id);
CREATE TABLE IF NOT EXISTS changes (
  dataset TEXT NOT NULL,
  version INTEGER NOT NULL,
  previous INTEGER,
  entity_id TEXT NOT NULL,
  schema TEXT NOT NULL,
  change TEXT NOT NULL,
  props TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_by_version ON changes (dataset, version);
`;

/**
 * The lists' layouts. Release 0.1.0 wrote layout 2 and recorded it in `meta`; that record is
 * still written, and read for files made before `dossier_schema`. Layout 1 was never released
 * beyond development files, which hold nothing worth upgrading: they are refused.
 */
export const listsSchema: DomainSchema = {
  domain: 'lists',
  migrations: [
    {
      version: 2,
      description: 'dataset versions, entities with their statements, changes between versions',
      up(db) {
        db.exec(DDL);
        db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)").run(
          String(SCHEMA_VERSION),
        );
      },
    },
    {
      version: 3,
      description: 'the publication date of each version, so that versions only move forward',
      up(db) {
        db.exec('ALTER TABLE versions ADD COLUMN published TEXT');
      },
    },
    {
      version: 4,
      description: "an entity's changes found by its ID, for its timeline on the entity page",
      up(db) {
        db.exec('CREATE INDEX IF NOT EXISTS changes_by_entity ON changes (entity_id)');
      },
    },
  ],
  detectLegacy(db) {
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
      .get();
    if (!table) return 0;
    const found = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as
      | { value: string }
      | undefined;
    if (!found) return 0;
    if (Number(found.value) !== SCHEMA_VERSION) {
      throw new Error(
        `the database has lists layout ${found.value}, which cannot be upgraded: ` +
          'load the lists into a new database file',
      );
    }
    return SCHEMA_VERSION;
  },
};
