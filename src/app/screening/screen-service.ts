/**
 * Screening a portfolio file as a run: check the file and its columns, build the matcher, record
 * the run, screen the rows in committed batches, then finish (XLSX output, HTML report).
 * `resumeScreen` continues an unfinished run from its committed cursor with its own settings.
 * `queueScreen` checks and records a run without starting it (the HTTP API's jobs); `resumeScreen`
 * starts a queued run as it resumes an interrupted one.
 */
import { randomBytes } from 'node:crypto';
import type { MatcherTools } from '../../core/matching/index.js';
import { ColumnResolver, RowKeys } from '../../core/screening/index.js';
import { DecisionBook } from '../../core/screening/index.js';
import { ResumeError, RunClaimedError, RunNotFoundError } from '../../core/screening/index.js';
import { canonicalJson } from '../../core/screening/index.js';
import { newRunId, timestamp } from '../../core/screening/index.js';
import type { RunInfo } from '../../core/screening/index.js';
import type { Store } from '../../store/index.js';
import type { NewRun, ScreeningStore } from '../../store/screening/index.js';
import type { MatchService, SplitSource } from '../matching/index.js';
import type { NetworkService } from '../network/index.js';
import { exposureLookup, rowExposureLookup } from './exposure.js';
import { fileSha256, processAlive } from './files.js';
import { finishRun, openOutput } from './finish.js';
import { type FileFormat, type InputEvent, readInput } from './input.js';
import { type MatchSetup, prepareMatching } from './matching.js';
import type { LineOutput } from './output.js';
import { type LoopHooks, RunInterrupted, screenEvents } from './run-loop.js';
import { checkInput, checkRequest, type ScreenRequest } from './screen-request.js';

export type { ScreenRequest } from './screen-request.js';

export interface ScreeningDeps {
  store: Store;
  repo: ScreeningStore;
  tools: MatcherTools;
  /**
   * An index already built (the server's): runs match with it, in this thread, instead of
   * building their own. A run keeps the index it started with when the service swaps in another.
   */
  service?: MatchService;
  /** Reviewers' splits of merged designations, for an index the run builds itself. */
  splits?: SplitSource;
  /** The network: hits carry their entity's exposure through ownership when it has some. */
  network?: NetworkService;
}

export interface ScreenResult {
  run: RunInfo;
  /** Rows screened by this call (a resumed run counts only what it did). */
  rows: number;
  seconds: number;
  /** What the run could not check, such as rows' own exposure when no network is loaded. */
  notes: string[];
}

interface Execution {
  run: RunInfo;
  actor: string;
  setup: MatchSetup;
  events: AsyncIterable<InputEvent>;
  reading: { bytes: () => number; total: number };
}

async function execute(deps: ScreeningDeps, x: Execution, hooks: LoopHooks): Promise<ScreenResult> {
  const started = performance.now();
  hooks.onStart?.(x.run);
  let output: LineOutput | null = null;
  let rows: number;
  const notes: string[] = [];
  try {
    output = await openOutput(x.run, deps.repo);
    const resolver = new ColumnResolver(x.run.params.map, x.run.params.idColumn ?? null);
    const book = new DecisionBook(await deps.repo.decisions());
    const { repo } = deps;
    const keys = new RowKeys();
    const ctx = { runId: x.run.id, actor: x.actor, repo, setup: x.setup, resolver, keys, book };
    const exposureOf = await exposureLookup(deps.network);
    const rowExposure = await rowExposureLookup(deps.network, deps.store);
    const rowParts = { rowExposureOf: rowExposure.of, rowNote: rowExposure.note };
    if (rowExposure.note) notes.push(rowExposure.note);
    const loop = { ...ctx, output, cursor: x.run.cursor, hooks, exposureOf, ...rowParts };
    rows = await screenEvents(loop, x.events, x.reading);
  } catch (error) {
    // Stopped on purpose: left unfinished, to be resumed; any other error fails the run.
    if (error instanceof RunInterrupted) await deps.repo.releaseRun(x.run.id);
    else await deps.repo.finishRun(x.run.id, 'failed', timestamp(), null, (error as Error).message);
    throw error;
  } finally {
    output?.close();
    await x.setup.matcher.close();
  }
  const run = await finishRun(deps.repo, x.run.id, x.actor, 'screen.finish', deps.store);
  return { run, rows, seconds: (performance.now() - started) / 1000, notes };
}

/** Record the run and its first audit record. */
async function recordRun(
  deps: ScreeningDeps,
  base: Omit<NewRun, 'id' | 'startedAt' | 'pid'>,
): Promise<RunInfo> {
  const startedAt = timestamp();
  const id = newRunId(new Date(startedAt), randomBytes(4).toString('hex'));
  const { input, inputSha256, params, versions, actor } = base;
  const payload = { run: id, input, input_sha256: inputSha256, params, versions };
  const audit = { kind: 'screen.start', actor, at: startedAt, payload };
  await deps.repo.createRun({ ...base, id, startedAt, pid: process.pid }, audit);
  return (await deps.repo.run(id))!;
}

export async function screenFile(
  deps: ScreeningDeps,
  request: ScreenRequest,
  hooks: LoopHooks = {},
): Promise<ScreenResult> {
  const { input, inputSha256, params, peeked, reading } = await checkRequest(deps.store, request);
  let setup: MatchSetup | null = null;
  let run: RunInfo;
  try {
    const pool = { db: deps.repo.location, workers: request.workers ?? 0 };
    setup = await prepareMatching(deps.store, deps.tools, params, pool, deps.service, deps.splits);
    const { actor } = request;
    const base = { kind: 'screen' as const, input, inputSha256, params, actor };
    run = await recordRun(deps, { ...base, versions: setup.versions });
  } catch (error) {
    await setup?.matcher.close();
    await peeked.close();
    throw error;
  }
  const events = peeked.events;
  return execute(deps, { run, actor: request.actor, setup, events, reading }, hooks);
}

