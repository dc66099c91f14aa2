/**
 * Batch screening jobs in a server's process. A job's file is kept in a folder of its own under
 * the jobs folder (`<jobs>/<run-id>/input.csv`); the job is checked and recorded as a queued run,
 * then run, one job at a time, with the server's index and in its thread (matching gives the
 * event loop back every few milliseconds). The waiting jobs are taken in turns across their
 * submitters (./fair-queue.ts), and a submitter may have only so many waiting
 * (`maxQueuedPerKey`). A job's upload is deleted as soon as the job ends (finished or failed;
 * its results are in the database). Stopping the runner stops the job in progress at its last
 * commit, its upload kept; the next runner on the same database resumes it, and starts the queued
 * ones. As it starts, it removes the uploads that no job will read again (./job-uploads.ts).
 *
 * `remove` cancels a job that has not ended (a queued one never starts; a running one stops at its
 * last commit, its committed rows kept) and deletes its uploaded file once it no longer runs. A
 * cancelled run is never resumed. The run, its hits and decisions stay for the audit trail, which
 * gets a record for the cancellation and one for the deletion.
 *
 * @example
 * ```ts
 * const jobs = new JobRunner({ store, repo, tools, service }, { dir: `${db}.jobs` });
 * jobs.resumeUnfinished();
 * const slot = jobs.newSlot('csv'); // write the upload to slot.path, then:
 * const run = await jobs.submit({ id: slot.id, input: slot.path, actor: 'key 3f9a1c0b7e2d' });
 * // ... later
 * await jobs.remove(run.id, 'key 3f9a1c0b7e2d'); // cancelled if unfinished; its file deleted
 * await jobs.stop();
 * ```
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { JobQueueFullError, RunClaimedError } from '../../core/screening/index.js';
import { RunNotFoundError, RunStateError } from '../../core/screening/index.js';
import { newRunId, timestamp } from '../../core/screening/index.js';
import type { RunInfo } from '../../core/screening/index.js';
import type { MatchService } from '../matching/index.js';
import { FairQueue } from './fair-queue.js';
import { processAlive } from './files.js';
import type { FileFormat } from './input.js';
import { JobUploads, SERVER_ACTOR } from './job-uploads.js';
import { ENDED, type LiveStatus, liveStatus } from './run-status.js';
import { RunInterrupted } from './run-loop.js';
import {
  queueScreen,
  resumeScreen,
  type ScreenRequest,
  type ScreeningDeps,
} from './screen-service.js';

export interface JobSettings {
  /** The folder that holds each job's input, one folder per job. */
  dir: string;
  /** Rows per commit (what a stop costs); JOB_BATCH_SIZE unless a test wants more commits. */
  batchSize?: number;
  /** Jobs one submitter may have waiting (not counting one running); DEFAULT_MAX_QUEUED_PER_KEY. */
  maxQueuedPerKey?: number;
  log?: (line: string) => void;
}

/**
 * Jobs one submitter (an API key; every caller of an open server together) may have waiting: ten
 * jobs queue a day's portfolios, while a script gone wrong is stopped long before it fills the
 * disk with uploads. The server's `--max-queued-per-key` or DOSSIER_MAX_QUEUED_JOBS_PER_KEY.
 */
export const DEFAULT_MAX_QUEUED_PER_KEY = 10;

/** Where a job's upload goes before it is checked. */
export interface JobSlot {
  id: string;
  path: string;
}

/**
 * Rows per commit of a job: fewer than the command line's 500, because a commit holds the event
 * loop (about 5 to 10 ms for 100 rows, 30 to 100 ms for 500) while the server has requests to
 * answer.
 */
export const JOB_BATCH_SIZE = 100;

/** Queued by another server that is still up (two servers on one database): its job. */
function ownedElsewhere(run: RunInfo): boolean {
  return run.pid !== null && run.pid !== process.pid && processAlive(run.pid);
}

/** The job this runner is working on. */
interface ActiveJob {
  id: string;
  abort: AbortController;
  done: Promise<void>;
  /** Who cancelled it, once someone has: its stop then ends it as cancelled, not resumable. */
  cancel: { actor: string; was: LiveStatus } | null;
}

/** What the audit record of a cancellation says: the run's state as it stopped. */
function cancelAudit(run: RunInfo, actor: string, was: LiveStatus) {
  const { id, cursor, rowsDone, hits, suppressed, issues } = run;
  const payload = {
    run: id,
    was,
    ...{ cursor, rows_done: rowsDone, hits, suppressed, issues },
  };
  return { kind: 'screen.cancel', actor, at: timestamp(), payload };
}

