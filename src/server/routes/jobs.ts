/**
 * Batch screening jobs: `POST /screen/jobs` takes a portfolio file as the raw body (CSV, XLSX or
 * JSON lines) with the settings `dossier screen` takes as flags, checks it, and answers 202 with
 * the job; the job runs in the background. `GET /screen/jobs` lists the runs the caller may see,
 * `GET /screen/jobs/{id}` tells one's progress and the rows it could not screen, and
 * `DELETE /screen/jobs/{id}` cancels a job that has not ended and deletes its uploaded file.
 *
 * A job is its submitter's (the run's actor): a `screen` key sees only the jobs it submitted, an
 * `admin` key every run, the command line's too. An open server's anonymous callers see every run,
 * as they may do everything.
 */
import { resolve } from 'node:path';
import { canonicalAlgorithm, checkDataset } from '../../app/screening/index.js';
import type { LiveStatus } from '../../app/screening/index.js';
import { roleAllows, type StoredKey } from '../../auth/index.js';
import { parseMapping } from '../../core/screening/index.js';
import { DatasetNotFoundError, ScreeningError } from '../../core/screening/index.js';
import type { RunInfo } from '../../core/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';
import { actorOf } from '../actor.js';
import { type Handler, type ServerDeps, screeningOf } from '../context.js';
import { BadRequest, NotFound } from '../errors.js';
import { json } from '../http.js';
import { parseParams } from '../params.js';
import { NO_QUERY, SUBMIT_QUERY } from '../schemas/index.js';
import { receiveFile, uploadFormat } from '../upload.js';

/** The rows a job could not screen that its status lists; the report lists them all. */
const PROBLEMS_SHOWN = 1000;

export function jobPath(id: string): string {
  return `/screen/jobs/${encodeURIComponent(id)}`;
}

/** A run as the API shows it: its settings, progress and where to fetch its results. */
export function jobJson(run: RunInfo, status: LiveStatus) {
  const { params } = run;
  const self = jobPath(run.id);
  // A job records its list versions as it starts: without them it never started (queued, or
  // cancelled or failed while queued), and its stored start is when it was queued.
  const neverStarted =
    status === 'queued' || (params.via === 'api' && Object.keys(run.versions).length === 0);
  return {
    id: run.id,
    kind: run.kind,
    status,
    by: run.actor,
    via: params.via ?? 'cli',
    input_format: params.inputFormat,
    input_sha256: run.inputSha256,
    started_at: neverStarted ? null : run.startedAt,
    finished_at: run.finishedAt,
    rows_done: run.rowsDone,
    hits: run.hits,
    suppressed: run.suppressed,
    issues: run.issues,
    list_versions: run.versions,
    dataset: params.dataset,
    algorithm: params.algorithm,
    threshold: params.threshold,
    limit: params.limit,
    columns: params.columns ?? null,
    ignored_columns: params.ignoredColumns ?? null,
    error: run.error,
    input_removed: run.inputRemovedAt !== null,
    links: { self, results: `${self}/results`, report: `${self}/report` },
  };
}

/**
 * Whether the caller may see a run (and download, cancel or delete it). Without a key (an open
 * server: nothing tells callers apart) or with an admin key: every run. With a `screen` key: the
 * jobs it submitted over the API; runs of the command line are no key's, so admin keys alone see
 * them. Names need not be unique, but the actor carries the key's id: another key never matches.
 */
export function mayAccess(key: StoredKey | null, run: RunInfo): boolean {
  if (!key || roleAllows(key.role, 'admin')) return true;
  return run.params.via === 'api' && run.actor === actorOf(key);
}

/**
 * The run, if the caller may see it. Another key's job is a 404, as an unknown ID is, rather than
 * a 403: a 403 would confirm that the ID exists, and an ID (its time and a few random bytes) says
 * when someone screened; the caller cannot tell it from a job that never was.
 */
