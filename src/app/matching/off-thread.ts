/**
 * The index built off the event loop: a worker thread (build-worker.ts) reads the store on its
 * own connection, builds the index and posts the snapshot's bytes in shared memory. Building
 * takes seconds over real lists; on the main thread even in slices it stalled requests (issue 14,
 * finding 8), in a worker the main thread only decodes the bytes, which costs a fraction of it.
 */
import { Worker } from 'node:worker_threads';
import type { Clustering, SplitPair } from '../../core/designations/index.js';
import type { VersionInfo } from '../../store/index.js';
import type { BuildWorkerInput, BuildWorkerMessage } from './build-worker.js';
import type { Progress } from './snapshot-build.js';

export interface OffThreadOptions {
  /** The database the worker opens (a file: a worker cannot share an in-memory database). */
  db: string;
  /** The snapshot file the worker takes the index from and saves it to; none if null. */
  snapshot: string | null;
  /**
   * The worker's heap limit in MB; Node's default unless set. A build that exceeds it fails (the
   * old index stays) instead of taking the whole process down.
   */
  maxHeapMb?: number;
  /** A test seam: see `BuildWorkerInput.hold`. */
  hold?: SharedArrayBuffer;
}

/** What one build is given besides the options: the splits the designations heed. */
export interface BuildRequest extends OffThreadOptions {
  splits: SplitPair[];
}

/** The index as the worker posted it: a snapshot's bytes and the lists they were built from. */
export interface WorkerIndex {
  bytes: Uint8Array;
  key: string;
  datasets: VersionInfo[];
  source: 'snapshot' | 'built';
  rejected?: string;
  /** The designations, clustered in the worker under the splits it was given. */
  clustering: Clustering;
}

export interface BuildWorker {
  /** The index, once posted; rejects when the worker fails first (an error, out of memory). */
  index: Promise<WorkerIndex>;
  /** The worker has ended, its snapshot saved or not. */
  done: Promise<void>;
  /** Stop the worker (the server is closing): `index` rejects if it had not come. */
  stop(): Promise<void>;
}

/** Why a build worker ended without an index. */
export class IndexBuildFailed extends Error {
  override readonly name = 'IndexBuildFailed';
}

export function startBuildWorker(options: BuildRequest, progress: Progress): BuildWorker {
  const { db, snapshot, hold, maxHeapMb, splits } = options;
  const workerData: BuildWorkerInput = { db, snapshot, hold, splits };
  const worker = new Worker(new URL('./build-worker.js', import.meta.url), {
    workerData,
    ...(maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } } : {}),
  });
  let posted = false;
  let stopped = false;
  const index = new Promise<WorkerIndex>((resolve, reject) => {
    worker.on('message', (message: BuildWorkerMessage) => {
      if (message.kind === 'progress') return progress(message.line);
      posted = true;
      const { kind: _, ...rest } = message;
      resolve(rest);
    });
    worker.on('error', (error) => {
      if (posted) progress(`the index worker failed after its build: ${error.message}`);
      else reject(new IndexBuildFailed(error.message));
    });
    worker.on('exit', (code) => {
      if (posted) return;
      const why = stopped ? 'stopped' : `its worker ended (exit ${code}) without one`;
      reject(new IndexBuildFailed(`the index was not built: ${why}`));
    });
  });
  // Observed here so that a failure is not also an unhandled rejection; callers await `index`.
  index.catch(() => {});
  const done = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    index,
    done,
    async stop() {
      stopped = true;
      await worker.terminate();
    },
  };
}
