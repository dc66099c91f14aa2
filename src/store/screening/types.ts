/**
 * The screening store contract: runs, the portfolio of screened parties, hits, decisions and the
 * audit trail. Async and backend-neutral, so that a PostgreSQL backend fits without changing
 * callers; every backend passes `screeningConformance` (./conformance.ts).
 */
import type { EntityExample } from '../../core/matching/index.js';
import type { AuditEntry, AuditRecord, ChainHead } from '../../core/screening/index.js';
import type { DecisionKind, DecisionRef } from '../../core/screening/index.js';
import type {
  Batch,
  Hit,
  RowExposure,
  RowIssue,
  RunInfo,
  RunStatus,
} from '../../core/screening/index.js';

/** A run as it is recorded when it starts (or is queued), by the process that runs it. */
export type NewRun = Pick<
  RunInfo,
  'id' | 'kind' | 'input' | 'inputSha256' | 'params' | 'versions' | 'actor' | 'startedAt'
> & { pid: number };

/** Who claims a run, and the owner the claimant read on it and found gone. */
export interface RunClaim {
  pid: number;
  seen: number | null;
}

export interface NewDecision {
  runId: string;
  row: number;
  /** The row's key (customer ID or `line:<n>`); null on runs made before rows had keys. */
  key?: string | null;
  partyKey: string;
  entityId: string;
  entityDigest: string;
  decision: DecisionKind;
  reason: string;
  actor: string;
  decidedAt: string;
}

/** A decision as it is listed: everything recorded with it. */
export interface DecisionInfo extends NewDecision {
  id: number;
}

export interface BatchOptions {
  /** The output file's length once this batch's lines are in it. */
  outBytes: number;
  /** Screen runs add their parties to the portfolio; rescreens read it. */
  addParties: boolean;
  /** Rescreens keep only the rows that have hits; screen runs keep every row. */
  allRows: boolean;
  audit: AuditEntry;
}

/** What one pruning pass removed: records, and the payload bytes they held. */
export interface PrunedAudit {
  records: number;
  bytes: number;
}

/** A screened row with no hit: its number, key and the party screened. */
export interface RowWithoutHits {
  row: number;
  key: string | null;
  example: EntityExample | null;
}

/** One party of the portfolio; `ordinal` numbers it in a stable order for rescreens. */
export interface PortfolioEntry {
  ordinal: number;
  partyKey: string;
  /** The key the party had when last screened (customer ID or `line:<n>`); null before keys. */
  key: string | null;
  example: EntityExample;
}

export interface ScreeningStore {
  /** Where the store lives (a file path for SQLite), for workers that open it themselves. */
  readonly location: string;

  /** Record a run that starts now, with its first audit record, in one transaction. */
  createRun(run: NewRun, audit: AuditEntry): Promise<void>;
  /** Record a run accepted but not started: its list versions are known when it starts. */
  queueRun(run: NewRun): Promise<void>;
  /**
   * Start a queued run with the list versions it screens against, and its first audit record.
   * Only while it is still queued: otherwise (another runner started it, or it was cancelled)
   * throws RunClaimedError and writes nothing. The check and the write are one transaction.
   */
  startRun(
    id: string,
    versions: Record<string, number>,
    pid: number,
    audit: AuditEntry,
  ): Promise<void>;
  /** A run stopped on purpose (the server closing) stays unfinished, owned by no process. */
  releaseRun(id: string): Promise<void>;
  /**
   * Take over an unfinished run (running or failed) for process `claim.pid`, with its audit
   * record. `claim.seen` is the pid the caller read on the run and found dead (or null): the run
   * is claimed only if it still records that pid, checked and written in one transaction, so that
   * of two claims made from the same reading exactly one wins. The loser gets RunClaimedError and
   * nothing is written.
   */
  claimRun(id: string, claim: RunClaim, audit: AuditEntry): Promise<void>;
  /** A batch of screened rows with its audit record: all of it is written, or none. */
  commitBatch(runId: string, batch: Batch, options: BatchOptions): Promise<void>;
  finishRun(
    id: string,
    status: RunStatus,
    at: string,
    audit: AuditEntry | null,
    error?: string | null,
  ): Promise<void>;
  /**
   * Cancel an unfinished run (queued, or running with no process at work on it), with its audit
   * record made from the run as it is then. False, writing nothing, when it is not unfinished.
   */
  cancelRun(id: string, audit: (run: RunInfo) => AuditEntry): Promise<boolean>;
  /** Note that a job's upload was deleted; false, writing nothing, when noted already. */
  inputRemoved(id: string, audit: AuditEntry): Promise<boolean>;

