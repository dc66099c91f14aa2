/**
 * The matching service: builds the matcher from the store's current entities and swaps in a new
 * one, whole, when datasets change, so that a request never sees half an index. Used by the
 * HTTP API, `dossier match` and screening.
 */
import {
  decodeSnapshot,
  encodeSnapshot,
  Matcher,
  MatcherBuilder,
  type MatcherTools,
  SCREENED_SCHEMATA,
  SnapshotUnusable,
  snapshotKey,
} from '../../core/matching/index.js';
import type { Store, VersionInfo } from '../../store/index.js';
import { ReferenceIndex } from '../references.js';
import {
  readSnapshotFile,
  snapshotKeyFor,
  snapshotPath,
  V8_CODEC,
  writeSnapshotFile,
} from './snapshot-file.js';
import { slicer } from './slices.js';

export interface Catalog {
  datasets: VersionInfo[];
  /** The versions the current index was built from. */
  indexed: Record<string, number>;
  builtAt: string;
  entities: number;
}

const SCREENED = new Set(SCREENED_SCHEMATA);
/** How long the build runs before it lets the event loop take a turn. */
const SLICE_MS = 20;

/**
 * The matcher over the store's screened entities, and the references among all its entities
 * (sanctions, identifications and links are not screened, but they point at parties that are).
 */
export async function buildIndexes(
  store: Pick<Store, 'allEntities'>,
  tools: MatcherTools,
  { sliceMs = SLICE_MS } = {},
) {
  const builder = new MatcherBuilder(tools);
  const references = new ReferenceIndex();
  // The build takes seconds: the server answers requests between slices of it (issue 14).
  const slices = slicer(sliceMs);
  for await (const entity of store.allEntities()) {
    await slices.maybeYield();
    references.add(entity);
    if (!SCREENED.has(entity.schema)) continue;
    builder.add({
      entity,
      prepared: Matcher.prepare(entity.schema, entity.properties, tools),
      topics: new Set(entity.properties.topics ?? []),
    });
  }
  const finishing = builder.finishing();
  for (let step = finishing.next(); ; step = finishing.next()) {
    if (step.done) return { matcher: step.value, references, slices: slices.slices };
    await slices.maybeYield();
  }
}

const EMPTY_REFERENCES = new ReferenceIndex();

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
}

interface Current {
  matcher: Matcher;
  references: () => ReferenceIndex;
  catalog: Catalog;
}

export class MatchService {
  private current: Current | null = null;
  private building: Promise<void> | null = null;
  private readonly snapshot: string | null;
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
          this.swapIn(datasets, loaded.index.matcher, loaded.index.references);
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
      this.swapIn(datasets, loaded.index.matcher, loaded.index.references);
      this.lastLoad = { source: 'snapshot', ms: 0 };
    } else await this.refresh();
  }

  private load(bytes: Uint8Array | null, key: string) {
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
      return { index: { matcher, references: lazy } };
    } catch (error) {
      if (!(error instanceof SnapshotUnusable)) throw error;
      return { rejected: error.message };
    }
  }

  private async build(datasets: VersionInfo[], key: string, rejected?: string) {
    const started = performance.now();
    const lists = datasets.map((d) => `${d.dataset} v${d.version}`).join(', ') || 'no lists';
    const why = rejected ? ` (the saved index was not usable: ${rejected})` : '';
    this.progress(`building the match index for ${lists}${why}...`);
    const { matcher, references } = await buildIndexes(this.store, this.tools);
    this.swapIn(datasets, matcher, () => references);
    const ms = performance.now() - started;
    this.lastLoad = { source: 'built', ms, ...(rejected ? { rejected } : {}) };
    this.progress(`match index built: ${matcher.size} entities in ${(ms / 1000).toFixed(1)} s`);
    if (this.snapshot) await this.save(this.snapshot, matcher, references, key);
  }

  /** Save the snapshot; a failure to write costs the next start a build, nothing else. */
  private async save(path: string, matcher: Matcher, references: ReferenceIndex, key: string) {
    try {
      // Lists loaded while this index was built: its key would not say what it holds.
      if (snapshotKeyFor(await this.store.datasets()) !== key) return;
      const extra = { references: V8_CODEC.encode(references.all) };
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

  private swapIn(datasets: VersionInfo[], matcher: Matcher, references: () => ReferenceIndex) {
    const indexed = Object.fromEntries(datasets.map((d) => [d.dataset, d.version]));
    const builtAt = new Date().toISOString();
    const catalog = { datasets, indexed, builtAt, entities: matcher.size };
    this.current = { matcher, references, catalog };
  }

  /** Rebuild when a dataset has a newer version than the index (polled by the server). */
  async refreshIfStale(): Promise<boolean> {
    const datasets = await this.store.datasets();
    const indexed = this.current?.catalog.indexed ?? {};
    const stale =
      datasets.length !== Object.keys(indexed).length ||
      datasets.some((d) => indexed[d.dataset] !== d.version);
    if (stale) await this.refresh();
    return stale;
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
