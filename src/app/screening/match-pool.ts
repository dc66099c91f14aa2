/**
 * Matching in worker threads. Matching is what a run spends its time on, and it is CPU work, so
 * each worker holds an index and takes chunks of rows: the index snapshot's bytes are read once
 * into shared memory and every worker reads its posting lists and norms there, decoding only the
 * entries its candidates need (see match-worker.ts); the main thread reads,
 * writes and commits meanwhile. Every worker must hold the same list versions, or the run would
 * screen some rows against other lists: they are checked when the workers are ready.
 */
import { Worker } from 'node:worker_threads';
import type { EntityExample } from '../../core/matching/index.js';
import { canonicalJson } from '../../core/screening/index.js';
import type { WorkerInput } from './match-worker.js';
import type { MatchSettings } from './matching.js';
import type { Matched, RowMatcher } from './row-matcher.js';

interface Pending {
  resolve(results: Matched[]): void;
  reject(error: Error): void;
}

class PoolWorker {
  readonly pending = new Map<number, Pending>();
  readonly ready: Promise<Record<string, number>>;

  constructor(readonly worker: Worker) {
    this.ready = new Promise((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', (m: { versions: Record<string, number> }) => resolve(m.versions));
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`a matching worker stopped (exit ${code})`)));
    worker.on('message', (m: { id?: number; results?: Matched[] }) => {
      if (m.id === undefined) return;
      this.pending.get(m.id)?.resolve(m.results!);
      this.pending.delete(m.id);
    });
  }

  private fail(error: Error) {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}

class WorkerPool implements RowMatcher {
  private next = 0;

  constructor(private readonly workers: PoolWorker[]) {}

  /** Two chunks a worker: one being matched, one waiting, so that none sits idle. */
  get parallel(): number {
    return this.workers.length * 2;
  }

  matchAll(examples: readonly EntityExample[]): Promise<Matched[]> {
    const target = this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ id, examples });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/**
 * Start `size` workers on the store at `db`, sharing `snapshot` (bytes in a SharedArrayBuffer) if
 * given; resolves when all hold their index.
 */
export async function startMatchPool(
  db: string,
  settings: MatchSettings,
  size: number,
  snapshot: Uint8Array | null = null,
) {
  const url = new URL('./match-worker.js', import.meta.url);
  const workerData: WorkerInput = { db, settings, snapshot };
  const workers = Array.from(
    { length: size },
    () => new PoolWorker(new Worker(url, { workerData })),
  );
  const pool = new WorkerPool(workers);
  try {
    const versions = await Promise.all(workers.map((w) => w.ready));
    if (new Set(versions.map((v) => canonicalJson(v))).size > 1) {
      throw new Error(
        'a list was loaded while the workers built their indexes: start the run again',
      );
    }
    return { matcher: pool as RowMatcher, indexed: versions[0]! };
  } catch (error) {
    await pool.close();
    throw error;
  }
}
