/**
 * The screening loop: each input row becomes an example, is matched (in chunks, by workers when
 * there are some), has decisions applied in row order, and joins a batch; a full batch is written
 * to the hits file, then committed with the run's cursor. Rows at or before the cursor are
 * skipped, which is how a resumed run continues.
 */
import { DossierError } from '../../core/errors/index.js';
import type { EntityExample } from '../../core/matching/index.js';
import type { ColumnResolver } from '../../core/screening/index.js';
import { applyDecisions, type DecisionBook } from '../../core/screening/index.js';
import { batchAuditPayload, hitsOf } from '../../core/screening/index.js';
import { partyKey } from '../../core/screening/index.js';
import type { ProgressState } from '../../core/screening/index.js';
import { type RowKeys, rowToExample } from '../../core/screening/index.js';
import { timestamp } from '../../core/screening/index.js';
import type { Batch, RowIssue, RunInfo } from '../../core/screening/index.js';
import { type ExposureOf, type RowExposureOf, withExposure } from './exposure.js';
import type { ScreeningStore } from '../../store/screening/index.js';
import type { InputEvent } from './input.js';
import type { MatchSetup } from './matching.js';
import { batchResults, type LineOutput } from './output.js';
import type { Matched } from './row-matcher.js';

export interface LoopHooks {
  /** Once the run is recorded (or claimed, when resumed), before its first row. */
  onStart?(run: RunInfo): void;
  onProgress?(state: ProgressState): void;
  onIssue?(issue: RowIssue): void;
  /** What the run as a whole could not check (rows' own exposure without a network). */
  onNote?(note: string): void;
  /** After each commit, with the run's cursor. */
  onCommit?(cursor: number): void;
  /** Rows (and problems) per commit; 500 unless a test wants more commits. */
  batchSize?: number;
  /**
   * Stops the run between rows (a server closing): it ends with RunInterrupted, left unfinished
   * at its last commit, to be resumed.
   */
  signal?: AbortSignal;
}

/** A run stopped through its hooks' signal: not a failure, it is resumed later. */
export class RunInterrupted extends DossierError {
  override readonly name = 'RunInterrupted';
  readonly code = 'interrupted';
  constructor(runId: string) {
    super(`run ${runId} was stopped; it resumes from its last commit`);
  }
}

export interface LoopContext {
  runId: string;
  actor: string;
  repo: ScreeningStore;
  setup: MatchSetup;
  resolver: ColumnResolver;
  /** Row keys handed out so far in this file. */
  keys: RowKeys;
  book: DecisionBook;
  output: LineOutput | null;
  /** The last row committed: rows up to it are skipped. */
  cursor: number;
  hooks: LoopHooks;
  /**
   * A hit's entity's exposure through ownership, looked up in the network's snapshot taken once
   * for the run; absent when the network holds no ownership.
   */
  exposureOf?: ExposureOf;
  /** The row's own party's exposure (null: rows not checked, and `rowNote` says why). */
  rowExposureOf?: RowExposureOf | null;
  /** Why rows' own exposure was not checked: told through `hooks.onNote` and the result. */
  rowNote?: string | null;
}

/** What committing a batch needs: the loops over files and over the portfolio share it. */
export type CommitContext = Pick<
  LoopContext,
  'runId' | 'actor' | 'repo' | 'output' | 'cursor' | 'hooks'
>;

export interface Reading {
  bytes(): number;
  total: number;
}

const BATCH_SIZE = 500;
/** Rows sent to the matcher at once: large enough that messages cost little. */
const CHUNK = 32;
const PROGRESS_EVERY_MS = 250;

export function emptyBatch(cursor: number): Batch {
  return { rows: [], issues: [], cursor, screened: 0, unkeyed: 0 };
}

/** A row made ready for matching, or the reason it cannot be. */
interface Prepared {
  row: number;
  /** The row's key: its customer ID, or `line:<n>` (core/screening/identity.ts). */
  rowKey: string;
  /** Keyed by its line although the file has an ID column (no ID, or a repeated one). */
  unkeyed: boolean;
  /** The ID the row gives, if any: what its own party may be found by in the network. */
  customerId: string | null;
  notes: string[];
  problem?: string;
  example?: EntityExample;
  key?: string;
}

/**
 * The row's identity. Every row goes through here, those skipped on a resume too, so that a
 * resumed run sees the same earlier IDs and gives each row the key it had.
 */
function identify(event: InputEvent & { kind: 'row' | 'problem' }, ctx: LoopContext) {
  // A row that could not be read has its problem reported already: no warning about its ID.
  if (event.kind === 'problem') return ctx.keys.keyOf(event.row, null, false);
  return ctx.keys.keyOf(event.row, ctx.resolver.idOf(event.cells), ctx.resolver.hasIdColumn);
}

function prepare(event: InputEvent & { kind: 'row' | 'problem' }, ctx: LoopContext): Prepared {
  const { key: rowKey, customerId, warning } = identify(event, ctx);
  const base = { row: event.row, rowKey, unkeyed: warning !== null, customerId };
  const notes = warning === null ? [] : [warning];
  if (event.kind === 'problem') return { ...base, notes, problem: event.message };
  const outcome = rowToExample(event.cells, ctx.resolver);
  if (!outcome.ok) return { ...base, notes, problem: outcome.problem };
  const { example } = outcome;
  notes.push(...outcome.notes);
  return { ...base, notes, example, key: partyKey(example, customerId) };
}

type Chunk = Promise<[Prepared, Matched | null][]>;

