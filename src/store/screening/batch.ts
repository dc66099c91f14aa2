/**
 * Committing a batch of screened rows: the portfolio's parties, the rows, the hits, the problems,
 * the run's cursor and counts, and the batch's audit record, all in one transaction, so that a
 * crash leaves either all of a batch or none of it.
 */
import type Database from 'better-sqlite3';
import type { Batch, Hit } from '../../core/screening/index.js';
import { appendAudit } from './audit-log.js';
import type { BatchOptions } from './types.js';

function statements(db: Database.Database) {
  return {
    party: db.prepare(
      `INSERT INTO screening_parties (party_key, schema, properties, first_run, last_run, row_key)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (party_key)
       DO UPDATE SET last_run = excluded.last_run, row_key = excluded.row_key`,
    ),
    row: db.prepare(
      `INSERT INTO screening_rows (run_id, row, party_key, row_key, exposure)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    hit: db.prepare(
      `INSERT INTO screening_hits (run_id, row, entity_id, party_key, caption, schema, score,
         explanations, datasets, entity_digest, suppressed_by, row_key, exposure)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    issue: db.prepare(
      'INSERT INTO screening_issues (run_id, row, message, screened) VALUES (?, ?, ?, ?)',
    ),
    run: db.prepare(
      `UPDATE screening_runs SET cursor = ?, out_bytes = ?, rows_done = rows_done + ?,
         hits = hits + ?, suppressed = suppressed + ?, issues = issues + ?,
         unkeyed = unkeyed + ? WHERE id = ?`,
    ),
  };
}

export function batchWriter(db: Database.Database) {
  const sql = statements(db);
  const insertHit = (runId: string, h: Hit, suppressedBy: number | null) =>
    sql.hit.run(
      ...[runId, h.row, h.entityId, h.partyKey, h.caption, h.schema, h.score],
      ...[JSON.stringify(h.explanations), JSON.stringify(h.datasets), h.entityDigest, suppressedBy],
      h.key ?? null,
      h.exposure ? JSON.stringify(h.exposure) : null,
    );
  return db.transaction((runId: string, batch: Batch, options: BatchOptions) => {
    let hits = 0;
    let suppressed = 0;
    for (const r of batch.rows) {
      if (options.addParties) {
        const properties = JSON.stringify(r.example.properties);
        sql.party.run(r.partyKey, r.example.schema, properties, runId, runId, r.key ?? null);
      }
      const found = r.hits.length + r.suppressed.length > 0 || Boolean(r.exposure);
      const exposure = r.exposure ? JSON.stringify(r.exposure) : null;
      if (options.allRows || found) sql.row.run(runId, r.row, r.partyKey, r.key ?? null, exposure);
      for (const h of r.hits) insertHit(runId, h, null);
      for (const s of r.suppressed) insertHit(runId, s.hit, s.decisionId);
      hits += r.hits.length;
      suppressed += r.suppressed.length;
    }
    for (const i of batch.issues) sql.issue.run(runId, i.row, i.message, i.screened ? 1 : 0);
    const counts = [batch.screened, hits, suppressed, batch.issues.length, batch.unkeyed ?? 0];
    sql.run.run(batch.cursor, options.outBytes, ...counts, runId);
    appendAudit(db, options.audit);
  });
}
