/** The audit trail's table: append within the caller's transaction, read in sequence order. */
import type Database from 'better-sqlite3';
import {
  type AuditEntry,
  type AuditRecord,
  type ChainHead,
  seal,
} from '../../core/screening/index.js';
import { canonicalJson } from '../../core/screening/index.js';
import { statement } from './statements.js';
import type { PrunedAudit } from './types.js';

interface AuditRow {
  seq: number;
  at: string;
  kind: string;
  actor: string;
  payload: string;
  prev: string;
  hash: string;
  layout: number;
  payload_sha256: string | null;
  pruned_at: string | null;
  /** Layout 2: the payload from its own table, null once pruned. */
  body: string | null;
}

export function auditHead(db: Database.Database): ChainHead | null {
  const row = statement(db, 'SELECT seq, hash FROM screening_audit_head WHERE id = 1').get() as
    | ChainHead
    | undefined;
  return row ?? null;
}

/** Append one record; must run inside a write transaction so that the head cannot move under it. */
export function appendAudit(db: Database.Database, entry: AuditEntry): AuditRecord {
  if (!db.inTransaction) throw new Error('audit records are appended inside a transaction');
  const payload = canonicalJson(entry.payload);
  const record = seal(entry, auditHead(db), payload);
  // Layout 2: the record's row holds no payload; the payload goes to its own table.
  statement(
    db,
    `INSERT INTO screening_audit (seq, at, kind, actor, payload, prev, hash, layout, payload_sha256)
     VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)`,
  ).run(
    ...[record.seq, record.at, record.kind, record.actor, record.prev, record.hash],
    ...[record.layout, record.payloadSha256],
  );
  statement(db, 'INSERT INTO screening_audit_payloads (seq, payload) VALUES (?, ?)').run(
    record.seq,
    payload,
  );
  statement(
    db,
    `INSERT INTO screening_audit_head (id, seq, hash) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash`,
  ).run(record.seq, record.hash);
  return record;
}

const SELECT_RECORDS = `SELECT a.*, p.payload AS body FROM screening_audit a
  LEFT JOIN screening_audit_payloads p ON p.seq = a.seq`;

/** Up to `limit` records after sequence number `after`, in sequence order. */
export function auditPage(db: Database.Database, after: number, limit: number): AuditRecord[] {
  const rows = statement(db, `${SELECT_RECORDS} WHERE a.seq > ? ORDER BY a.seq LIMIT ?`).all(
    after,
    limit,
  ) as AuditRow[];
  return rows.map(recordOf);
}

/** The record at `seq`, or null when the trail has none there. */
export function auditRecordAt(db: Database.Database, seq: number): AuditRecord | null {
  const row = statement(db, `${SELECT_RECORDS} WHERE a.seq = ?`).get(seq) as AuditRow | undefined;
  return row ? recordOf(row) : null;
}

function recordOf(row: AuditRow): AuditRecord {
  const { seq, at, kind, actor, prev, hash } = row;
  const layout = row.layout === 2 ? 2 : 1;
  // Layout 1 keeps its payload in its row (never pruned); layout 2 in the payloads table, whose
  // row is gone once pruned.
  const pruned = layout === 2 && row.body === null;
  const payload = pruned ? null : parsePayload(layout === 2 ? row.body! : row.payload);
  return {
    seq,
    at,
    kind,
    actor,
    payload,
    prev,
    hash,
    layout,
    payloadSha256: row.payload_sha256,
    pruned,
  };
}

/** A payload edited into something that is not JSON still fails its hash, which says so. */
function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { unreadable: text };
  }
}

/**
 * Remove the payloads (their hash is already kept and chained) of up to `limit` match records
 * written before `before`, oldest first; inside the caller's write transaction. The query
 * repeats the partial index's condition word for word, so that SQLite uses it.
 */
export function pruneAuditPage(
  db: Database.Database,
  before: string,
  prunedAt: string,
  limit: number,
): PrunedAudit {
  const due = statement(
    db,
    `SELECT seq FROM screening_audit
     WHERE layout = 2 AND pruned_at IS NULL AND kind IN ('match', 'reconcile') AND at < ?
     ORDER BY at LIMIT ?`,
  ).all(before, limit) as { seq: number }[];
  const mark = statement(db, 'UPDATE screening_audit SET pruned_at = ? WHERE seq = ?');
  const size = statement(
    db,
    'SELECT length(CAST(payload AS BLOB)) AS n FROM screening_audit_payloads WHERE seq = ?',
  );
  const remove = statement(db, 'DELETE FROM screening_audit_payloads WHERE seq = ?');
  let bytes = 0;
  for (const { seq } of due) {
    mark.run(prunedAt, seq);
    bytes += (size.get(seq) as { n: number } | undefined)?.n ?? 0;
    remove.run(seq);
  }
  return { records: due.length, bytes };
}
