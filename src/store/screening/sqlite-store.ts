/**
 * The screening store in the lists' SQLite file, through a connection of its own (opened by
 * `openSqlite`, so with the same pragmas as every store). better-sqlite3 is synchronous: each
 * method does its work at once and returns a settled promise. Streamed reads page through the
 * tables by key instead of holding a cursor open, so that a consumer may await between items
 * while other requests write on the same connection.
 */
import type { EntityExample } from '../../core/matching/index.js';
import type { AuditEntry, AuditRecord, ChainHead } from '../../core/screening/index.js';
import type { DecisionRef } from '../../core/screening/index.js';
import type {
  Batch,
  Hit,
  RowExposure,
  RowIssue,
  RunInfo,
  RunStatus,
} from '../../core/screening/index.js';
import { openSqlite, type SqliteDatabase } from '../sqlite/index.js';
import { migrate } from '../sqlite/index.js';
import { appendAudit, auditHead, auditPage, auditRecordAt, pruneAuditPage } from './audit-log.js';
import { batchWriter } from './batch.js';
import { insertDecision, selectDecisions } from './decisions-table.js';
import { countRowsWithoutHits, decisionById, rankedHits, rowsWithoutHits } from './report-reads.js';
import { claimUnfinished, startQueued } from './run-claims.js';
import {
  type HitRow,
  type RunRow,
  toDecisionInfo,
  toDecisionRef,
  toHit,
  toIssue,
  toParty,
  toRun,
} from './rows.js';
import { screeningSchema } from './schema.js';
import type {
  BatchOptions,
  DecisionInfo,
  NewDecision,
  NewRun,
  PortfolioEntry,
  PrunedAudit,
  RowWithoutHits,
  RunClaim,
  ScreeningStore,
} from './types.js';

/** Rows read per page by the streamed reads. */
const PAGE = 500;

interface IssueRow {
  rowid: number;
  row: number;
  message: string;
  screened: number;
}

const wrapper = (db: SqliteDatabase) => db.transaction((body: () => unknown) => body());

export class SqliteScreeningStore implements ScreeningStore {
  private readonly db: SqliteDatabase;
  private writeBatch: ReturnType<typeof batchWriter> | null = null;

  constructor(
    readonly location: string,
    options: { readonly?: boolean } = {},
  ) {
    this.db = openSqlite(location, options);
    if (!options.readonly) migrate(this.db, screeningSchema);
  }

  async snapshot(): Promise<ScreeningStore> {
    const view = new SqliteScreeningStore(this.location, { readonly: true });
    // Deferred: the snapshot is taken by the first read, and every later read shares it.
    view.db.exec('BEGIN');
    return view;
  }

  /**
   * One transaction wrapper for every write: better-sqlite3 prepares the wrapper's BEGIN, COMMIT
   * and ROLLBACK statements each time one is made, which cost more than a /match's audit insert.
   */
  private transaction: ReturnType<typeof wrapper> | null = null;

