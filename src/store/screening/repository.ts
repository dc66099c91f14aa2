/**
 * Screening's repository: runs, the portfolio of screened parties, hits, decisions and the audit
 * trail, in the lists' SQLite file through a connection of its own (WAL mode, so that it reads
 * and writes beside the list store). Reads that stream (`iterate`) must not be interleaved with
 * writes on this connection; callers page instead where they need both.
 */
import Database from 'better-sqlite3';
import type { EntityExample } from '../../core/matching/index.js';
import type { AuditEntry, AuditRecord, ChainHead } from '../../screening/audit.js';
import type { DecisionKind, DecisionRef } from '../../screening/decisions.js';
import type { Batch, Hit, RowIssue, RunInfo, RunParams, RunStatus } from '../../screening/types.js';
import { appendAudit, auditHead, auditRecords } from './audit-log.js';
import { type BatchOptions, batchWriter } from './batch.js';
import {
  type DecisionRow,
  type HitRow,
  type RunRow,
  toDecisionRef,
  toHit,
  toIssue,
  toParty,
  toRun,
} from './rows.js';
import { createScreeningTables } from './schema.js';

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

export interface NewDecision {
  runId: string;
  row: number;
  partyKey: string;
  entityId: string;
  entityDigest: string;
  decision: DecisionKind;
  reason: string;
  actor: string;
  decidedAt: string;
}

export class ScreeningRepository {
  readonly db: Database.Database;
  private readonly writeBatch: ReturnType<typeof batchWriter>;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    createScreeningTables(this.db);
    this.writeBatch = batchWriter(this.db);
  }

  /** Run `fn` in a write transaction taken at once, so that two writers queue rather than fail. */
  private write<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  createRun(run: NewRun, audit: AuditEntry): void {
    this.write(() => {
      this.db
        .prepare(
          `INSERT INTO screening_runs (id, kind, input, input_sha256, params, versions, actor,
             started_at, status, pid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'running', ?)`,
        )
        .run(
          run.id,
          run.kind,
          run.input,
          run.inputSha256,
          JSON.stringify(run.params),
          JSON.stringify(run.versions),
          run.actor,
          run.startedAt,
          run.pid,
        );
      appendAudit(this.db, audit);
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
    this.writeBatch.immediate(runId, batch, options);
  }

  finishRun(id: string, status: RunStatus, at: string, audit: AuditEntry | null): void {
    this.write(() => {
      this.db
        .prepare('UPDATE screening_runs SET status = ?, finished_at = ?, pid = NULL WHERE id = ?')
        .run(status, status === 'finished' ? at : null, id);
      if (audit) appendAudit(this.db, audit);
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
    const rows = this.db
      .prepare('SELECT * FROM screening_decisions ORDER BY id')
      .all() as DecisionRow[];
    return rows.map(toDecisionRef);
  }

  addDecision(decision: NewDecision, audit: (id: number) => AuditEntry): number {
    return this.write(() => {
      const d = decision;
      const result = this.db
        .prepare(
          `INSERT INTO screening_decisions (run_id, row, party_key, entity_id, entity_digest,
             decision, reason, actor, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          d.runId,
          d.row,
          d.partyKey,
          d.entityId,
          d.entityDigest,
          d.decision,
          d.reason,
          d.actor,
          d.decidedAt,
        );
      const id = Number(result.lastInsertRowid);
      appendAudit(this.db, audit(id));
      return id;
    });
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