export class JobRunner {
  private readonly queue = new FairQueue();
  /** Each submitter's jobs being checked and recorded (`submit`), counted against the cap. */
  private readonly arriving = new Map<string, number>();
  private readonly uploads: JobUploads;
  private active: ActiveJob | null = null;
  private stopped = false;

  constructor(
    private readonly deps: ScreeningDeps & { service: MatchService },
    private readonly settings: JobSettings,
  ) {
    this.uploads = new JobUploads(deps.repo, settings.dir, settings.log);
  }

  /** Jobs one submitter may have waiting. */
  get maxQueuedPerKey(): number {
    return this.settings.maxQueuedPerKey ?? DEFAULT_MAX_QUEUED_PER_KEY;
  }

  /**
   * Refuse a submitter that has as many jobs waiting as it may (JobQueueFullError): asked before
   * its file is received, and again as the job is queued.
   */
  checkRoom(submitter: string): void {
    const waiting = this.queue.count(submitter) + (this.arriving.get(submitter) ?? 0);
    if (waiting >= this.maxQueuedPerKey) {
      throw new JobQueueFullError(submitter, this.maxQueuedPerKey);
    }
  }

  /** A new job's ID and the path its input is written to (its folder is made). */
  newSlot(format: FileFormat): JobSlot {
    const id = newRunId(new Date(), randomBytes(4).toString('hex'));
    const folder = join(this.settings.dir, id);
    mkdirSync(folder, { recursive: true });
    return { id, path: join(folder, `input.${format}`) };
  }

  /** Remove the folder of a job that was not accepted. */
  discard(slot: JobSlot): void {
    rmSync(join(this.settings.dir, slot.id), { recursive: true, force: true });
  }

  /**
   * Check the job's file and settings and queue it: it starts once each other submitter with a
   * job waiting has had one started. Refused (JobQueueFullError) if its submitter has as many
   * jobs waiting as it may.
   */
  async submit(request: ScreenRequest & { id: string }): Promise<RunInfo> {
    const submitter = request.actor;
    this.checkRoom(submitter);
    this.arriving.set(submitter, (this.arriving.get(submitter) ?? 0) + 1);
    let run: RunInfo;
    try {
      run = await queueScreen(this.deps, { ...request, via: 'api' });
    } finally {
      const left = this.arriving.get(submitter)! - 1;
      if (left === 0) this.arriving.delete(submitter);
      else this.arriving.set(submitter, left);
    }
    this.enqueue(run);
    return run;
  }

  /**
   * Queue the jobs a server left unfinished, each under its submitter, so that they are taken in
   * turns as new ones are: the jobs stopped mid-run first (they had had their turn), then the
   * queued ones in the order they came. Returns their IDs in that order. The uploads no job will
   * read again are removed first (`removeLeftovers`).
   */
  async resumeUnfinished(): Promise<string[]> {
    await this.removeLeftovers();
    const unfinished = (await this.deps.repo.runs())
      .filter((r) => r.params.via === 'api' && !ownedElsewhere(r))
      .filter((r) => ['queued', 'interrupted'].includes(this.status(r)));
    const ordered = [
      ...unfinished.filter((r) => this.status(r) === 'interrupted'),
      ...unfinished.filter((r) => this.status(r) === 'queued'),
    ];
    for (const run of ordered) this.enqueue(run);
    return ordered.map((r) => r.id);
  }

  /**
   * Remove the uploads no job will read again: of jobs that have ended, and entries no run knows
   * unless written to in the last hour (see ./job-uploads.ts). Returns the names removed.
   */
  removeLeftovers(now = Date.now()): Promise<string[]> {
    return this.uploads.removeLeftovers((run) => this.status(run), now);
  }

  status(run: RunInfo): LiveStatus {
    return liveStatus(run, this.active?.id === run.id);
  }

  /**
   * Cancel the job if it has not ended, then delete its uploaded file (its folder), once: the
   * run, its hits and decisions stay. A running job stops at its last commit; the call returns
   * once it has stopped (a job still waiting for the index is cancelled at once). Throws
   * RunStateError for a run of the command line (its input is the user's own file) or a job at
   * work in another process.
   */
  async remove(id: string, actor: string): Promise<RunInfo> {
    const run = await this.deps.repo.run(id);
    if (!run) throw new RunNotFoundError(id);
    this.uploads.folder(run);
    const status = this.status(run);
    if (!ENDED.includes(status)) {
      if (this.active?.id !== id && ownedElsewhere(run)) {
        throw new RunStateError(
          `job ${id} is ${status} in another server process (${run.pid}) on this database; ` +
            'delete it through that server',
        );
      }
      await this.cancel(run, actor, status);
    }
    const now = (await this.deps.repo.run(id))!;
    // A file is never deleted under a job that may still read it.
    if (!ENDED.includes(this.status(now))) {
      throw new RunStateError(`job ${id} is still ${this.status(now)}; nothing was deleted`);
    }
    await this.uploads.remove(now, actor);
    return (await this.deps.repo.run(id))!;
  }

