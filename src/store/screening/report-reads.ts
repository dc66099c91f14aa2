/**
 * The reads the HTML report makes: hits best score first, the rows with no hit, one decision.
 * Paged by key, as every streamed read of this store is, so that a consumer may await between
 * items while others write on the same connection.
 */
import type Database from 'better-sqlite3';
import type { Hit } from '../../core/screening/index.js';
import { type DecisionRow, type HitRow, toDecisionInfo, toHit, toParty } from './rows.js';
import { statement } from './statements.js';
import type { DecisionInfo, RowWithoutHits } from './types.js';

const PAGE = 500;

export async function* rankedHits(
  db: Database.Database,
  runId: string,
): AsyncGenerator<Hit & { suppressedBy: number | null }> {
  const order = 'ORDER BY score DESC, row, entity_id LIMIT ?';
  const first = statement(db, `SELECT * FROM screening_hits WHERE run_id = ? ${order}`);
  // The key of the last hit read: (score, row, entity) in the order above.
  const next = statement(
    db,
    `SELECT * FROM screening_hits WHERE run_id = ?
       AND (score < ? OR (score = ? AND (row > ? OR (row = ? AND entity_id > ?)))) ${order}`,
  );
  let page = first.all(runId, PAGE) as HitRow[];
  while (page.length > 0) {
    for (const row of page) yield { ...toHit(row), suppressedBy: row.suppressed_by };
    if (page.length < PAGE) return;
    const last = page[page.length - 1]!;
    const key = [last.score, last.score, last.row, last.row, last.entity_id];
    page = next.all(runId, ...key, PAGE) as HitRow[];
  }
}

// A row flagged for its own exposure (layout 5) is not a row "without hits": it is listed apart.
const WITHOUT_HITS = `FROM screening_rows r WHERE r.run_id = ? AND r.exposure IS NULL AND NOT EXISTS
  (SELECT 1 FROM screening_hits h WHERE h.run_id = r.run_id AND h.row = r.row)`;

interface WithoutRow {
  row: number;
  row_key: string | null;
  schema: string | null;
  properties: string | null;
}

export async function* rowsWithoutHits(
  db: Database.Database,
  runId: string,
): AsyncGenerator<RowWithoutHits> {
  const page = statement(
    db,
    `SELECT r.row, r.row_key, p.schema, p.properties ${WITHOUT_HITS} AND r.row > ?
     ORDER BY r.row LIMIT ?`.replace(
      'FROM screening_rows r',
      'FROM screening_rows r LEFT JOIN screening_parties p ON p.party_key = r.party_key',
    ),
  );
  let after = 0;
  for (;;) {
    const rows = page.all(runId, after, PAGE) as WithoutRow[];
    for (const r of rows) {
      const example =
        r.schema === null || r.properties === null
          ? null
          : toParty({ schema: r.schema, properties: r.properties });
      yield { row: r.row, key: r.row_key, example };
    }
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.row;
  }
}

export function countRowsWithoutHits(db: Database.Database, runId: string): number {
  return (statement(db, `SELECT count(*) AS n ${WITHOUT_HITS}`).get(runId) as { n: number }).n;
}

export function decisionById(db: Database.Database, id: number): DecisionInfo | null {
  const row = statement(db, 'SELECT * FROM screening_decisions WHERE id = ?').get(id) as
    | DecisionRow
    | undefined;
  return row ? toDecisionInfo(row) : null;
}
