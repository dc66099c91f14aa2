/**
 * The index build's worker thread (started by off-thread.ts): opens the database itself, takes
 * the snapshot beside it if it was made from the current lists by this code, else builds the
 * index, and posts the bytes in a SharedArrayBuffer (the main thread decodes them in place, no
 * copy), then saves a new snapshot. The main thread meanwhile answers requests from the old index.
 */
import { parentPort, workerData } from 'node:worker_threads';
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
    };

const { db, snapshot, hold } = workerData as BuildWorkerInput;
const post = (message: BuildWorkerMessage) => parentPort!.postMessage(message);
const progress = (line: string) => post({ kind: 'progress', line });

/** The bytes in shared memory: posted without a copy, and decodable by several threads. */
function shared(bytes: Uint8Array): Uint8Array {
  if (bytes.buffer instanceof SharedArrayBuffer) return bytes;
  const out = new Uint8Array(new SharedArrayBuffer(bytes.length));
  out.set(bytes);
  return out;
}

/** Why the snapshot on disk cannot serve these lists, or null when it can. */
function unusable(bytes: Uint8Array, key: string): string | null {
  try {
    decodeSnapshot(bytes, key, V8_CODEC);
    return null;
  } catch (error) {
    if (error instanceof SnapshotUnusable) return error.message;
    throw error;
  }
}

const dossier = openDossier({ db, mustExist: true });
try {
  const store = dossier.lists;
  const datasets = await store.datasets();
  const key = snapshotKeyFor(datasets);
  const saved = snapshot ? readSnapshotFile(snapshot, { shared: true, key }) : null;
  const rejected = saved ? unusable(saved, key) : null;
  if (saved && rejected === null) {
    post({ kind: 'index', bytes: saved, key, datasets, source: 'snapshot' });
  } else {
    const why = rejected ? { rejected } : {};
    if (rejected) progress(`the saved index was not usable: ${rejected}`);
    const built = await buildSnapshot(store, await dossier.tools(), progress);
    if (hold) Atomics.wait(new Int32Array(hold), 0, 0, 30_000);
    const bytes = shared(built.bytes);
    const { key: builtKey, datasets: lists } = built;
    post({ kind: 'index', bytes, key: builtKey, datasets: lists, source: 'built', ...why });
    if (snapshot) progress(await saveSnapshot(store, snapshot, built));
  }
} finally {
  await dossier.close();
}