  /** Stop an unfinished job for good: unqueued, or stopped at its last commit, and recorded. */
  private async cancel(run: RunInfo, actor: string, was: LiveStatus): Promise<void> {
    this.queue.remove(run.id);
    const active = this.active;
    if (active?.id !== run.id) {
      await this.markCancelled(run.id, actor, was);
      return;
    }
    active.cancel ??= { actor, was };
    active.abort.abort();
    // Not started (or resumed) by this process yet: it may be waiting for the index, which may
    // take minutes. Cancelled now; the runner checks the signal before it starts or claims the
    // run, so that it never does. Started: it stops at its last commit, soon.
    const stored = await this.deps.repo.run(run.id);
    const started = stored?.status === 'running' && stored.pid === process.pid;
    if (started) await active.done;
    else await this.markCancelled(run.id, actor, was);
  }

  /** Record the cancellation, unless the run ended meanwhile (or was cancelled already). */
  private async markCancelled(id: string, actor: string, was: LiveStatus): Promise<void> {
    if (await this.deps.repo.cancelRun(id, (run) => cancelAudit(run, actor, was))) {
      this.settings.log?.(`job ${id} cancelled by ${actor}`);
    }
  }

  /** Stop the job in progress (it stays resumable) and start no other. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.queue.clear();
    this.active?.abort.abort();
    await this.active?.done;
  }

  /** Queue a job under its submitter (the run's actor). */
  private enqueue(run: RunInfo): void {
    if (this.active?.id === run.id) return;
    this.queue.push(run.actor, run.id);
    this.startNext();
  }

  private startNext(): void {
    if (this.active || this.stopped) return;
    const id = this.queue.shift();
    if (id === undefined) return;
    const job: ActiveJob = {
      id,
      abort: new AbortController(),
      done: Promise.resolve(),
      cancel: null,
    };
    job.done = this.execute(job).finally(() => {
      this.active = null;
      this.startNext();
    });
    this.active = job;
  }

  private async execute(job: ActiveJob): Promise<void> {
    const log = this.settings.log ?? (() => {});
    const { id } = job;
    const run = await this.deps.repo.run(id);
    if (!run) return;
    const hooks = {
      batchSize: this.settings.batchSize ?? JOB_BATCH_SIZE,
      signal: job.abort.signal,
    };
    try {
      const result = await resumeScreen(this.deps, id, run.actor, hooks);
      log(`job ${id} finished: ${result.run.rowsDone} rows, ${result.run.hits} hits`);
      await this.removeUpload(id);
    } catch (error) {
      // Stopped (or failed, its file gone) because it was cancelled: it ends cancelled, for good.
      if (job.cancel) {
        await this.markCancelled(id, job.cancel.actor, job.cancel.was);
        return;
      }
      if (error instanceof RunInterrupted) {
        log(`job ${id} stopped; it resumes when the server starts again`);
        return;
      }
      const message = (error as Error).message;
      const stored = await this.deps.repo.run(id);
      // Another process started or claimed it first, or holds it still: it is that process's
      // job now, and failing it here would end a run that is at work.
      if (error instanceof RunClaimedError || (stored && ownedElsewhere(stored))) {
        log(`job ${id} not run here: ${message}`);
        return;
      }
      // A job that cannot start (its input or the lists changed) must not wait for ever; one
      // that has ended (failed, or cancelled meanwhile) keeps the status it ended with.
      if (stored && !ENDED.includes(stored.status)) {
        await this.deps.repo.finishRun(id, 'failed', timestamp(), null, message);
      }
      log(`job ${id} failed: ${message}`);
      await this.removeUpload(id);
    }
  }

  /**
   * Delete the upload of a job that has ended here (finished or failed): nothing reads it again,
   * and its results are in the database. Recorded as the server's doing. A failure to delete is
   * logged, not thrown: the next start removes what is left (`removeLeftovers`).
   */
  private async removeUpload(id: string): Promise<void> {
    try {
      const run = await this.deps.repo.run(id);
      if (run && ENDED.includes(run.status)) await this.uploads.remove(run, SERVER_ACTOR);
    } catch (error) {
      this.settings.log?.(`job ${id}: its upload was not removed: ${(error as Error).message}`);
    }
  }
}
