/**
 * The jobs folder (`<jobs>/<run-id>/input.<format>`): each job's upload, kept while the job may
 * still read it (queued, running, interrupted and to be resumed) and removed once it has ended
 * (finished, failed or cancelled), each removal recorded in the run and the audit trail. Results
 * are in the database, not in the folder: a job's hits and report outlive its upload.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RunStateError, timestamp } from '../../core/screening/index.js';
import type { RunInfo } from '../../core/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';
import { ENDED, type LiveStatus } from './run-status.js';

/**
 * How long an entry of the jobs folder that no run knows is left alone: another server on the same
 * database may be receiving that upload (a job is recorded once its file has arrived).
 */
export const STRAY_UPLOAD_GRACE_MS = 60 * 60 * 1000;

/** Who the audit trail says removed the upload of a job that ended on its own (or before a start). */
export const SERVER_ACTOR = 'server';

/** When an entry of the jobs folder (a job's folder or its files) was last written to. */
function lastWritten(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const inside = readdirSync(path).map((name) => statSync(join(path, name)).mtimeMs);
  return Math.max(stat.mtimeMs, ...inside);
}

export class JobUploads {
  constructor(
    private readonly repo: ScreeningStore,
    private readonly dir: string,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** The folder of a job's upload; a run whose input is anything else is refused. */
  folder(run: RunInfo): string {
    if (run.params.via !== 'api') {
      throw new RunStateError(
        `run ${run.id} was made by the command line: its input is a file of its own, not an ` +
          'upload, and is never deleted; it cannot be cancelled over the API either',
      );
    }
    const folder = resolve(this.dir, run.id);
    if (dirname(resolve(run.input)) !== folder) {
      throw new RunStateError(
        `job ${run.id}'s input is not in this server's jobs folder (was the database moved?); ` +
          'nothing was changed',
      );
    }
    return folder;
  }

  /**
   * Delete an ended job's folder (its upload, and anything else it holds) and record it, once.
   * The caller has checked that the job will not read it again.
   */
  async remove(run: RunInfo, actor: string): Promise<void> {
    const folder = this.folder(run);
    if (run.inputRemovedAt !== null) return;
    rmSync(folder, { recursive: true, force: true });
    await this.record(run, actor);
  }

  /**
   * Remove what the folder holds that no job will read again: the uploads of jobs that have ended
   * (a server stopped between a job's end and its removal, or a release before removal at the
   * end) and entries no run knows (an upload cut off by a crash), unless written to in the last
   * hour (another server on the database may be receiving it). The uploads of jobs that may still
   * run or resume are kept. Returns the names removed.
   */
  async removeLeftovers(status: (run: RunInfo) => LiveStatus, now = Date.now()): Promise<string[]> {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return []; // no job was ever submitted
    }
    const removed: string[] = [];
    for (const name of names) {
      const path = join(this.dir, name);
      const run = await this.repo.run(name);
      if (run?.params.via === 'api' && !ENDED.includes(status(run))) continue;
      if (!run && now - lastWritten(path) < STRAY_UPLOAD_GRACE_MS) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(name);
      if (run && run.params.via === 'api' && run.inputRemovedAt === null) {
        await this.record(run, SERVER_ACTOR);
      }
    }
    if (removed.length > 0) this.log(`removed ${removed.length} upload(s) no job will read again`);
    return removed;
  }

  /** Record in the run and the audit trail that its upload was deleted. */
  private async record(run: RunInfo, actor: string): Promise<void> {
    const payload = { run: run.id, input: run.input, input_sha256: run.inputSha256 };
    await this.repo.inputRemoved(run.id, {
      kind: 'screen.input-removed',
      actor,
      at: timestamp(),
      payload,
    });
  }
}
