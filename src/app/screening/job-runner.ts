/**
 * Batch screening jobs in a server's process. A job's file is kept in a folder of its own under
 * the jobs folder (`<jobs>/<run-id>/input.csv`); the job is checked and recorded as a queued run,
 * then run, one job at a time, with the server's index and in its thread (matching gives the
 * event loop back every few milliseconds). Stopping the runner stops the job in progress at its
 * last commit; the next runner on the same database resumes it, and starts the queued ones.
 *
 * @example
 * ```ts
 * const jobs = new JobRunner({ store, repo, tools, service }, { dir: `${db}.jobs` });
 * jobs.resumeUnfinished();
 * const slot = jobs.newSlot('csv'); // write the upload to slot.path, then:
 * const run = await jobs.submit({ id: slot.id, input: slot.path, actor: 'key 3f9a1c0b7e2d' });
 * // ... later
 * await jobs.stop();
 * ```
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { newRunId, timestamp } from '../../screening/time.js';
import type { RunInfo } from '../../screening/types.js';
import type { MatchService } from '../match-service.js';
import { processAlive } from './files.js';
import type { FileFormat } from './input.js';
import { type LiveStatus, liveStatus } from './run-status.js';
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

/** Queued by another server that is still up (two servers on one database): its job. */
function ownedElsewhere(run: RunInfo): boolean {
  return run.pid !== null && run.pid !== process.pid && processAlive(run.pid);
}

export class JobRunner {
  private readonly queue: string[] = [];
  private active: { id: string; abort: AbortController; done: Promise<void> } | null = null;
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

  /** Queue the jobs a server left unfinished: queued, or stopped mid-run. Returns their IDs. */
  resumeUnfinished(): string[] {
    const unfinished = this.deps.repo
      .runs()
      .filter((r) => r.params.via === 'api' && !ownedElsewhere(r))
      .filter((r) => ['queued', 'interrupted'].includes(this.status(r)));
    for (const run of unfinished) this.enqueue(run.id);
    return unfinished.map((r) => r.id);
  }

  status(run: RunInfo): LiveStatus {
    return liveStatus(run, this.active?.id === run.id);
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
    const abort = new AbortController();
    const done = this.execute(id, abort.signal).finally(() => {
      this.active = null;
      this.startNext();
    });
    this.active = { id, abort, done };
  }

  private async execute(id: string, signal: AbortSignal): Promise<void> {
    const log = this.settings.log ?? (() => {});
    const run = this.deps.repo.run(id);
    if (!run) return;
    const hooks = { batchSize: this.settings.batchSize ?? JOB_BATCH_SIZE, signal };
    try {
      const result = await resumeScreen(this.deps, id, run.actor, hooks);
      log(`job ${id} finished: ${result.run.rowsDone} rows, ${result.run.hits} hits`);
    } catch (error) {
      if (error instanceof RunInterrupted) {
        log(`job ${id} stopped; it resumes when the server starts again`);
        return;
      }
      const message = (error as Error).message;
      // A job that cannot start (its input or the lists changed) must not wait for ever.
      if (this.deps.repo.run(id)?.status !== 'failed') {
        this.deps.repo.finishRun(id, 'failed', timestamp(), null, message);
      }
      log(`job ${id} failed: ${message}`);
    }
  }
}