  run(id: string): Promise<RunInfo | null>;
  /** Every run, oldest first. */
  runs(): Promise<RunInfo[]>;
  /** The run's raised hits (or all, held-back ones too), by row and then score. */
  hits(runId: string, options?: { withSuppressed?: boolean }): AsyncIterable<Hit>;
  /** The run's rows whose own party is exposed through ownership, by row (layout 5). */
  exposedRows(runId: string): AsyncIterable<RowExposure>;
  hit(
    runId: string,
    row: number,
    entityId: string,
  ): Promise<(Hit & { suppressedBy: number | null }) | null>;
  /**
   * The run's hits, raised and held back, best score first (then by row and entity): the
   * report's order. `suppressedBy` is the decision that held a hit back, or null.
   */
  rankedHits(runId: string): AsyncIterable<Hit & { suppressedBy: number | null }>;
  /** The rows a run screened that had no hit at all (raised or held back), by row. */
  rowsWithoutHits(runId: string): AsyncIterable<RowWithoutHits>;
  /** How many rows `rowsWithoutHits` gives. */
  countRowsWithoutHits(runId: string): Promise<number>;
  /** One decision with what was recorded with it, or null. */
  decision(id: number): Promise<DecisionInfo | null>;
  /** The rows a run could not screen or screened with a problem, by row. */
  issues(runId: string): AsyncIterable<RowIssue>;
  /** The rows a run has recorded (for checks: each input row once). */
  rowNumbers(runId: string): Promise<number[]>;

  party(partyKey: string): Promise<EntityExample | null>;
  /** Up to `limit` parties after the ordinal `after`, in a stable order. */
  portfolioPage(after: number, limit: number): Promise<PortfolioEntry[]>;
  portfolioSize(): Promise<number>;
  /**
   * Whether a finished run already raised this entity, with this content, for this party. An
   * interrupted run does not count: its hits were never reported in full.
   */
  wasRaised(partyKey: string, entityId: string, digest: string): Promise<boolean>;

  decisions(): Promise<DecisionRef[]>;
  /** Every decision with what was recorded with it, or those on one run's hits. */
  decisionList(runId?: string | null): Promise<DecisionInfo[]>;
  /** Record a decision and its audit record (made from the decision's id) together. */
  addDecision(decision: NewDecision, audit: (id: number) => AuditEntry): Promise<number>;

  /** Append one record on its own (a screening over HTTP), in a transaction of its own. */
  appendAudit(entry: AuditEntry): Promise<AuditRecord>;
  /** The audit trail in sequence order. */
  auditRecords(): AsyncIterable<AuditRecord>;
  auditHead(): Promise<ChainHead | null>;
  /** The record at `seq`, or null when the trail has none there. */
  auditRecord(seq: number): Promise<AuditRecord | null>;
  /**
   * Replace by their kept hash the payloads of up to `limit` match records (kinds `match` and
   * `reconcile`, layout 2) written before `before`, oldest first, in one transaction, noting
   * `prunedAt`; the caller repeats until fewer than `limit` are pruned. Never touches another
   * kind of record.
   */
  pruneAudit(before: string, prunedAt: string, limit: number): Promise<PrunedAudit>;

  /**
   * A read-only view of the store at one moment: what is written meanwhile is not seen, and its
   * reads may stream across awaits (an HTTP download). Close it when done.
   */
  snapshot(): Promise<ScreeningStore>;
  close(): Promise<void>;
}
