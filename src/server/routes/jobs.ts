/**
 * Batch screening jobs: `POST /screen/jobs` takes a portfolio file as the raw body (CSV, XLSX or
 * JSON lines) with the settings `dossier screen` takes as flags, checks it, and answers 202 with
 * the job; the job runs in the background. `GET /screen/jobs` lists every run (the command
 * line's too), `GET /screen/jobs/{id}` tells one's progress and the rows it could not screen.
 */
import { canonicalAlgorithm, checkDataset } from '../../app/screening/matching.js';
import type { LiveStatus } from '../../app/screening/run-status.js';
import { parseMapping } from '../../screening/columns.js';
import { DatasetNotFoundError, ScreeningError } from '../../screening/errors.js';
import type { RunInfo } from '../../screening/types.js';
import type { ScreeningRepository } from '../../store/screening/repository.js';
import { actorOf } from '../actor.js';
import { type Handler, type ServerDeps, screeningOf } from '../context.js';
import { BadRequest, NotFound } from '../errors.js';
import { json } from '../http.js';
import { parseParams } from '../params.js';
import { receiveFile, uploadFormat } from '../upload.js';

const SUBMIT_PARAMS = {
  dataset: { kind: 'text', default: 'default' },
  threshold: { kind: 'float', default: 0.7, min: 0, max: 1 },
  algorithm: { kind: 'text', default: 'best' },
  limit: { kind: 'int', default: 5, min: 1, max: 100 },
  map: { kind: 'list', max: 500 },
  format: {
    kind: 'text',
    default: null,
    pattern: /^(csv|xlsx|jsonl)$/,
    example: 'csv, xlsx or jsonl',
  },
} as const;

/** The rows a job could not screen that its status lists; the report lists them all. */
const PROBLEMS_SHOWN = 1000;

export function jobPath(id: string): string {
  return `/screen/jobs/${encodeURIComponent(id)}`;
}

/** A run as the API shows it: its settings, progress and where to fetch its results. */
export function jobJson(run: RunInfo, status: LiveStatus) {
  const { params } = run;
  const self = jobPath(run.id);
  return {
    id: run.id,
    kind: run.kind,
    status,
    by: run.actor,
    via: params.via ?? 'cli',
    input_format: params.inputFormat,
    input_sha256: run.inputSha256,
    started_at: status === 'queued' ? null : run.startedAt,
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
    links: { self, results: `${self}/results`, report: `${self}/report` },
  };
}

export function findRun(repo: ScreeningRepository, id: string): RunInfo {
  const run = repo.run(id);
  if (!run) throw new NotFound(`no screening job with ID ${id} (GET /screen/jobs lists them)`);
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
  const params = parseParams(ctx.query, SUBMIT_PARAMS);
  const format = uploadFormat(ctx.req, params.format);
  const { dataset, threshold, algorithm, limit, map } = params;
  await checkSettings(deps, params);
  for (const spec of map) parseMapping(spec);
  const actor = actorOf(ctx.key);
  const slot = jobs.newSlot(format);
  try {
    await receiveFile(ctx.req, slot.path, deps.config.maxUploadBytes);
    const request = { id: slot.id, input: slot.path, actor, dataset, threshold, algorithm };
    const run = await jobs.submit({ ...request, limit, map });
    return json(jobJson(run, jobs.status(run)), 202, { location: jobPath(run.id) });
  } catch (error) {
    jobs.discard(slot);
    throw asRequestError(error, slot.path);
  }
};

/** A mistake in the upload, told without the server's paths. */
function asRequestError(error: unknown, path: string): unknown {
  if (!(error instanceof ScreeningError)) return error;
  const message = error.message.replaceAll(`${path}: `, '').replaceAll(path, 'the uploaded file');
  if (error instanceof DatasetNotFoundError || message !== error.message) {
    return new BadRequest(message);
  }
  return error;
}

export const listJobsRoute: Handler = (deps, ctx) => {
  const { repo, jobs } = screeningOf(deps);
  parseParams(ctx.query, {});
  return json({ jobs: repo.runs().map((run) => jobJson(run, jobs.status(run))) });
};

export const jobRoute: Handler = (deps, ctx) => {
  const { repo, jobs } = screeningOf(deps);
  parseParams(ctx.query, {});
  const run = findRun(repo, ctx.captures[0]!);
  const problems = [];
  for (const issue of repo.issues(run.id)) {
    if (problems.length === PROBLEMS_SHOWN) break;
    problems.push({ row: issue.row, message: issue.message, screened: issue.screened });
  }
  return json({ ...jobJson(run, jobs.status(run)), problems });
};
