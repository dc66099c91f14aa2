/**
 * For the tests of jobs, decisions and the audit trail over HTTP: a store with the UN list and
 * its screening repository, file uploads, and waiting for a job to reach a status.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../store/index.js';
import { openScreeningStore, type ScreeningStore } from '../store/screening/index.js';
import { repoRoot } from '../testing/data.js';
import { poll } from '../testing/wait.js';
import { get, type JsonResponse, loadStore, readResponse } from './server-fixture.js';

export const PORTFOLIO = join(repoRoot, 'docs', 'examples', 'portfolio.csv');

export interface ScreeningFixture {
  store: Store;
  repo: ScreeningStore;
  path: string;
  /** The job folders under `<db>.jobs`. */
  jobFolders(): string[];
  close(): Promise<void>;
}

export async function screeningStore(): Promise<ScreeningFixture> {
  const { store, path } = await loadStore('un');
  const repo = openScreeningStore(path);
  const jobFolders = () => {
    try {
      return readdirSync(`${path}.jobs`);
    } catch {
      return [];
    }
  };
  const close = async () => {
    await repo.close();
    await store.close();
  };
  return { store, repo, path, jobFolders, close };
}

/** POST a file as the raw body, as `curl --data-binary @file` does. */
export async function upload(
  url: string,
  body: string | Uint8Array,
  contentType: string | null,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  const all = contentType ? { 'content-type': contentType, ...headers } : headers;
  return readResponse(await fetch(url, { method: 'POST', body, headers: all }));
}

const FINAL = ['finished', 'failed', 'cancelled'];

/**
 * Ended (finished, failed or cancelled) with its upload deleted: the server deletes a job's
 * upload just after the job ends, so the status may say `finished` a moment before
 * `input_removed` is true.
 */
export const ENDED_AND_CLEANED = (j: { status: string; input_removed?: boolean }) =>
  FINAL.includes(j.status) && j.input_removed === true;

/**
 * Poll a job until `done(job)` holds (by default: it has ended and its upload is gone), for up to
 * a minute: jobs take seconds, several times longer on a loaded machine.
 */
export async function waitForJob(
  base: string,
  id: string,
  headers: Record<string, string> = {},
  done: (job: {
    status: string;
    rows_done: number;
    input_removed?: boolean;
  }) => boolean = ENDED_AND_CLEANED,
): Promise<JsonResponse['body']> {
  const probe = async () => (await get(`${base}/screen/jobs/${id}`, headers)).body;
  const job = await poll(probe, done, 60, 10);
  if (!done(job)) throw new Error(`job ${id} did not get there in 60 s: ${JSON.stringify(job)}`);
  return job;
}

/** The lines of a JSON-lines text, parsed. */
export function jsonLines(text: string): { row: number; entity_id: string; score: number }[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}
