/**
 * Batch screening jobs in a server's process. A job's file is kept in a folder of its own under
 * the jobs folder (`<jobs>/<run-id>/input.csv`); the job is checked and recorded as a queued run,
 * then run, one job at a time, with the server's index and in its thread (matching gives the
 * event loop back every few milliseconds). Stopping the runner stops the job in progress at its
 * last commit; the next runner on the same database resumes it, and starts the queued ones. As it
 * starts, it removes the uploads that no job will read again (`removeLeftovers`).
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
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RunClaimedError, RunNotFoundError, RunStateError } from '../../core/screening/index.js';
import { newRunId, timestamp } from '../../core/screening/index.js';
import type { RunInfo } from '../../core/screening/index.js';
import type { MatchService } from '../matching/index.js';
import { processAlive } from './files.js';
import type { FileFormat } from './input.js';
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
  log?: (line: string) => void;
}

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

/**
 * How long an entry of the jobs folder that no run knows is left alone: another server on the same
 * database may be receiving that upload (a job is recorded once its file has arrived).
 */
export const STRAY_UPLOAD_GRACE_MS = 60 * 60 * 1000;

/** Who the audit trail says removed the upload of a job that had ended when the server started. */
export const SERVER_ACTOR = 'server';

/** When an entry of the jobs folder (a job's folder or its files) was last written to. */
function lastWritten(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const inside = readdirSync(path).map((name) => statSync(join(path, name)).mtimeMs);
  return Math.max(stat.mtimeMs, ...inside);
}

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
  private readonly queue: string[] = [];
  private active: ActiveJob | null = null;
  private stopped = false;

  constructor(
    private readonly deps: ScreeningDeps & { service: MatchService },
    private readonly settings: JobSettings,
  ) {}

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

  /** Check the job's file and settings and queue it; it runs after the jobs before it. */
  async submit(request: ScreenRequest & { id: string }): Promise<RunInfo> {
    const run = await queueScreen(this.deps, { ...request, via: 'api' });
    this.enqueue(run.id);
    return run;
  }

  /**
   * Queue the jobs a server left unfinished: queued, or stopped mid-run. Returns their IDs. The
   * uploads no job will read again are removed first (`removeLeftovers`).
   */
  async resumeUnfinished(): Promise<string[]> {
    await this.removeLeftovers();
    const unfinished = (await this.deps.repo.runs())
      .filter((r) => r.params.via === 'api' && !ownedElsewhere(r))
      .filter((r) => ['queued', 'interrupted'].includes(this.status(r)));
    for (const run of unfinished) this.enqueue(run.id);
    return unfinished.map((r) => r.id);
  }

  /**
   * Remove what the jobs folder holds that no job will read again: the uploads of jobs that have
   * ended (finished, failed, cancelled; their removal is recorded as DELETE records it) and entries
   * no run knows (an upload cut off by a crash), unless written to in the last hour (another
   * server on the database may be receiving it). The uploads of jobs that may still run or resume
   * are kept. Returns the names removed.
   */
  async removeLeftovers(now = Date.now()): Promise<string[]> {
    let names: string[];
    try {
      names = readdirSync(this.settings.dir);
    } catch {
      return []; // no job was ever submitted
    }
    const removed: string[] = [];
    for (const name of names) {
      const path = join(this.settings.dir, name);
      const run = await this.deps.repo.run(name);
      if (run?.params.via === 'api' && !ENDED.includes(this.status(run))) continue;
      if (!run && now - lastWritten(path) < STRAY_UPLOAD_GRACE_MS) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(name);
      if (run && run.params.via === 'api' && run.inputRemovedAt === null) {
        await this.recordRemoval(run, SERVER_ACTOR);
      }
    }
    if (removed.length > 0) {
      this.settings.log?.(`removed ${removed.length} upload(s) no job will read again`);
    }
    return removed;
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
    const folder = this.uploadFolder(run);
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
    if (now.inputRemovedAt === null) {
      rmSync(folder, { recursive: true, force: true });
      await this.recordRemoval(now, actor);
    }
    return (await this.deps.repo.run(id))!;
  }

  /** Record in the run and the audit trail that its upload was deleted. */
  private async recordRemoval(run: RunInfo, actor: string): Promise<void> {
    const payload = { run: run.id, input: run.input, input_sha256: run.inputSha256 };
    await this.deps.repo.inputRemoved(run.id, {
      kind: 'screen.input-removed',
      actor,
      at: timestamp(),
      payload,
    });
  }

  /** The folder of a job's upload; a run whose input is anything else is refused. */
  private uploadFolder(run: RunInfo): string {
    if (run.params.via !== 'api') {
      throw new RunStateError(
        `run ${run.id} was made by the command line: its input is a file of its own, not an ` +
          'upload, and is never deleted; it cannot be cancelled over the API either',
      );
    }
    const folder = resolve(this.settings.dir, run.id);
    if (dirname(resolve(run.input)) !== folder) {
      throw new RunStateError(
        `job ${run.id}'s input is not in this server's jobs folder (was the database moved?); ` +
          'nothing was changed',
      );
    }
    return folder;
  }

  /** Stop an unfinished job for good: unqueued, or stopped at its last commit, and recorded. */
  private async cancel(run: RunInfo, actor: string, was: LiveStatus): Promise<void> {
    const queued = this.queue.indexOf(run.id);
    if (queued >= 0) this.queue.splice(queued, 1);
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
    this.queue.length = 0;
    this.active?.abort.abort();
    await this.active?.done;
  }

  private enqueue(id: string): void {
    if (this.active?.id === id || this.queue.includes(id)) return;
    this.queue.push(id);
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
    }
  }
}
