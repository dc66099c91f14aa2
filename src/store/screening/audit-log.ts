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
  statement(
    db,
    `INSERT INTO screening_audit (seq, at, kind, actor, payload, prev, hash, layout, payload_sha256)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    ...[record.seq, record.at, record.kind, record.actor, payload, record.prev, record.hash],
    ...[record.layout, record.payloadSha256],
  );
  statement(
    db,
    `INSERT INTO screening_audit_head (id, seq, hash) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash`,
  ).run(record.seq, record.hash);
  return record;
}

/** Up to `limit` records after sequence number `after`, in sequence order. */
export function auditPage(db: Database.Database, after: number, limit: number): AuditRecord[] {
  const rows = statement(
    db,
    'SELECT * FROM screening_audit WHERE seq > ? ORDER BY seq LIMIT ?',
  ).all(after, limit) as AuditRow[];
  return rows.map(recordOf);
}

/** The record at `seq`, or null when the trail has none there. */
export function auditRecordAt(db: Database.Database, seq: number): AuditRecord | null {
  const row = statement(db, 'SELECT * FROM screening_audit WHERE seq = ?').get(seq) as
    | AuditRow
    | undefined;
  return row ? recordOf(row) : null;
}

function recordOf(row: AuditRow): AuditRecord {
  const { seq, at, kind, actor, prev, hash } = row;
  const layout = row.layout === 2 ? 2 : 1;
  // A pruned payload is empty text: on a record of layout 1 (never pruned) that is a payload
  // edited away, and parses as unreadable so that its hash fails.
  const pruned = layout === 2 && row.payload === '';
  const payload = pruned ? null : parsePayload(row.payload);
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
 * Replace by their hash (already kept and chained) the payloads of up to `limit` match records
 * written before `before`, oldest first; inside the caller's write transaction. The statements
 * repeat the partial index's condition word for word, so that SQLite uses it.
 */
export function pruneAuditPage(
  db: Database.Database,
  before: string,
  prunedAt: string,
  limit: number,
): PrunedAudit {
  const due = statement(
    db,
    `SELECT seq, length(CAST(payload AS BLOB)) AS bytes FROM screening_audit
     WHERE layout = 2 AND pruned_at IS NULL AND kind IN ('match', 'reconcile') AND at < ?
     ORDER BY at LIMIT ?`,
  ).all(before, limit) as { seq: number; bytes: number }[];
  const prune = statement(
    db,
    `UPDATE screening_audit SET payload = '', pruned_at = ?
     WHERE seq = ? AND layout = 2 AND pruned_at IS NULL AND kind IN ('match', 'reconcile')`,
  );
  let bytes = 0;
  for (const row of due) {
    prune.run(prunedAt, row.seq);
    bytes += row.bytes;
  }
  return { records: due.length, bytes };
}