  private write<T>(fn: () => T): T {
    this.transaction ??= wrapper(this.db);
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

  async createRun(run: NewRun, audit: AuditEntry): Promise<void> {
    this.write(() => {
      this.insertRun(run, 'running');
      appendAudit(this.db, audit);
    });
  }

  /** Record a run accepted but not started: its list versions are known when it starts. */
  async queueRun(run: NewRun): Promise<void> {
    this.write(() => this.insertRun(run, 'queued'));
  }

  /** Start a queued run, only while it is still queued (./run-claims.ts). */
  async startRun(
    id: string,
    versions: Record<string, number>,
    pid: number,
    audit: AuditEntry,
  ): Promise<void> {
    this.write(() => startQueued(this.db, id, { versions, pid }, audit));
  }

  /** A run stopped on purpose (the server closing) stays unfinished, owned by no process. */
  async releaseRun(id: string): Promise<void> {
    this.write(() => {
      this.db.prepare('UPDATE screening_runs SET pid = NULL WHERE id = ?').run(id);
    });
  }

  /** Take over an unfinished run, only if it still names the owner the caller saw gone. */
  async claimRun(id: string, claim: RunClaim, audit: AuditEntry): Promise<void> {
    this.write(() => claimUnfinished(this.db, id, claim, audit));
  }

  async commitBatch(runId: string, batch: Batch, options: BatchOptions): Promise<void> {
    this.writeBatch ??= batchWriter(this.db);
    this.writeBatch.immediate(runId, batch, options);
  }

  async finishRun(
    id: string,
    status: RunStatus,
    at: string,
    audit: AuditEntry | null,
    error: string | null = null,
  ): Promise<void> {
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
  async cancelRun(id: string, audit: (run: RunInfo) => AuditEntry): Promise<boolean> {
    return this.write(() => {
      const changed = this.db
        .prepare(
          `UPDATE screening_runs SET status = 'cancelled', pid = NULL
           WHERE id = ? AND status IN ('queued', 'running')`,
        )
        .run(id).changes;
      if (changed === 0) return false;
      appendAudit(this.db, audit(this.runNow(id)!));
      return true;
    });
  }

  /**
   * Note that a job's uploaded input was deleted, with its audit record; the run, its hits and
   * decisions stay. Returns false, writing nothing, when it was noted already.
   */
  async inputRemoved(id: string, audit: AuditEntry): Promise<boolean> {
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

  async run(id: string): Promise<RunInfo | null> {
    return this.runNow(id);
  }

  private runNow(id: string): RunInfo | null {
    const row = this.db.prepare('SELECT * FROM screening_runs WHERE id = ?').get(id) as
      | RunRow
      | undefined;
    return row ? toRun(row) : null;
  }

  async runs(): Promise<RunInfo[]> {
    const rows = this.db
      .prepare('SELECT * FROM screening_runs ORDER BY started_at, id')
      .all() as RunRow[];
    return rows.map(toRun);
  }

  /** The run's raised hits (or all, held-back ones too), by row and then score. */
  async *hits(runId: string, options: { withSuppressed?: boolean } = {}): AsyncGenerator<Hit> {
    const only = options.withSuppressed ? '' : 'AND suppressed_by IS NULL';
    const first = this.db.prepare(
      `SELECT * FROM screening_hits WHERE run_id = ? ${only}
       ORDER BY row, score DESC, entity_id LIMIT ?`,
    );
    // The key of the last hit read: (row, score, entity) in the order above.
    const next = this.db.prepare(
      `SELECT * FROM screening_hits WHERE run_id = ? ${only}
         AND (row > ? OR (row = ? AND (score < ? OR (score = ? AND entity_id > ?))))
       ORDER BY row, score DESC, entity_id LIMIT ?`,
    );
    let page = first.all(runId, PAGE) as HitRow[];
    while (page.length > 0) {
      for (const row of page) yield toHit(row);
      if (page.length < PAGE) return;
      const last = page[page.length - 1]!;
      const key = [last.row, last.row, last.score, last.score, last.entity_id];
      page = next.all(runId, ...key, PAGE) as HitRow[];
    }
  }

  async *exposedRows(runId: string): AsyncGenerator<RowExposure> {
    const page = this.db.prepare(
      `SELECT row, exposure FROM screening_rows
       WHERE run_id = ? AND row > ? AND exposure IS NOT NULL ORDER BY row LIMIT ?`,
    );
    let after = -1;
    for (;;) {
      const rows = page.all(runId, after, PAGE) as { row: number; exposure: string }[];
      for (const r of rows) yield JSON.parse(r.exposure) as RowExposure;
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.row;
    }
  }

  async hit(
    runId: string,
    row: number,
    entityId: string,
  ): Promise<(Hit & { suppressedBy: number | null }) | null> {
    const found = this.db
      .prepare('SELECT * FROM screening_hits WHERE run_id = ? AND row = ? AND entity_id = ?')
      .get(runId, row, entityId) as HitRow | undefined;
    return found ? { ...toHit(found), suppressedBy: found.suppressed_by } : null;
  }

  rankedHits(runId: string): AsyncIterable<Hit & { suppressedBy: number | null }> {
    return rankedHits(this.db, runId);
  }

  rowsWithoutHits(runId: string): AsyncIterable<RowWithoutHits> {
    return rowsWithoutHits(this.db, runId);
  }

  async countRowsWithoutHits(runId: string): Promise<number> {
    return countRowsWithoutHits(this.db, runId);
  }

  async decision(id: number): Promise<DecisionInfo | null> {
    return decisionById(this.db, id);
  }

  async *issues(runId: string): AsyncGenerator<RowIssue> {
    const page = this.db.prepare(
      `SELECT rowid, row, message, screened FROM screening_issues
       WHERE run_id = ? AND (row > ? OR (row = ? AND rowid > ?)) ORDER BY row, rowid LIMIT ?`,
    );
    let after = [-1, -1, 0];
    for (;;) {
      const rows = page.all(runId, ...after, PAGE) as IssueRow[];
      for (const row of rows) yield toIssue(row);
      if (rows.length < PAGE) return;
      const last = rows[rows.length - 1]!;
      after = [last.row, last.row, last.rowid];
    }
  }

  /** The rows a run has recorded (for checks: each input row once). */
  async rowNumbers(runId: string): Promise<number[]> {
    const rows = this.db
      .prepare('SELECT row FROM screening_rows WHERE run_id = ? ORDER BY row')
      .all(runId) as { row: number }[];
    return rows.map((r) => r.row);
  }

  async party(partyKey: string): Promise<EntityExample | null> {
    const row = this.db
      .prepare('SELECT schema, properties FROM screening_parties WHERE party_key = ?')
      .get(partyKey) as { schema: string; properties: string } | undefined;
    return row ? toParty(row) : null;
  }

  /** A page of the portfolio in a stable order; `ordinal` numbers the party for rescreens. */
  async portfolioPage(after: number, limit: number): Promise<PortfolioEntry[]> {
    const rows = this.db
      .prepare(
        `SELECT rowid AS ordinal, party_key, schema, properties, row_key FROM screening_parties
         WHERE rowid > ? ORDER BY rowid LIMIT ?`,
      )
      .all(after, limit) as {
      ordinal: number;
      party_key: string;
      schema: string;
      properties: string;
      row_key: string | null;
    }[];
    return rows.map((r) => ({
      ordinal: r.ordinal,
      partyKey: r.party_key,
      key: r.row_key,
      example: toParty(r),
    }));
  }

  async portfolioSize(): Promise<number> {
    return (this.db.prepare('SELECT count(*) AS n FROM screening_parties').get() as { n: number })
      .n;
  }

  /**
   * Whether a finished run already raised this entity, with this content, for this party. An
   * interrupted run does not count: its hits were never reported in full.
   */
  async wasRaised(partyKey: string, entityId: string, digest: string): Promise<boolean> {
    const row = this.db
      .prepare(
        `SELECT 1 FROM screening_hits h JOIN screening_runs r ON r.id = h.run_id
         WHERE h.party_key = ? AND h.entity_id = ? AND h.entity_digest = ?
           AND h.suppressed_by IS NULL AND r.status = 'finished' LIMIT 1`,
      )
      .get(partyKey, entityId, digest);
    return row !== undefined;
  }

  async decisions(): Promise<DecisionRef[]> {
    return selectDecisions(this.db, null).map(toDecisionRef);
  }

  /** Every decision with what was recorded with it, or those on one run's hits. */
  async decisionList(runId: string | null = null): Promise<DecisionInfo[]> {
    return selectDecisions(this.db, runId).map(toDecisionInfo);
  }

  async addDecision(decision: NewDecision, audit: (id: number) => AuditEntry): Promise<number> {
    return this.write(() => {
      const id = insertDecision(this.db, decision);
      appendAudit(this.db, audit(id));
      return id;
    });
  }

  /** Append one record on its own (a screening over HTTP), in a transaction of its own. */
  async appendAudit(entry: AuditEntry): Promise<AuditRecord> {
    return this.write(() => appendAudit(this.db, entry));
  }

  async *auditRecords(): AsyncGenerator<AuditRecord> {
    let after = 0;
    for (;;) {
      const records = auditPage(this.db, after, PAGE);
      yield* records;
      if (records.length < PAGE) return;
      after = records[records.length - 1]!.seq;
    }
  }

  async auditHead(): Promise<ChainHead | null> {
    return auditHead(this.db);
  }

  async auditRecord(seq: number): Promise<AuditRecord | null> {
    return auditRecordAt(this.db, seq);
  }

  async pruneAudit(before: string, prunedAt: string, limit: number): Promise<PrunedAudit> {
    return this.write(() => pruneAuditPage(this.db, before, prunedAt, limit));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
