/**
 * The index build's worker thread (started by off-thread.ts): opens the database itself, takes
 * the snapshot beside it if it was made from the current lists by this code, else builds the
 * index, and posts the bytes in a SharedArrayBuffer (the main thread decodes them in place, no
 * copy), then saves a new snapshot. The main thread meanwhile answers requests from the old index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  type Clustering,
  clusterParties,
  type Party,
  type SplitPair,
} from '../../core/designations/index.js';
import { decodeSnapshot, SnapshotUnusable } from '../../core/matching/index.js';
import type { VersionInfo } from '../../store/index.js';
import { openDossier } from '../dossier/index.js';
import { buildSnapshot, saveSnapshot } from './snapshot-build.js';
import { readSnapshotFile, snapshotKeyFor, V8_CODEC } from './snapshot-file.js';

export interface BuildWorkerInput {
  db: string;
  /** The snapshot file to take the index from and save it to; none if null. */
  snapshot: string | null;
  /**
   * A test seam: while its first Int32 is 0, the worker waits (at most 30 s) once the index is
   * built and before it is posted, so that a test can see what the server answers meanwhile.
   */
  hold?: SharedArrayBuffer;
  /** Reviewers' splits: the designations are clustered here, not on the main thread. */
  splits: SplitPair[];
}

/** What the worker posts: progress lines, then the index, then (if saved) a last line. */
export type BuildWorkerMessage =
  | { kind: 'progress'; line: string }
  | {
      kind: 'index';
      bytes: Uint8Array;
      key: string;
      datasets: VersionInfo[];
      source: 'snapshot' | 'built';
      rejected?: string;
      clustering: Clustering;
    };

const { db, snapshot, hold, splits } = workerData as BuildWorkerInput;
const post = (message: BuildWorkerMessage) => parentPort!.postMessage(message);
const progress = (line: string) => post({ kind: 'progress', line });

/** The bytes in shared memory: posted without a copy, and decodable by several threads. */
function shared(bytes: Uint8Array): Uint8Array {
  if (bytes.buffer instanceof SharedArrayBuffer) return bytes;
  const out = new Uint8Array(new SharedArrayBuffer(bytes.length));
  out.set(bytes);
  return out;
}

/** The designations of a snapshot on disk clustered, or why it cannot serve these lists. */
function usable(bytes: Uint8Array, key: string): { clustering?: Clustering; rejected?: string } {
  try {
    const { extra } = decodeSnapshot(bytes, key, V8_CODEC);
    if (!extra.designations) return { rejected: 'it holds no designations' };
    const parties = V8_CODEC.decode(extra.designations) as Party[];
    return { clustering: clusterParties(parties, splits) };
  } catch (error) {
    if (error instanceof SnapshotUnusable) return { rejected: error.message };
    throw error;
  }
}

const dossier = openDossier({ db, mustExist: true });
try {
  const store = dossier.lists;
  const datasets = await store.datasets();
  const key = snapshotKeyFor(datasets);
  const saved = snapshot ? readSnapshotFile(snapshot, { shared: true, key }) : null;
  const { clustering, rejected } = saved ? usable(saved, key) : {};
  if (saved && clustering) {
    post({ kind: 'index', bytes: saved, key, datasets, source: 'snapshot', clustering });
  } else {
    const why = rejected ? { rejected } : {};
    if (rejected) progress(`the saved index was not usable: ${rejected}`);
    const built = await buildSnapshot(store, await dossier.tools(), progress, splits);
    if (hold) Atomics.wait(new Int32Array(hold), 0, 0, 30_000);
    const bytes = shared(built.bytes);
    const { key: builtKey, datasets: lists, clustering: clustered } = built;
    const index = { bytes, key: builtKey, datasets: lists, clustering: clustered! };
    post({ kind: 'index', ...index, source: 'built', ...why });
    if (snapshot) progress(await saveSnapshot(store, snapshot, built));
  }
} finally {
  await dossier.close();
}
