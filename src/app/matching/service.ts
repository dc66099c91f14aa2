/**
 * The matching service: builds the matcher from the store's current entities (or loads it from
 * the snapshot saved beside the database) and swaps in a new one, whole, when datasets change, so
 * that a request never sees half an index; where it can, the build runs in a worker thread
 * (off-thread.ts). Used by the HTTP API, `dossier match` and screening.
 */
import {
  type Clustering,
  clusterParties,
  type DesignationLookup,
  Designations,
  type SplitPair,
} from '../../core/designations/index.js';
import type { Matcher, MatcherTools } from '../../core/matching/index.js';
import type { Store, VersionInfo } from '../../store/index.js';
import type { ReferenceIndex } from '../references.js';
import { decodeIndex, decodeMatcher, EMPTY_REFERENCES, type Index } from './decode-index.js';
import { buildIndexes } from './build-indexes.js';
import { type BuildWorker, type OffThreadOptions, startBuildWorker } from './off-thread.js';
import { listsLabel, saveSnapshotInSlices } from './snapshot-build.js';
import { readSnapshotFile, readSnapshotFileAsync, snapshotKeyFor } from './snapshot-file.js';

export { buildIndexes } from './build-indexes.js';

/** A turn of the event loop: requests waiting run before the next step of a swap. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface Catalog {
  datasets: VersionInfo[];
  /** The versions the current index was built from. */
  indexed: Record<string, number>;
  builtAt: string;
  entities: number;
  /**
   * The entries of several lists that are one designation, clustered with the index; a match
   * merges them into one result (see docs/designations.md).
   */
  designations?: DesignationLookup;
}

/** Where the service reads reviewers' splits from (the designation store); none by default. */
export type SplitSource = () => Promise<Iterable<SplitPair>>;

function splitsKey(splits: readonly SplitPair[]): string {
  return JSON.stringify(splits.map(([a, b]) => (a < b ? `${a} ${b}` : `${b} ${a}`)).sort());
}

/** Where an index came from, and how long it took to get: for progress lines and tests. */
export interface IndexLoad {
  source: 'snapshot' | 'built';
  /** Whether the main thread built or read it, or a worker thread did. */
  thread: 'main' | 'worker';
  ms: number;
  /** Why a snapshot on disk was not used ("built from other lists or code", "truncated"...). */
  rejected?: string;
}

export interface MatchServiceOptions {
  /** The snapshot file to load the index from and save it to (see snapshot-file.ts); none if null. */
  snapshot?: string | null;
  /** Where progress lines go: the build takes seconds, and a caller waiting should know why. */
  progress?: (line: string) => void;
  /** Reviewers' splits of designations (the designation store); none by default. */
  splits?: SplitSource;
  /**
   * Build in a worker thread that opens this database (a fitting snapshot is read without
   * blocking), so that the event loop keeps answering requests; on the calling thread, in slices,
   * if null (an in-memory store).
   */
  worker?: Omit<OffThreadOptions, 'snapshot'> | null;
}

/** A build that failed, kept until the lists change: the old index stays in use meanwhile. */
export interface IndexFailure {
  /** The lists it was built from (`snapshotKeyFor`), so that the same lists are not retried. */
  key: string;
  lists: string;
  message: string;
  at: string;
}

interface Current {
  matcher: Matcher;
  references: () => ReferenceIndex;
  designations: Designations;
  catalog: Catalog;
  /** The splits the designations heed, as a comparable key. */
  splits: string;
}

export class MatchService {
  private current: Current | null = null;
  private building: Promise<void> | null = null;
  private readonly snapshot: string | null;
  private readonly splits: SplitSource;
  private readonly worker: Omit<OffThreadOptions, 'snapshot'> | null;
  private running: BuildWorker | null = null;
  /** Set while `stop()` ends a build: that failure is the server closing, not the lists'. */
  private stopping = false;
  /** The last build's failure, until an index of the store's current lists is in. */
  failure: IndexFailure | null = null;
  /** Where progress lines go (settable: a command sets it once the service is made). */
  progress: (line: string) => void;
  /** How the last index was got: loaded from the snapshot or built. */
  lastLoad: IndexLoad | null = null;

