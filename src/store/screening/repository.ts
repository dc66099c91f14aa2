/**
 * Screening's repository: runs, the portfolio of screened parties, hits, decisions and the audit
 * trail, in the lists' SQLite file through a connection of its own (WAL mode, so that it reads
 * and writes beside the list store). Reads that stream (`iterate`) must not be interleaved with
 * writes on this connection: a reader that streams across awaits (an HTTP download) takes a
 * `snapshot()`, a read-only connection of its own.
 */
import Database from 'better-sqlite3';
import type { EntityExample } from '../../core/matching/index.js';
import type { AuditEntry, AuditRecord, ChainHead } from '../../screening/audit.js';
import type { DecisionRef } from '../../screening/decisions.js';
import type { Batch, Hit, RowIssue, RunInfo, RunParams, RunStatus } from '../../screening/types.js';
import { appendAudit, auditHead, auditRecords } from './audit-log.js';
import { type BatchOptions, batchWriter } from './batch.js';
import { insertDecision, type NewDecision, selectDecisions } from './decisions-table.js';
import {
  type DecisionInfo,
  type HitRow,
  type RunRow,
  toDecisionInfo,
  toDecisionRef,
  toHit,
  toIssue,
  toParty,
  toRun,
} from './rows.js';
import { createScreeningTables } from './schema.js';

export type { DecisionInfo } from './rows.js';
export type { NewDecision } from './decisions-table.js';

export interface NewRun {
  id: string;
  kind: RunInfo['kind'];
  input: string;
  inputSha256: string | null;
  params: RunParams;
  versions: Record<string, number>;
  actor: string;
  startedAt: string;
  pid: number;
}

export class ScreeningRepository {
  readonly db: Database.Database;
  private writeBatch: ReturnType<typeof batchWriter> | null = null;

  constructor(path: string, options: { readonly?: boolean } = {}) {
    if (options.readonly) {
      this.db = new Database(path, { readonly: true, fileMustExist: true });
      this.db.pragma('busy_timeout = 10000');
      return;
    }
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    createScreeningTables(this.db);
  }

  /**
   * A read-only view of the file at one moment, on a connection of its own: what others write
   * meanwhile is not seen (WAL), and its reads may stream across awaits. Close it when done.
   */
  static snapshot(path: string): ScreeningRepository {
    const repo = new ScreeningRepository(path, { readonly: true });
    // Deferred: the snapshot is taken by the first read, and every later read shares it.
    repo.db.exec('BEGIN');
    return repo;
  }

  /** Run `fn` in a write transaction taken at once, so that two writers queue rather than fail. */
  /**
   * One transaction wrapper for every write: better-sqlite3 prepares the wrapper's BEGIN, COMMIT
   * and ROLLBACK statements each time one is made, which cost more than a /match's audit insert.
   */
  private transaction: Database.Transaction<(fn: () => unknown) => unknown> | null = null;

  private write<T>(fn: () => T): T {
    this.transaction ??= this.db.transaction((body: () => unknown) => body());
    return this.transaction.immediate(fn) as T;
  }

