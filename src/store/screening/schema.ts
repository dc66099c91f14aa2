/**
 * Screening's tables, in the same SQLite file as the lists, written through a connection of their
 * own. Their layout is versioned apart from the lists' (domain 'screening' in `dossier_schema`).
 */
import type Database from 'better-sqlite3';
import type { DomainSchema } from '../sqlite/index.js';

const DDL = `
CREATE TABLE IF NOT EXISTS screening_runs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  input TEXT NOT NULL,
  input_sha256 TEXT,
  params TEXT NOT NULL,
  versions TEXT NOT NULL,
  actor TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL,
  pid INTEGER,
  -- Why a failed run failed.
  error TEXT,
  -- When a job's uploaded input was deleted; the run and its results stay.
  input_removed_at TEXT,
  -- The last input row committed, and the output file's length at that commit.
  cursor INTEGER NOT NULL DEFAULT 0,
  out_bytes INTEGER NOT NULL DEFAULT 0,
  rows_done INTEGER NOT NULL DEFAULT 0,
  hits INTEGER NOT NULL DEFAULT 0,
  suppressed INTEGER NOT NULL DEFAULT 0,
  issues INTEGER NOT NULL DEFAULT 0
);
-- The portfolio: every party ever screened, once, by the key of its content.
CREATE TABLE IF NOT EXISTS screening_parties (
  party_key TEXT PRIMARY KEY,
  schema TEXT NOT NULL,
  properties TEXT NOT NULL,
  first_run TEXT NOT NULL,
  last_run TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS screening_rows (
  run_id TEXT NOT NULL,
  row INTEGER NOT NULL,
  party_key TEXT NOT NULL,
  PRIMARY KEY (run_id, row)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS screening_hits (
  run_id TEXT NOT NULL,
  row INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  party_key TEXT NOT NULL,
  caption TEXT NOT NULL,
  schema TEXT NOT NULL,
  score REAL NOT NULL,
  explanations TEXT NOT NULL,
  datasets TEXT NOT NULL,
  entity_digest TEXT NOT NULL,
  -- The decision that held this hit back; NULL for a raised hit.
  suppressed_by INTEGER,
  PRIMARY KEY (run_id, row, entity_id)
);
CREATE INDEX IF NOT EXISTS screening_hits_by_party ON screening_hits (party_key, entity_id);
CREATE TABLE IF NOT EXISTS screening_issues (
  run_id TEXT NOT NULL,
  row INTEGER NOT NULL,
  message TEXT NOT NULL,
  screened INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS screening_issues_by_run ON screening_issues (run_id, row);
CREATE TABLE IF NOT EXISTS screening_decisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id TEXT NOT NULL,
  row INTEGER NOT NULL,
  party_key TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  entity_digest TEXT NOT NULL,
  decision TEXT NOT NULL,
  reason TEXT NOT NULL,
  actor TEXT NOT NULL,
  decided_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS screening_audit (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  actor TEXT NOT NULL,
  payload TEXT NOT NULL,
  prev TEXT NOT NULL,
  hash TEXT NOT NULL
);
-- The chain's last record, kept apart so that deleting the last records shows.
CREATE TABLE IF NOT EXISTS screening_audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL
);
-- Append-only against mistakes; the hash chain is what shows deliberate changes.
CREATE TRIGGER IF NOT EXISTS screening_audit_no_update BEFORE UPDATE ON screening_audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER IF NOT EXISTS screening_audit_no_delete BEFORE DELETE ON screening_audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
`;

/**
 * Layout 2 of the audit trail (retention): a record's hash covers the SHA-256 of its payload,
 * kept in `payload_sha256`, so that a match record's payload can later be removed (`pruned_at`
 * set) and the chain still verifies. Payloads of layout 2 live in a table of their own, in
 * sequence order: pruning deletes the oldest, whose pages SQLite then reuses for new records, so
 * a server's file stops growing once its retention period is full (payloads emptied in place
 * would leave every page part-used and the file growing). Records written before keep `layout`
 * 1, their payload in `screening_audit`, and verify as they always did. The triggers let
 * through pruning and nothing else; the partial index finds what is due without reading
 * payloads.
 */
