/**
 * Screening a portfolio file as a run: check the file and its columns, build the matcher, record
 * the run, screen the rows in committed batches, then finish (XLSX output, HTML report).
 * `resumeScreen` continues an unfinished run from its committed cursor with its own settings.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { MatcherTools } from '../../core/matching/index.js';
import { ColumnResolver } from '../../screening/columns.js';
import { DecisionBook } from '../../screening/decisions.js';
import { ResumeError, RunNotFoundError, UnsupportedFileError } from '../../screening/errors.js';
import { canonicalJson } from '../../screening/keys.js';
import { newRunId, timestamp } from '../../screening/time.js';
import type { RunInfo, RunParams } from '../../screening/types.js';
import { checkFile } from '../../sources/io/index.js';
import type { Store } from '../../store/index.js';
import type { NewRun, ScreeningRepository } from '../../store/screening/repository.js';
import { fileSha256, processAlive } from './files.js';
import { finishRun, openOutput } from './finish.js';
import { type FileFormat, fileFormat, type InputEvent, readInput } from './input.js';
import { checkDataset, type MatchSetup, prepareMatching, sharedParams } from './matching.js';
import type { LineOutput } from './output.js';
import { type LoopHooks, screenEvents } from './run-loop.js';

export interface ScreeningDeps {
  store: Store;
  repo: ScreeningRepository;
  tools: MatcherTools;
}

export interface ScreenRequest {
  input: string;
  output?: string | null;
  report?: string | null;
  dataset?: string;
  threshold?: number;
  algorithm?: string;
  limit?: number;
  map?: string[];
  actor: string;
  /** Matching threads (0: match in this thread); they do not change the results. */
  workers?: number;
}

export interface ScreenResult {
  run: RunInfo;
  /** Rows screened by this call (a resumed run counts only what it did). */
  rows: number;
  seconds: number;
}

/** Portfolio files are streamed, so any size will do. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

function paramsOf(request: ScreenRequest, format: FileFormat): RunParams {
  if (request.output) fileFormat(request.output, '--out');
  for (const [flag, path] of [
    ['--out', request.output],
    ['--report', request.report],
  ]) {
    if (path && resolve(path) === resolve(request.input)) {
      throw new UnsupportedFileError(`${flag} must not be the input file`);
    }
  }
  return {
    inputFormat: format,
    ...sharedParams(request),
    map: request.map ?? [],
  };
}

/** Read the first event (the header of a CSV or XLSX) before the run exists, to check it. */
async function peek(events: AsyncIterable<InputEvent>) {
  const iterator = events[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* all(): AsyncIterable<InputEvent> {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield next.value;
    }
  }
  return { first: first.done ? null : first.value, events: all() };
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
  try {
    output = openOutput(x.run, deps.repo);
    const resolver = new ColumnResolver(x.run.params.map);
    const book = new DecisionBook(deps.repo.decisions());
    const { repo } = deps;
    const ctx = { runId: x.run.id, actor: x.actor, repo, setup: x.setup, resolver, book, output };
    rows = await screenEvents({ ...ctx, cursor: x.run.cursor, hooks }, x.events, x.reading);
  } catch (error) {
    deps.repo.finishRun(x.run.id, 'failed', timestamp(), null);
    throw error;
  } finally {
    output?.close();
    await x.setup.matcher.close();
  }
  const run = await finishRun(deps.repo, x.run.id, x.actor, 'screen.finish');
  return { run, rows, seconds: (performance.now() - started) / 1000 };
}

/** Record the run and its first audit record. */
function recordRun(deps: ScreeningDeps, base: Omit<NewRun, 'id' | 'startedAt' | 'pid'>): RunInfo {
  const startedAt = timestamp();
  const id = newRunId(new Date(startedAt), randomBytes(4).toString('hex'));
  const { input, inputSha256, params, versions, actor } = base;
  const payload = { run: id, input, input_sha256: inputSha256, params, versions };
  const audit = { kind: 'screen.start', actor, at: startedAt, payload };
  deps.repo.createRun({ ...base, id, startedAt, pid: process.pid }, audit);
  return deps.repo.run(id)!;
}

export async function screenFile(
  deps: ScreeningDeps,
  request: ScreenRequest,
  hooks: LoopHooks = {},
): Promise<ScreenResult> {
  const input = resolve(request.input);
  const total = checkFile(input, NO_LIMIT);
  const format = fileFormat(input, 'input');
  const params = paramsOf(request, format);
  const resolver = new ColumnResolver(params.map);
  await checkDataset(deps.store, params.dataset);
  const inputSha256 = await fileSha256(input);
  let bytes = 0;
  const { first, events } = await peek(readInput(input, format, (n) => (bytes += n)));
  if (first?.kind === 'header') {
    const { mapping, ignored } = resolver.checkHeader(first.headers);
    Object.assign(params, { columns: mapping, ignoredColumns: ignored });
  }
  const pool = { db: deps.repo.db.name, workers: request.workers ?? 0 };
  const setup = await prepareMatching(deps.store, deps.tools, params, pool);
  let run: RunInfo;
  try {
    const { actor } = request;
    const base = { kind: 'screen' as const, input, inputSha256, params, actor };
    run = recordRun(deps, { ...base, versions: setup.versions });
  } catch (error) {
    await setup.matcher.close();
    throw error;
  }
  const reading = { bytes: () => bytes, total };
  return execute(deps, { run, actor: request.actor, setup, events, reading }, hooks);
}

function checkResumable(run: RunInfo): void {
  if (run.kind !== 'screen') throw new ResumeError(`run ${run.id} is a ${run.kind}, not a screen`);
  if (run.status === 'finished') throw new ResumeError(`run ${run.id} has finished`);
  if (run.pid !== null && run.pid !== process.pid && processAlive(run.pid)) {
    throw new ResumeError(`run ${run.id} is still running (process ${run.pid})`);
  }
}

async function checkSameInput(run: RunInfo): Promise<number> {
  let size: number;
  try {
    size = checkFile(run.input, NO_LIMIT);
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

export async function resumeScreen(
  deps: ScreeningDeps,
  runId: string,
  actor: string,
  hooks: LoopHooks = {},
  workers = 0,
): Promise<ScreenResult> {
  const found = deps.repo.run(runId);
  if (!found) throw new RunNotFoundError(runId);
  checkResumable(found);
  const total = await checkSameInput(found);
  const pool = { db: deps.repo.db.name, workers };
  const setup = await prepareMatching(deps.store, deps.tools, found.params, pool);
  try {
    checkSameVersions(found, setup.versions);
  } catch (error) {
    await setup.matcher.close();
    throw error;
  }
  const payload = { run: runId, cursor: found.cursor, rows_done: found.rowsDone };
  deps.repo.claimRun(runId, process.pid, {
    kind: 'screen.resume',
    actor,
    at: timestamp(),
    payload,
  });
  let bytes = 0;
  const format = found.params.inputFormat as FileFormat;
  const events = readInput(found.input, format, (n) => (bytes += n));
  const reading = { bytes: () => bytes, total };
  return execute(deps, { run: deps.repo.run(runId)!, actor, setup, events, reading }, hooks);
}
