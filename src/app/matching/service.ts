/**
 * The matching service: builds the matcher from the store's current entities (or loads it from
 * the snapshot saved beside the database) and swaps in a new one, whole, when datasets change, so
 * that a request never sees half an index. Used by the HTTP API, `dossier match` and screening.
 */
import {
  clusterParties,
  type DesignationLookup,
  Designations,
  type Party,
  type SplitPair,
} from '../../core/designations/index.js';
import {
  decodeSnapshot,
  encodeSnapshot,
  type Matcher,
  type MatcherTools,
  SnapshotUnusable,
  snapshotKey,
} from '../../core/matching/index.js';
import type { Store, VersionInfo } from '../../store/index.js';
import { ReferenceIndex } from '../references.js';
import { buildIndexes, SLICE_MS } from './build-indexes.js';
import {
  readSnapshotFile,
  snapshotKeyFor,
  snapshotPath,
  V8_CODEC,
  writeSnapshotFile,
} from './snapshot-file.js';
import { slicer } from './slices.js';

export { buildIndexes } from './build-indexes.js';

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

const EMPTY_REFERENCES = new ReferenceIndex();

/** Where the service reads reviewers' splits from (the designation store); none by default. */
export type SplitSource = () => Promise<Iterable<SplitPair>>;

function splitsKey(splits: readonly SplitPair[]): string {
  return JSON.stringify(splits.map(([a, b]) => (a < b ? `${a} ${b}` : `${b} ${a}`)).sort());
}

/** Where an index came from, and how long it took to get: for progress lines and tests. */
export interface IndexLoad {
  source: 'snapshot' | 'built';
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
}

interface Current {
  matcher: Matcher;
  references: () => ReferenceIndex;
  designations: Designations;
  catalog: Catalog;
  /** The splits the designations heed, as a comparable key. */
  splits: string;
}

/** An index as loaded or built, before it is swapped in. */
interface Index {
  matcher: Matcher;
  references: () => ReferenceIndex;
  /** The designations' parties: plain data, clustered under the current splits when swapped in. */
  parties: readonly Party[];
}

export class MatchService {
  private current: Current | null = null;
  private building: Promise<void> | null = null;
  private readonly snapshot: string | null;
  private readonly splits: SplitSource;
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
   */
  async refresh(): Promise<void> {
    this.building ??= (async () => {
      try {
        const datasets = await this.store.datasets();
        const key = snapshotKeyFor(datasets);
        const started = performance.now();
        const bytes = this.snapshot ? readSnapshotFile(this.snapshot, { key }) : null;
        const loaded = this.load(bytes, key);
        if (loaded?.index) {
          await this.swapIn(datasets, loaded.index);
          this.lastLoad = { source: 'snapshot', ms: performance.now() - started };
          return;
        }
        await this.build(datasets, key, loaded?.rejected);
      } finally {
        this.building = null;
      }
    })();
    return this.building;
  }

  /**
   * Take the index from a snapshot's bytes another thread read (a worker's SharedArrayBuffer:
   * the typed arrays stay shared); builds from the store if they do not fit its current lists.
   */
  async adopt(bytes: Uint8Array): Promise<void> {
    const datasets = await this.store.datasets();
    const loaded = this.load(bytes, snapshotKeyFor(datasets));
    if (loaded?.index) {
      await this.swapIn(datasets, loaded.index);
      this.lastLoad = { source: 'snapshot', ms: 0 };
    } else await this.refresh();
  }

  private load(bytes: Uint8Array | null, key: string): { index?: Index; rejected?: string } | null {
    if (!bytes) return null;
    try {
      const { matcher, extra } = decodeSnapshot(bytes, key, V8_CODEC, this.tools);
      let references: ReferenceIndex | null = null;
      // Decoded when first asked for: only /entities reads it, and a one-off match never does.
      const lazy = () => {
        references ??= extra.references
          ? new ReferenceIndex(V8_CODEC.decode(extra.references) as Map<string, string[]>)
          : EMPTY_REFERENCES;
        return references;
      };
      // A snapshot without designations (an older format would not load) cannot merge results.
      if (!extra.designations) throw new SnapshotUnusable('it holds no designations');
      const parties = V8_CODEC.decode(extra.designations) as Party[];
      return { index: { matcher, references: lazy, parties } };
    } catch (error) {
      if (!(error instanceof SnapshotUnusable)) throw error;
      return { rejected: error.message };
    }
  }

  private async build(datasets: VersionInfo[], key: string, rejected?: string) {
    const started = performance.now();
    const lists = datasets.map((d) => `${d.dataset} v${d.version}`).join(', ') || 'no lists';
    const why = rejected ? ` (the saved index was not usable: ${rejected})` : '';
    // Over no list there is nothing to build or keep: the caller refuses to screen (NoListsLoaded).
    const empty = datasets.length === 0;
    if (!empty) this.progress(`building the match index for ${lists}${why}...`);
    const { matcher, references, designations } = await buildIndexes(this.store, this.tools);
    const parties = designations.parties;
    await this.swapIn(datasets, { matcher, references: () => references, parties });
    const ms = performance.now() - started;
    this.lastLoad = { source: 'built', ms, ...(rejected ? { rejected } : {}) };
    if (empty) return;
    this.progress(`match index built: ${matcher.size} entities in ${(ms / 1000).toFixed(1)} s`);
    if (this.snapshot) await this.save(this.snapshot, matcher, references, parties, key);
  }

  /** Save the snapshot; a failure to write costs the next start a build, nothing else. */
  private async save(
    path: string,
    matcher: Matcher,
    references: ReferenceIndex,
    parties: readonly Party[],
    key: string,
  ) {
    try {
      // Lists loaded while this index was built: its key would not say what it holds.
      if (snapshotKeyFor(await this.store.datasets()) !== key) return;
      const extra = {
        references: V8_CODEC.encode(references.all),
        designations: V8_CODEC.encode(parties),
      };
      const encoding = encodeSnapshot(matcher, key, V8_CODEC, extra);
      const slices = slicer(SLICE_MS);
      let step = encoding.next();
      for (; !step.done; step = encoding.next()) await slices.maybeYield();
      await writeSnapshotFile(path, step.value);
      this.progress(`match index saved to ${path} (${(step.value.length / 1e6).toFixed(0)} MB)`);
    } catch (error) {
      this.progress(`match index not saved to ${path}: ${(error as Error).message}`);
    }
  }

  /** Cluster the index's parties under the reviewers' current splits, and swap it in whole. */
  private async swapIn(datasets: VersionInfo[], index: Index) {
    const splits = [...(await this.splits())];
    const designations = new Designations(index.parties, clusterParties(index.parties, splits));
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
    if (stale) await this.refresh();
    else await this.resplitIfChanged();
    return stale;
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

/**
 * The snapshot of the store's current index, read into a SharedArrayBuffer for worker threads
 * (`MatchService.adopt`): built and saved first if there is none for these lists. Null where the
 * database has no snapshot file (in memory), or it could not be saved: the workers build then.
 */
export async function sharedSnapshot(
  store: Store,
  tools: MatcherTools,
  db: string,
): Promise<Uint8Array | null> {
  const path = snapshotPath(db);
  if (!path) return null;
  const key = snapshotKeyFor(await store.datasets());
  let bytes = readSnapshotFile(path, { shared: true, key });
  if (!bytes || snapshotKey(bytes) !== key) {
    await new MatchService(store, tools, { snapshot: path }).refresh();
    bytes = readSnapshotFile(path, { shared: true, key });
  }
  return bytes && snapshotKey(bytes) === key ? bytes : null;
}