  private insertRun(run: NewRun, status: 'running' | 'queued'): void {
    this.db
      .prepare(
        `INSERT INTO screening_runs (id, kind, input, input_sha256, params, versions, actor,
           started_at, status, pid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        ...[run.id, run.kind, run.input, run.inputSha256, JSON.stringify(run.params)],
        ...[JSON.stringify(run.versions), run.actor, run.startedAt, status, run.pid],
      );
  }

  createRun(run: NewRun, audit: AuditEntry): void {
    this.write(() => {
      this.insertRun(run, 'running');
      appendAudit(this.db, audit);
    });
  }

  /** Record a run accepted but not started: its list versions are known when it starts. */
  queueRun(run: NewRun): void {
    this.write(() => this.insertRun(run, 'queued'));
  }

  /** Start a queued run with the list versions it screens against, and its first audit record. */
  startRun(id: string, versions: Record<string, number>, pid: number, audit: AuditEntry): void {
    this.write(() => {
      this.db
        .prepare(
          `UPDATE screening_runs SET status = 'running', versions = ?, pid = ?, started_at = ?
           WHERE id = ? AND status = 'queued'`,
        )
        .run(JSON.stringify(versions), pid, audit.at, id);
      appendAudit(this.db, audit);
    });
  }

  /** A run stopped on purpose (the server closing) stays unfinished, owned by no process. */
  releaseRun(id: string): void {
    this.write(() => {
      this.db.prepare('UPDATE screening_runs SET pid = NULL WHERE id = ?').run(id);
    });
  }

  /** Take over an unfinished run in this process. */
  claimRun(id: string, pid: number, audit: AuditEntry): void {
    this.write(() => {
      this.db
        .prepare("UPDATE screening_runs SET pid = ?, status = 'running' WHERE id = ?")
        .run(pid, id);
      appendAudit(this.db, audit);
    });
  }

  commitBatch(runId: string, batch: Batch, options: BatchOptions): void {
    this.writeBatch ??= batchWriter(this.db);
    this.writeBatch.immediate(runId, batch, options);
  }

  finishRun(
    id: string,
    status: RunStatus,
    at: string,
    audit: AuditEntry | null,
    error: string | null = null,
  ): void {
    this.write(() => {
      this.db
        .prepare(
          `UPDATE screening_runs SET status = ?, finished_at = ?, pid = NULL, error = ?
           WHERE id = ?`,
        )
        .run(status, status === 'finished' ? at : null, error, id);
      if (audit) appendAudit(this.db, audit);
    });
  }

  /**
   * Cancel a run that has not finished (queued, or running with no process at work on it any
   * more), with its audit record, made from the run as it is then. Its committed rows stay. Returns
   * false, writing nothing, when the run is not unfinished (it finished or failed meanwhile, or
   * was cancelled already).
   */
  cancelRun(id: string, audit: (run: RunInfo) => AuditEntry): boolean {
    return this.write(() => {
      const changed = this.db
        .prepare(
          `UPDATE screening_runs SET status = 'cancelled', pid = NULL
           WHERE id = ? AND status IN ('queued', 'running')`,
        )
        .run(id).changes;
      if (changed === 0) return false;
      appendAudit(this.db, audit(this.run(id)!));
      return true;
    });
  }

  /**
   * Note that a job's uploaded input was deleted, with its audit record; the run, its hits and
   * decisions stay. Returns false, writing nothing, when it was noted already.
   */
  inputRemoved(id: string, audit: AuditEntry): boolean {
    return this.write(() => {
      const changed = this.db
        .prepare(
          `UPDATE screening_runs SET input_removed_at = ?
           WHERE id = ? AND input_removed_at IS NULL`,
        )
        .run(audit.at, id).changes;
      if (changed === 0) return false;
      appendAudit(this.db, audit);
      return true;
    });
  }

  run(id: string): RunInfo | null {
    const row = this.db.prepare('SELECT * FROM screening_runs WHERE id = ?').get(id) as
      | RunRow
      | undefined;
    return row ? toRun(row) : null;
  }

  runs(): RunInfo[] {
    const rows = this.db
      .prepare('SELECT * FROM screening_runs ORDER BY started_at, id')
      .all() as RunRow[];
    return rows.map(toRun);
  }

  /** The run's raised hits (or all, suppressed ones too), by row and then score. */
  *hits(runId: string, options: { withSuppressed?: boolean } = {}): Generator<Hit> {
    const only = options.withSuppressed ? '' : 'AND suppressed_by IS NULL';
    const rows = this.db
      .prepare(
        `SELECT * FROM screening_hits WHERE run_id = ? ${only}
         ORDER BY row, score DESC, entity_id`,
      )
      .iterate(runId) as IterableIterator<HitRow>;
    for (const row of rows) yield toHit(row);
  }

  hit(
    runId: string,
    row: number,
    entityId: string,
  ): (Hit & { suppressedBy: number | null }) | null {
    const found = this.db
      .prepare('SELECT * FROM screening_hits WHERE run_id = ? AND row = ? AND entity_id = ?')
      .get(runId, row, entityId) as HitRow | undefined;
    return found ? { ...toHit(found), suppressedBy: found.suppressed_by } : null;
  }

  *issues(runId: string): Generator<RowIssue> {
    const rows = this.db
      .prepare('SELECT row, message, screened FROM screening_issues WHERE run_id = ? ORDER BY row')
      .iterate(runId) as IterableIterator<{ row: number; message: string; screened: number }>;
    for (const row of rows) yield toIssue(row);
  }

  /** The rows a run has recorded (for checks: each input row once). */
  rowNumbers(runId: string): number[] {
    const rows = this.db
      .prepare('SELECT row FROM screening_rows WHERE run_id = ? ORDER BY row')
      .all(runId) as { row: number }[];
    return rows.map((r) => r.row);
  }

  party(partyKey: string): EntityExample | null {
    const row = this.db
      .prepare('SELECT schema, properties FROM screening_parties WHERE party_key = ?')
      .get(partyKey) as { schema: string; properties: string } | undefined;
    return row ? toParty(row) : null;
  }

  /** A page of the portfolio in a stable order; `ordinal` numbers the party for rescreens. */
  portfolioPage(after: number, limit: number) {
    const rows = this.db
      .prepare(
        `SELECT rowid AS ordinal, party_key, schema, properties FROM screening_parties
         WHERE rowid > ? ORDER BY rowid LIMIT ?`,
      )
      .all(after, limit) as {
      ordinal: number;
      party_key: string;
      schema: string;
      properties: string;
    }[];
    return rows.map((r) => ({ ordinal: r.ordinal, partyKey: r.party_key, example: toParty(r) }));
  }

  portfolioSize(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM screening_parties').get() as { n: number })
      .n;
  }

  /**
   * Whether a finished run already raised this entity, with this content, for this party. An
   * interrupted run does not count: its hits were never reported in full.
   */
  wasRaised(partyKey: string, entityId: string, digest: string): boolean {
    const row = this.db
      .prepare(
        `SELECT 1 FROM screening_hits h JOIN screening_runs r ON r.id = h.run_id
         WHERE h.party_key = ? AND h.entity_id = ? AND h.entity_digest = ?
           AND h.suppressed_by IS NULL AND r.status = 'finished' LIMIT 1`,
      )
      .get(partyKey, entityId, digest);
    return row !== undefined;
  }

  decisions(): DecisionRef[] {
    return selectDecisions(this.db, null).map(toDecisionRef);
  }

  /** Every decision with what was recorded with it, or those on one run's hits. */
  decisionList(runId: string | null = null): DecisionInfo[] {
    return selectDecisions(this.db, runId).map(toDecisionInfo);
  }

  addDecision(decision: NewDecision, audit: (id: number) => AuditEntry): number {
    return this.write(() => {
      const id = insertDecision(this.db, decision);
      appendAudit(this.db, audit(id));
      return id;
    });
  }

  /** Append one record on its own (a screening over HTTP), in a transaction of its own. */
  appendAudit(entry: AuditEntry): AuditRecord {
    return this.write(() => appendAudit(this.db, entry));
  }

  auditRecords(): Generator<AuditRecord> {
    return auditRecords(this.db);
  }

  auditHead(): ChainHead | null {
    return auditHead(this.db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
