/**
 * From the list store to the index snapshot's bytes, in one go: what the build worker runs
 * (build-worker.ts) and what `dossier ingest` and `dossier update` run after a load, so that the
 * first match after them loads the index instead of building it. Nothing here is sliced: it runs
 * on a thread (or in a command) that answers no request meanwhile.
 */
import type { Clustering, Party, SplitPair } from '../../core/designations/index.js';
import { encodeSnapshot, type Matcher, type MatcherTools } from '../../core/matching/index.js';
import type { Store, VersionInfo } from '../../store/index.js';
import type { ReferenceIndex } from '../references.js';
import { buildIndexes, SLICE_MS } from './build-indexes.js';
import { snapshotKeyFor, V8_CODEC, writeSnapshotFile } from './snapshot-file.js';
import { slicer } from './slices.js';

/** A built index's bytes, and the lists they were built from. */
export interface BuiltSnapshot {
  bytes: Uint8Array;
  key: string;
  datasets: VersionInfo[];
  entities: number;
  /** The designations clustered under the splits the build was given. */
  clustering?: Clustering;
}

/** What a build says while it runs: one line per step, for stderr or a server's log. */
export type Progress = (line: string) => void;

export function listsLabel(datasets: readonly VersionInfo[]): string {
  return datasets.map((d) => `${d.dataset} v${d.version}`).join(', ') || 'no lists';
}

/** The sections the service keeps beside the matcher: who refers to whom, the designations. */
export function snapshotExtras(references: ReferenceIndex, parties: readonly Party[]) {
  return {
    references: V8_CODEC.encode(references.all),
    designations: V8_CODEC.encode(parties),
  };
}

/** Run a generator's steps to its end without pausing: for threads that serve no request. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

export function encodeIndex(
  matcher: Matcher,
  references: ReferenceIndex,
  parties: readonly Party[],
  key: string,
): Uint8Array {
  const extra = snapshotExtras(references, parties);
  return runToEnd(encodeSnapshot(matcher, key, V8_CODEC, extra));
}

/** Build the index of the store's current lists into snapshot bytes. */
export async function buildSnapshot(
  store: Store,
  tools: MatcherTools,
  progress: Progress = () => {},
  splits: readonly SplitPair[] = [],
): Promise<BuiltSnapshot> {
  const datasets = await store.datasets();
  const key = snapshotKeyFor(datasets);
  const started = performance.now();
  progress(`building the match index for ${listsLabel(datasets)}...`);
  const built = await buildIndexes(store, tools, { sliceMs: Number.POSITIVE_INFINITY, splits });
  const { matcher, references, designations } = built;
  const bytes = encodeIndex(matcher, references, designations.parties, key);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  progress(`match index built: ${matcher.size} entities in ${seconds} s`);
  const clustering = designations.clustering;
  return { bytes, key, datasets, entities: matcher.size, clustering };
}

/**
 * Save a built snapshot, unless lists were loaded while it was built (its key would not say what
 * it holds). Returns the line to report; a failure to write costs the next start a build only.
 */
export async function saveSnapshot(store: Store, path: string, built: BuiltSnapshot) {
  try {
    if (snapshotKeyFor(await store.datasets()) !== built.key) {
      return `match index not saved: lists were loaded while it was built`;
    }
    await writeSnapshotFile(path, built.bytes);
    return `match index saved to ${path} (${(built.bytes.length / 1e6).toFixed(0)} MB)`;
  } catch (error) {
    return `match index not saved to ${path}: ${(error as Error).message}`;
  }
}

/**
 * Encode an index built on a thread that serves requests, in slices of ~20 ms, and save it: the
 * way without a worker (an in-memory store has no file, but a caller may give one).
 */
export async function saveSnapshotInSlices(
  store: Store,
  path: string,
  index: {
    matcher: Matcher;
    references: ReferenceIndex;
    parties: readonly Party[];
    key: string;
    datasets: VersionInfo[];
  },
): Promise<string> {
  const { matcher, references, parties, key, datasets } = index;
  const encoding = encodeSnapshot(matcher, key, V8_CODEC, snapshotExtras(references, parties));
  const slices = slicer(SLICE_MS);
  let step = encoding.next();
  for (; !step.done; step = encoding.next()) await slices.maybeYield();
  return saveSnapshot(store, path, { bytes: step.value, key, datasets, entities: matcher.size });
}

/**
 * Build the snapshot of the store's lists and save it at `path`: what `ingest` and `update` do
 * after a load. Over no list there is nothing to save.
 */
export async function writeIndexSnapshot(
  store: Store,
  tools: MatcherTools,
  path: string,
  progress: Progress = () => {},
): Promise<BuiltSnapshot | null> {
  if ((await store.datasets()).length === 0) return null;
  const built = await buildSnapshot(store, tools, progress);
  progress(await saveSnapshot(store, path, built));
  return built;
}