/**
 * Check a request as `screenFile` does and record the run as queued, without building an index
 * or screening anything: `resumeScreen` starts it. `id` names the run (the API has put its input
 * in a folder of that name).
 */
export async function queueScreen(
  deps: ScreeningDeps,
  request: ScreenRequest & { id: string },
): Promise<RunInfo> {
  const { input, inputSha256, params, peeked } = await checkRequest(deps.store, request);
  await peeked.close();
  const { id, actor } = request;
  const run = { id, kind: 'screen' as const, input, inputSha256, params, actor, versions: {} };
  await deps.repo.queueRun({ ...run, startedAt: timestamp(), pid: process.pid });
  return (await deps.repo.run(id))!;
}

function checkResumable(run: RunInfo): void {
  if (run.kind !== 'screen') throw new ResumeError(`run ${run.id} is a ${run.kind}, not a screen`);
  if (run.status === 'finished') throw new ResumeError(`run ${run.id} has finished`);
  if (run.status === 'cancelled') {
    throw new ResumeError(`run ${run.id} was cancelled; start a new run to screen its input`);
  }
  if (run.pid !== null && run.pid !== process.pid && processAlive(run.pid)) {
    throw new ResumeError(`run ${run.id} is still running (process ${run.pid})`);
  }
}

async function checkSameInput(run: RunInfo): Promise<number> {
  let size: number;
  try {
    size = checkInput(run.input);
  } catch (error) {
    throw new ResumeError(`run ${run.id}: its input cannot be read: ${(error as Error).message}`);
  }
  if ((await fileSha256(run.input)) !== run.inputSha256) {
    throw new ResumeError(`run ${run.id}: ${run.input} has changed since the run started`);
  }
  return size;
}

function checkSameVersions(run: RunInfo, versions: Record<string, number>): void {
  if (canonicalJson(versions) === canonicalJson(run.versions)) return;
  const show = (v: Record<string, number>) =>
    Object.entries(v)
      .map(([d, n]) => `${d} ${n}`)
      .join(', ') || 'none';
  throw new ResumeError(
    `the lists changed since run ${run.id} started (then: ${show(run.versions)}; now: ` +
      `${show(versions)}); start a new run so that every row is screened against the same lists`,
  );
}

/** A queued run starts now, with the versions of the lists it is screened against. */
async function startQueued(deps: ScreeningDeps, run: RunInfo, versions: Record<string, number>) {
  const { input, inputSha256, params } = run;
  const payload = { run: run.id, input, input_sha256: inputSha256, params, versions };
  const audit = { kind: 'screen.start', actor: run.actor, at: timestamp(), payload };
  await deps.repo.startRun(run.id, versions, process.pid, audit);
}

/** An interrupted run is taken over by this process, against the lists it started with. */
async function claim(
  deps: ScreeningDeps,
  run: RunInfo,
  actor: string,
  versions: Record<string, number>,
) {
  checkSameVersions(run, versions);
  const payload = { run: run.id, cursor: run.cursor, rows_done: run.rowsDone };
  const audit = { kind: 'screen.resume', actor, at: timestamp(), payload };
  // Claimed only if it still names the owner checkResumable found gone: a resume in another
  // process that got there first has put its own pid there, and this one writes nothing.
  await deps.repo.claimRun(run.id, { pid: process.pid, seen: run.pid }, audit);
}

/**
 * The runs a resume in this process is at work on. The store tells two processes' claims apart by
 * pid, but not two claims of this process on a run that already names it (a pid reused after a
 * crash, a server's own job): this set does, and refuses the second before it builds an index.
 */
const resumingHere = new Set<string>();

export async function resumeScreen(
  deps: ScreeningDeps,
  runId: string,
  actor: string,
  hooks: LoopHooks = {},
  workers = 0,
): Promise<ScreenResult> {
  if (resumingHere.has(runId)) throw new RunClaimedError(runId, process.pid, 'running');
  resumingHere.add(runId);
  try {
    return await resumeOnce(deps, runId, actor, hooks, workers);
  } finally {
    resumingHere.delete(runId);
  }
}

async function resumeOnce(
  deps: ScreeningDeps,
  runId: string,
  actor: string,
  hooks: LoopHooks,
  workers: number,
): Promise<ScreenResult> {
  const found = await deps.repo.run(runId);
  if (!found) throw new RunNotFoundError(runId);
  checkResumable(found);
  const total = await checkSameInput(found);
  const pool = { db: deps.repo.location, workers };
  const { store, tools, service, splits } = deps;
  const setup = await prepareMatching(store, tools, found.params, pool, service, splits);
  try {
    // Stopped while the index was readied: leave the run as it was, untouched.
    if (hooks.signal?.aborted) throw new RunInterrupted(runId);
    if (found.status === 'queued') await startQueued(deps, found, setup.versions);
    else await claim(deps, found, actor, setup.versions);
  } catch (error) {
    await setup.matcher.close();
    throw error;
  }
  let bytes = 0;
  const format = found.params.inputFormat as FileFormat;
  const events = readInput(found.input, format, (n) => (bytes += n));
  const reading = { bytes: () => bytes, total };
  const run = (await deps.repo.run(runId))!;
  return execute(deps, { run, actor, setup, events, reading }, hooks);
}
