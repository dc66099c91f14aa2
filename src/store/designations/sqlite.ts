/**
 * Splits in the store's SQLite file, on a connection of their own. The table is made on the first
 * write, not on open (nor the file, when there is none): `dossier match` reads the splits of every
 * index it builds, and a read must not change the database.
 */
import { existsSync } from 'node:fs';
import { migrate, openSqlite, type SqliteDatabase, schemaVersion } from '../sqlite/index.js';
import { DESIGNATIONS_SCHEMA } from './schema.js';
import type { DesignationStore, SplitDecision } from './types.js';

interface SplitRow {
  entity_a: string;
  entity_b: string;
  actor: string;
  reason: string;
  decided_at: string;
}

const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

export class SqliteDesignationStore implements DesignationStore {
  private conn: SqliteDatabase | null = null;
  private closed = false;

  constructor(private readonly path: string) {}

  /** The connection with the table there, or null when a read finds none (nothing to read). */
  private db(write: boolean): SqliteDatabase | null {
    if (this.closed) throw new Error('the designation store is closed');
    if (!this.conn) {
      if (!write && !existsSync(this.path)) return null;
      this.conn = openSqlite(this.path);
    }
    if (write) migrate(this.conn, DESIGNATIONS_SCHEMA);
    return schemaVersion(this.conn, DESIGNATIONS_SCHEMA) > 0 ? this.conn : null;
  }

  async addSplit(decision: SplitDecision): Promise<void> {
    const db = this.db(true)!;
    const [a, b] = ordered(...decision.entities);
    db.prepare(
      `INSERT OR REPLACE INTO designation_splits (entity_a, entity_b, actor, reason, decided_at)
         VALUES (?, ?, ?, ?, ?)`,
    ).run(a, b, decision.actor, decision.reason, decision.decidedAt);
  }

  async removeSplit(a: string, b: string): Promise<boolean> {
    const db = this.db(false);
    if (!db) return false;
    const [x, y] = ordered(a, b);
    const info = db
      .prepare('DELETE FROM designation_splits WHERE entity_a = ? AND entity_b = ?')
      .run(x, y);
    return info.changes > 0;
  }

  async splits(): Promise<SplitDecision[]> {
    const db = this.db(false);
    if (!db) return [];
    const rows = db
      .prepare('SELECT * FROM designation_splits ORDER BY decided_at, entity_a, entity_b')
      .all() as SplitRow[];
    return rows.map((r) => ({
      entities: [r.entity_a, r.entity_b],
      actor: r.actor,
      reason: r.reason,
      decidedAt: r.decided_at,
    }));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.conn?.open) this.conn.close();
  }
}