  constructor(
    private readonly store: Store,
    private readonly tools: MatcherTools,
    options: MatchServiceOptions = {},
  ) {
    this.snapshot = options.snapshot ?? null;
    this.progress = options.progress ?? (() => {});
    this.splits = options.splits ?? (async () => []);
    this.worker = options.worker ?? null;
  }

  get ready(): boolean {
    return this.current !== null;
  }

  /** The matcher in use; throws before the first build has finished. */
  get matcher(): Matcher {
    if (!this.current) throw new Error('the index is still being built');
    return this.current.matcher;
  }

  /** Who refers to whom, as of the current index; empty before the first build. */
  get references(): ReferenceIndex {
    return this.current?.references() ?? EMPTY_REFERENCES;
  }

  /** The designations of the current index: clusters, their evidence, figures. */
  get designations(): Designations | null {
    return this.current?.designations ?? null;
  }

  get catalog(): Catalog | null {
    return this.current?.catalog ?? null;
  }

  /**
   * Load the index from the snapshot if it was made from the store's current lists by this code,
   * else build it from the store, swap it in and save its snapshot; concurrent calls share one.
   * A failed build leaves the index in use as it was, and is kept in `failure`.
   */
  async refresh(): Promise<void> {
    this.building ??= (async () => {
      const datasets = await this.store.datasets();
      const key = snapshotKeyFor(datasets);
      try {
        // Over no list there is nothing to build or save: the in-thread way knows, and says so
        // to no one (the caller refuses to screen, NoListsLoaded).
        if (this.worker && datasets.length > 0) await this.refreshOffThread(datasets, key);
        else await this.refreshHere(datasets, key);
        this.failure = null;
      } catch (error) {
        const message = (error as Error).message;
        const at = new Date().toISOString();
        if (!this.stopping) this.failure = { key, lists: listsLabel(datasets), message, at };
        throw error;
      } finally {
        this.building = null;
        this.stopping = false;
      }
    })();
    return this.building;
  }

  /** Stop a build in progress in a worker (the server is closing): its `refresh()` rejects. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.stopping = true;
    await this.running.stop();
  }

  /** The old way, on this thread: the file read at once, the build in slices of ~20 ms. */
  private async refreshHere(datasets: VersionInfo[], key: string) {
    const started = performance.now();
    const bytes = this.snapshot ? readSnapshotFile(this.snapshot, { key }) : null;
    const loaded = decodeIndex(bytes, key, this.tools);
    if (loaded?.index) {
      await this.swapIn(datasets, loaded.index);
      this.lastLoad = { source: 'snapshot', thread: 'main', ms: performance.now() - started };
      return;
    }
    await this.build(datasets, key, loaded?.rejected);
  }

  /**
   * A worker thread reads the snapshot or builds the index, clusters the designations and posts
   * the bytes; this thread decodes them in steps, a turn of the event loop between each, and
   * swaps the index in. Resolves once the worker has saved its snapshot. Before the first index
   * (nothing to answer from yet, or a one-off `dossier match`), a snapshot that fits is read here
   * without a worker's start-up.
   */
  private async refreshOffThread(datasets: VersionInfo[], key: string) {
    const started = performance.now();
    const saved =
      this.snapshot && !this.current ? await readSnapshotFileAsync(this.snapshot, key) : null;
    const ready = decodeIndex(saved, key, this.tools)?.index;
    if (ready) {
      await this.swapIn(datasets, ready);
      this.lastLoad = { source: 'snapshot', thread: 'main', ms: performance.now() - started };
      return;
    }
    const splits = [...(await this.splits())];
    const request = { ...this.worker!, snapshot: this.snapshot, splits };
    const worker = startBuildWorker(request, this.progress);
    this.running = worker;
    try {
      const got = await worker.index;
      await turn();
      const decoded = decodeMatcher(got.bytes, got.key, this.tools);
      if (!decoded?.matcher) {
        throw new Error(`the index built in its worker was not usable: ${decoded?.rejected}`);
      }
      await turn();
      const index = { ...decoded.matcher, parties: decoded.matcher.parties() };
      await turn();
      await this.swapIn(got.datasets, index, { splits, clustering: got.clustering });
      const ms = performance.now() - started;
      const rejected = got.rejected ? { rejected: got.rejected } : {};
      this.lastLoad = { source: got.source, thread: 'worker', ms, ...rejected };
      await worker.done;
    } finally {
      if (this.running === worker) this.running = null;
    }
  }

