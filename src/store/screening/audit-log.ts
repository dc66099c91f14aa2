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

interface AuditRow {
  seq: number;
  at: string;
  kind: string;
  actor: string;
  payload: string;
  prev: string;
  hash: string;
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
    `INSERT INTO screening_audit (seq, at, kind, actor, payload, prev, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(record.seq, record.at, record.kind, record.actor, payload, record.prev, record.hash);
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
  return rows.map((row) => ({ ...row, payload: parsePayload(row.payload) }));
}

/** A payload edited into something that is not JSON still fails its hash, which says so. */
function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { unreadable: text };
  }
}
