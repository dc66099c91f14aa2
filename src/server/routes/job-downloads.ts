/**
 * A finished job's results: `GET /screen/jobs/{id}/results` (the hits and the rows flagged by ownership, as JSON lines or CSV, in
 * the command line's columns) and `GET /screen/jobs/{id}/report` (the HTML report). Both stream
 * from a snapshot of the store, so that a large run is never held in memory and a job committing
 * meanwhile is not disturbed.
 */
import { reportHtml, resultText, runResults } from '../../app/screening/index.js';
import { csvLine, OUTPUT_COLUMNS } from '../../core/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';
import { type Handler, screeningOf } from '../context.js';
import { Conflict } from '../errors.js';
import { joined, streamed } from '../http.js';
import { parseParams } from '../params.js';
import { NO_QUERY, RESULTS_QUERY } from '../schemas/index.js';
import { findRun, jobPath } from './jobs.js';

const CONTENT_TYPES = { jsonl: 'application/x-ndjson', csv: 'text/csv; charset=utf-8' };

/** Read through a snapshot of the database, closed when the download ends or is cut off. */
async function* fromSnapshot(
  repo: ScreeningStore,
  read: (snapshot: ScreeningStore) => AsyncIterable<string>,
): AsyncGenerator<string> {
  const snapshot = await repo.snapshot();
  try {
    yield* joined(read(snapshot));
  } finally {
    await snapshot.close();
  }
}

/**
 * Results of a run still going (or failed, or cancelled) would be read as complete: only a
 * finished run's are served. They are read from the database: deleting the job's uploaded file
 * does not take them away.
 */
async function finishedRun(deps: Parameters<Handler>[0], ctx: Parameters<Handler>[1]) {
  const { repo, jobs } = screeningOf(deps);
  const run = await findRun(repo, ctx.captures[0]!, ctx.key);
  const status = jobs.status(run);
  if (status === 'cancelled') {
    throw new Conflict(
      `job ${run.id} was cancelled after ${run.rowsDone} rows; a cancelled job has no results ` +
        'to download, since part of its file was never screened (submit the file again)',
    );
  }
  if (status !== 'finished') {
    throw new Conflict(
      `job ${run.id} is ${status}; its results are ready once it has finished ` +
        `(GET ${jobPath(run.id)} tells its progress)`,
    );
  }
  return { run, repo };
}

export const resultsRoute: Handler = async (deps, ctx) => {
  const format = parseParams(ctx.query, RESULTS_QUERY).format;
  const { run, repo } = await finishedRun(deps, ctx);
  const disposition = `attachment; filename="${run.id}-hits.${format}"`;
  const read = async function* (snapshot: ScreeningStore) {
    if (format === 'csv') yield csvLine(OUTPUT_COLUMNS);
    // Hits and flagged rows (a customer owned by a listed party), in the files' order.
    for await (const item of runResults(snapshot, run.id)) yield resultText(format, item);
  };
  return streamed(CONTENT_TYPES[format], () => fromSnapshot(repo, read), {
    'content-disposition': disposition,
  });
};

export const reportRoute: Handler = async (deps, ctx) => {
  parseParams(ctx.query, NO_QUERY);
  const { run, repo } = await finishedRun(deps, ctx);
  const read = (snapshot: ScreeningStore) => reportHtml(snapshot, run.id, deps.store);
  return streamed('text/html; charset=utf-8', () => fromSnapshot(repo, read));
};