function dispatch(ctx: LoopContext, rows: Prepared[]): Chunk {
  const examples = rows.flatMap((p) => (p.example ? [p.example] : []));
  const chunk = ctx.setup.matcher.matchAll(examples).then((results) => {
    let i = 0;
    return rows.map((p): [Prepared, Matched | null] => [p, p.example ? results[i++]! : null]);
  });
  // It is awaited later, in order; until then a failure must not count as unhandled.
  chunk.catch(() => {});
  return chunk;
}

/** Add a matched row to the batch, in row order. */
function absorb(ctx: LoopContext, batch: Batch, p: Prepared, matched: Matched | null): void {
  const { row } = p;
  batch.cursor = row;
  if (p.unkeyed) batch.unkeyed = (batch.unkeyed ?? 0) + 1;
  for (const message of p.notes) batch.issues.push({ row, message, screened: true });
  const problem = p.problem ?? (matched && 'problem' in matched ? matched.problem : null);
  if (problem !== null || !matched || !('hits' in matched)) {
    batch.issues.push({ row, message: problem ?? 'not matched', screened: false });
    return;
  }
  const key = p.key!;
  const hits = withExposure(hitsOf(row, key, matched.hits, p.rowKey), ctx.exposureOf);
  const { raised, suppressed } = applyDecisions(key, hits, ctx.book);
  const held = suppressed.map((s) => ({ hit: s.hit, decisionId: s.decision.id }));
  const { rowKey, example } = p;
  const where = { row, key: rowKey, customerId: p.customerId };
  const exposure = ctx.rowExposureOf?.(where, example!) ?? null;
  batch.rows.push({
    row,
    key: rowKey,
    partyKey: key,
    example: example!,
    hits: raised,
    suppressed: held,
    ...(exposure ? { exposure } : {}),
  });
  batch.screened++;
}

/** Write the batch's hits, then commit the batch with the file's new length. */
export async function commit(
  ctx: CommitContext,
  batch: Batch,
  kind: string,
  addParties: boolean,
): Promise<void> {
  const outBytes = ctx.output?.append(batchResults(batch.rows)) ?? 0;
  const payload = batchAuditPayload(ctx.runId, batch);
  const audit = { kind, actor: ctx.actor, at: timestamp(), payload };
  await ctx.repo.commitBatch(ctx.runId, batch, {
    outBytes,
    addParties,
    allRows: addParties,
    audit,
  });
  ctx.cursor = batch.cursor;
  for (const issue of batch.issues) ctx.hooks.onIssue?.(issue);
  ctx.hooks.onCommit?.(batch.cursor);
}

function progressTicker(ctx: LoopContext, reading: Reading) {
  let started = 0;
  let startFraction = 0;
  let last = 0;
  const totals = { rows: 0, hits: 0 };
  const fraction = () => (reading.total > 0 ? Math.min(1, reading.bytes() / reading.total) : 0);
  const hitsIn = (batch: Batch) => batch.rows.reduce((n, r) => n + r.hits.length, 0);
  return {
    totals,
    /** Count a batch once it is committed. */
    count(batch: Batch) {
      totals.rows += batch.screened;
      totals.hits += hitsIn(batch);
    },
    /** Report the committed rows and those of the open batch. */
    tick(open: Batch, force = false) {
      const now = performance.now();
      if (started === 0) [started, startFraction] = [now, fraction()];
      if (!ctx.hooks.onProgress || (!force && now - last < PROGRESS_EVERY_MS)) return;
      last = now;
      const rows = totals.rows + open.screened;
      const hits = totals.hits + hitsIn(open);
      const elapsedMs = now - started;
      ctx.hooks.onProgress({ rows, hits, elapsedMs, fraction: fraction(), startFraction });
    },
  };
}

/** Screen the events after the cursor; returns the rows screened by this call. */
export async function screenEvents(
  ctx: LoopContext,
  events: AsyncIterable<InputEvent>,
  reading: Reading,
): Promise<number> {
  const size = ctx.hooks.batchSize ?? BATCH_SIZE;
  const progress = progressTicker(ctx, reading);
  const inFlight: Chunk[] = [];
  let rows: Prepared[] = [];
  let batch = emptyBatch(ctx.cursor);
  if (ctx.rowNote) ctx.hooks.onNote?.(ctx.rowNote);
  const drainOne = async () => {
    for (const [p, matched] of await inFlight.shift()!) {
      absorb(ctx, batch, p, matched);
      if (batch.rows.length + batch.issues.length < size) continue;
      await commit(ctx, batch, 'screen.batch', true);
      progress.count(batch);
      batch = emptyBatch(ctx.cursor);
    }
    progress.tick(batch);
  };
  for await (const event of events) {
    if (ctx.hooks.signal?.aborted) throw new RunInterrupted(ctx.runId);
    if (event.kind === 'header') ctx.resolver.checkHeader(event.headers);
    else if (event.row > ctx.cursor) rows.push(prepare(event, ctx));
    else identify(event, ctx);
    if (rows.length < CHUNK) continue;
    inFlight.push(dispatch(ctx, rows));
    rows = [];
    while (inFlight.length > ctx.setup.matcher.parallel) await drainOne();
  }
  if (rows.length > 0) inFlight.push(dispatch(ctx, rows));
  while (inFlight.length > 0) await drainOne();
  if (batch.cursor > ctx.cursor) await commit(ctx, batch, 'screen.batch', true);
  progress.count(batch);
  progress.tick(emptyBatch(ctx.cursor), true);
  return progress.totals.rows;
}
