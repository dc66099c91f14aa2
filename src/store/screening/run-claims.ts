/**
 * Taking a run for one process, checked and written in the caller's write transaction. Two
 * resumes of one run may both read it as resumable (its owner dead, or none); the UPDATE's WHERE
 * re-checks what they read, so that only the first write changes a row and the second learns it
 * lost before it appends an audit record or screens a row.
 */
import type { AuditEntry } from '../../core/screening/index.js';
import { RunClaimedError } from '../../core/screening/index.js';
import type { SqliteDatabase } from '../sqlite/index.js';
import { appendAudit } from './audit-log.js';
import { statement } from './statements.js';
import type { RunClaim } from './types.js';

/** The run as the winner left it, for the loser's message; `missing` when there is none. */
function refuse(db: SqliteDatabase, id: string): never {
  const row = statement(db, 'SELECT status, pid FROM screening_runs WHERE id = ?').get(id) as
    | { status: string; pid: number | null }
    | undefined;
  throw new RunClaimedError(id, row?.pid ?? null, row?.status ?? 'missing');
}

/** A queued run starts once: whoever moves it out of 'queued' first owns it. */
export function startQueued(
  db: SqliteDatabase,
  id: string,
  start: { versions: Record<string, number>; pid: number },
  audit: AuditEntry,
): void {
  const changed = statement(
    db,
    `UPDATE screening_runs SET status = 'running', versions = ?, pid = ?, started_at = ?
     WHERE id = ? AND status = 'queued'`,
  ).run(JSON.stringify(start.versions), start.pid, audit.at, id).changes;
  if (changed === 0) refuse(db, id);
  appendAudit(db, audit);
}

/**
 * An unfinished run changes hands only if it still names the owner the claimant saw (`IS`, so
 * that a NULL owner compares equal): a claim that got there first has written its own pid.
 */
export function claimUnfinished(
  db: SqliteDatabase,
  id: string,
  claim: RunClaim,
  audit: AuditEntry,
): void {
  const changed = statement(
    db,
    `UPDATE screening_runs SET pid = ?, status = 'running'
     WHERE id = ? AND status IN ('running', 'failed') AND pid IS ?`,
  ).run(claim.pid, id, claim.seen).changes;
  if (changed === 0) refuse(db, id);
  appendAudit(db, audit);
}