  /**
   * Take the index from a snapshot's bytes another thread read (a worker's SharedArrayBuffer:
   * the typed arrays stay shared); builds from the store if they do not fit its current lists.
   */
  async adopt(bytes: Uint8Array): Promise<void> {
    const datasets = await this.store.datasets();
    const loaded = decodeIndex(bytes, snapshotKeyFor(datasets), this.tools);
    if (loaded?.index) {
      await this.swapIn(datasets, loaded.index);
      this.lastLoad = { source: 'snapshot', thread: 'main', ms: 0 };
    } else await this.refresh();
  }

  private async build(datasets: VersionInfo[], key: string, rejected?: string) {
    const started = performance.now();
    const lists = listsLabel(datasets);
    const why = rejected ? ` (the saved index was not usable: ${rejected})` : '';
    // Over no list there is nothing to build or keep: the caller refuses to screen (NoListsLoaded).
    const empty = datasets.length === 0;
    if (!empty) this.progress(`building the match index for ${lists}${why}...`);
    const { matcher, references, designations } = await buildIndexes(this.store, this.tools);
    const parties = designations.parties;
    await this.swapIn(datasets, { matcher, references: () => references, parties });
    const ms = performance.now() - started;
    this.lastLoad = { source: 'built', thread: 'main', ms, ...(rejected ? { rejected } : {}) };
    if (empty) return;
    this.progress(`match index built: ${matcher.size} entities in ${(ms / 1000).toFixed(1)} s`);
    if (!this.snapshot) return;
    const index = { matcher, references, parties, key, datasets };
    this.progress(await saveSnapshotInSlices(this.store, this.snapshot, index));
  }

  /** Cluster the index's parties under the reviewers' current splits, and swap it in whole. */
  private async swapIn(
    datasets: VersionInfo[],
    index: Index,
    clustered?: { splits: readonly SplitPair[]; clustering: Clustering },
  ) {
    const splits = [...(await this.splits())];
    // Clustered in the worker, unless a reviewer split a designation meanwhile.
    const same = clustered && splitsKey(clustered.splits) === splitsKey(splits);
    const clustering = same ? clustered.clustering : clusterParties(index.parties, splits);
    const designations = new Designations(index.parties, clustering);
    const indexed = Object.fromEntries(datasets.map((d) => [d.dataset, d.version]));
    const builtAt = new Date().toISOString();
    const { matcher, references } = index;
    const catalog = { datasets, indexed, builtAt, entities: matcher.size, designations };
    this.current = { matcher, references, designations, catalog, splits: splitsKey(splits) };
  }

  /**
   * Rebuild when a dataset has a newer version than the index (polled by the server); when only
   * reviewers' splits changed, cluster again over the same index, which takes a fraction of a
   * second rather than a rebuild.
   */
  async refreshIfStale(): Promise<boolean> {
    const datasets = await this.store.datasets();
    const indexed = this.current?.catalog.indexed ?? {};
    const stale =
      datasets.length !== Object.keys(indexed).length ||
      datasets.some((d) => indexed[d.dataset] !== d.version);
    if (!stale) {
      await this.resplitIfChanged();
      return false;
    }
    // These lists failed to build once: not again at every poll, until they change.
    if (this.failure?.key === snapshotKeyFor(datasets)) return false;
    await this.refresh();
    return true;
  }

  /** Heed splits recorded since the index was built; true when they changed. */
  async resplitIfChanged(): Promise<boolean> {
    const current = this.current;
    if (!current) return false;
    const splits = [...(await this.splits())];
    const key = splitsKey(splits);
    if (key === current.splits || this.current !== current) return false;
    const designations = current.designations.resplit(splits);
    const catalog = { ...current.catalog, designations };
    this.current = { ...current, designations, catalog, splits: key };
    return true;
  }
}
