/** The decisions table: a reviewer's decision inserted, decisions read back in order. */
import type Database from 'better-sqlite3';
import type { DecisionRow } from './rows.js';
import type { NewDecision } from './types.js';

/** Insert within the caller's transaction; returns the decision's ID. */
export function insertDecision(db: Database.Database, d: NewDecision): number {
  const result = db
    .prepare(
      `INSERT INTO screening_decisions (run_id, row, party_key, entity_id, entity_digest,
         decision, reason, actor, decided_at, row_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      ...[d.runId, d.row, d.partyKey, d.entityId, d.entityDigest],
      ...[d.decision, d.reason, d.actor, d.decidedAt, d.key ?? null],
    );
  return Number(result.lastInsertRowid);
}

/** Every decision in the order made, or those on one run's hits. */
export function selectDecisions(db: Database.Database, runId: string | null): DecisionRow[] {
  const where = runId === null ? '' : 'WHERE run_id = ?';
  return db
    .prepare(`SELECT * FROM screening_decisions ${where} ORDER BY id`)
    .all(...(runId === null ? [] : [runId])) as DecisionRow[];
}