export async function findRun(
  repo: ScreeningStore,
  id: string,
  key: StoredKey | null,
): Promise<RunInfo> {
  const run = await repo.run(id);
  if (!run || !mayAccess(key, run)) {
    throw new NotFound(`no screening job with ID ${id} (GET /screen/jobs lists them)`);
  }
  return run;
}

/** The settings are checked before the file is received, so that a mistake costs no upload. */
async function checkSettings(deps: ServerDeps, params: { dataset: string; algorithm: string }) {
  canonicalAlgorithm(params.algorithm);
  try {
    await checkDataset(deps.store, params.dataset);
  } catch (error) {
    // A query parameter, not a path: the caller's mistake in the request.
    if (error instanceof DatasetNotFoundError) throw new BadRequest(error.message);
    throw error;
  }
}

export const submitJobRoute: Handler = async (deps, ctx) => {
  const { jobs } = screeningOf(deps);
  const params = parseParams(ctx.query, SUBMIT_QUERY);
  const format = uploadFormat(ctx.req, params.format);
  const { dataset, threshold, algorithm, limit, map } = params;
  await checkSettings(deps, params);
  for (const spec of map) parseMapping(spec);
  const actor = actorOf(ctx.key);
  // A submitter with its fill of waiting jobs is refused (429) before its file is received.
  jobs.checkRoom(actor);
  const slot = jobs.newSlot(format);
  try {
    await receiveFile(ctx.req, slot.path, deps.config.maxUploadBytes);
    const request = { id: slot.id, input: slot.path, actor, dataset, threshold, algorithm };
    const idColumn = params.id_column ?? null;
    const run = await jobs.submit({ ...request, limit, map, idColumn });
    return json(jobJson(run, jobs.status(run)), 202, { location: jobPath(run.id) });
  } catch (error) {
    jobs.discard(slot);
    throw asRequestError(error, slot.path);
  }
};

/**
 * A mistake in the upload, told without the server's paths: the slot's, and the absolute one the
 * checks name (the jobs folder is relative when the database is).
 */
function asRequestError(error: unknown, slotPath: string): unknown {
  if (!(error instanceof ScreeningError)) return error;
  let message = error.message;
  for (const path of [resolve(slotPath), slotPath]) {
    message = message.replaceAll(`${path}: `, '').replaceAll(path, 'the uploaded file');
  }
  if (error instanceof DatasetNotFoundError || message !== error.message) {
    return new BadRequest(message);
  }
  return error;
}

export const listJobsRoute: Handler = async (deps, ctx) => {
  const { repo, jobs } = screeningOf(deps);
  parseParams(ctx.query, NO_QUERY);
  const visible = (await repo.runs()).filter((run) => mayAccess(ctx.key, run));
  return json({ jobs: visible.map((run) => jobJson(run, jobs.status(run))) });
};

export const jobRoute: Handler = async (deps, ctx) => {
  const { repo, jobs } = screeningOf(deps);
  parseParams(ctx.query, NO_QUERY);
  const run = await findRun(repo, ctx.captures[0]!, ctx.key);
  const problems = [];
  for await (const issue of repo.issues(run.id)) {
    if (problems.length === PROBLEMS_SHOWN) break;
    problems.push({ row: issue.row, message: issue.message, screened: issue.screened });
  }
  return json({ ...jobJson(run, jobs.status(run)), problems });
};

/**
 * Cancel a job that has not ended (a queued one never starts, a running one stops at its last
 * commit and is never resumed) and delete its uploaded file; answers the job, `cancelled` (or as
 * it ended, if it ended first) with `input_removed`. Its run, hits, decisions and results stay.
 * A run of the command line is a 409: its input is the user's own file, never deleted.
 */
export const deleteJobRoute: Handler = async (deps, ctx) => {
  const { repo, jobs } = screeningOf(deps);
  parseParams(ctx.query, NO_QUERY);
  const run = await findRun(repo, ctx.captures[0]!, ctx.key);
  const removed = await jobs.remove(run.id, actorOf(ctx.key));
  return json(jobJson(removed, jobs.status(removed)));
};