const AUDIT_LAYOUT_2 = `
CREATE TABLE IF NOT EXISTS screening_audit_payloads (
  seq INTEGER PRIMARY KEY,
  payload TEXT NOT NULL
);
DROP TRIGGER IF EXISTS screening_audit_no_update;
CREATE TRIGGER screening_audit_no_update BEFORE UPDATE ON screening_audit
WHEN NOT (
  OLD.layout = 2 AND OLD.kind IN ('match', 'reconcile') AND OLD.pruned_at IS NULL
  AND NEW.pruned_at IS NOT NULL
  AND NEW.seq = OLD.seq AND NEW.at = OLD.at AND NEW.kind = OLD.kind AND NEW.actor = OLD.actor
  AND NEW.payload = OLD.payload AND NEW.prev = OLD.prev AND NEW.hash = OLD.hash
  AND NEW.layout = OLD.layout AND NEW.payload_sha256 IS OLD.payload_sha256)
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: only a match record may be pruned'); END;
CREATE TRIGGER IF NOT EXISTS screening_audit_payloads_no_update
BEFORE UPDATE ON screening_audit_payloads
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER IF NOT EXISTS screening_audit_payloads_no_delete
BEFORE DELETE ON screening_audit_payloads
WHEN NOT EXISTS (SELECT 1 FROM screening_audit WHERE seq = OLD.seq AND pruned_at IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: only a pruned match record''s payload may be deleted'); END;
CREATE INDEX IF NOT EXISTS screening_audit_prunable ON screening_audit (at)
  WHERE layout = 2 AND pruned_at IS NULL AND kind IN ('match', 'reconcile');
`;

/** The tables whose rows carry the row's key (customer ID or `line:<n>`) from version 2. */
const ROW_KEY_TABLES = [
  'screening_rows',
  'screening_hits',
  'screening_parties',
  'screening_decisions',
];

/**
 * Add a column unless the table has it: a file made before layouts were recorded is taken as
 * version 1 whatever its columns, so a later migration may find its column there already.
 */
function addColumn(db: Database.Database, table: string, name: string, type: string): void {
  const columns = db.pragma(`table_info(${table})`) as { name: string }[];
  if (!columns.some((c) => c.name === name)) {
    db.exec(`ALTER TABLE ${table} ADD COLUMN ${name} ${type}`);
  }
}

/** Columns of screening_runs added after the first layout, for files made before them. */
const LATER_COLUMNS = { error: 'TEXT', input_removed_at: 'TEXT' };

/** Add the later columns a file made before them lacks; writes nothing when none is missing. */
function addMissingColumns(db: Database.Database): void {
  const columns = db.pragma('table_info(screening_runs)') as { name: string }[];
  const present = new Set(columns.map((c) => c.name));
  for (const [name, type] of Object.entries(LATER_COLUMNS)) {
    if (present.has(name)) continue;
    try {
      db.exec(`ALTER TABLE screening_runs ADD COLUMN ${name} ${type}`);
    } catch (error) {
      // Another process opening the same old file added it first.
      if (!/duplicate column/.test((error as Error).message)) throw error;
    }
  }
}

/**
 * Screening's layouts. Version 1 is the layout of release 0.1.0; its DDL creates only what is
 * missing, and adds the run columns that came after the first files were written, so that any
 * file made before versions were recorded upgrades to it.
 */
export const screeningSchema: DomainSchema = {
  domain: 'screening',
  migrations: [
    {
      version: 1,
      description: 'runs, portfolio, rows, hits, issues, decisions and the audit trail',
      up(db) {
        db.exec(DDL);
        addMissingColumns(db);
      },
    },
    {
      version: 2,
      description: "rows known by the customer's ID: row keys on rows, hits, parties, decisions",
      up(db) {
        // Rows of earlier runs keep a NULL key: they were known by their line only.
        for (const table of ROW_KEY_TABLES) addColumn(db, table, 'row_key', 'TEXT');
        addColumn(db, 'screening_runs', 'unkeyed', 'INTEGER NOT NULL DEFAULT 0');
        // The report reads a run's hits best score first.
        db.exec(`CREATE INDEX IF NOT EXISTS screening_hits_by_score
          ON screening_hits (run_id, score DESC, row, entity_id)`);
      },
    },
    {
      version: 3,
      description: "audit records hash their payload's hash, so match payloads can be pruned",
      up(db) {
        addColumn(db, 'screening_audit', 'layout', 'INTEGER NOT NULL DEFAULT 1');
        addColumn(db, 'screening_audit', 'payload_sha256', 'TEXT');
        addColumn(db, 'screening_audit', 'pruned_at', 'TEXT');
        db.exec(AUDIT_LAYOUT_2);
      },
    },
    {
      version: 4,
      description: "hits keep the entity's exposure through ownership (JSON)",
      up(db) {
        // Hits of earlier runs keep NULL: read as no exposure.
        addColumn(db, 'screening_hits', 'exposure', 'TEXT');
      },
    },
    {
      version: 5,
      description: "rows keep their own party's exposure through ownership (JSON)",
      up(db) {
        // Rows of earlier runs keep NULL: they were not checked.
        addColumn(db, 'screening_rows', 'exposure', 'TEXT');
      },
    },
  ],
};
