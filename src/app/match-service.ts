/**
 * The matching service: builds the matcher from the store's current entities and swaps in a new
 * one, whole, when datasets change, so that a request never sees half an index. Used by the
 * HTTP API and by `dossier match`.
 */
import {
  type IndexedEntity,
  Matcher,
  type MatcherTools,
  SCREENED_SCHEMATA,
} from '../core/matching/index.js';
import type { Store, VersionInfo } from '../store/index.js';

export interface Catalog {
  datasets: VersionInfo[];
  /** The versions the current index was built from. */
  indexed: Record<string, number>;
  builtAt: string;
  entities: number;
}

export async function buildMatcher(store: Store, tools: MatcherTools) {
  const entries: IndexedEntity[] = [];
  let seen = 0;
  for await (const entity of store.allEntities(SCREENED_SCHEMATA)) {
    // Let the server answer requests between slices of the build: it takes seconds.
    if (++seen % 2000 === 0) await new Promise((resolve) => setImmediate(resolve));
    entries.push({
      entity,
      prepared: Matcher.prepare(entity.schema, entity.properties, tools),
      topics: new Set(entity.properties.topics ?? []),
    });
  }
  return new Matcher(entries, tools);
}

export class MatchService {
  private current: { matcher: Matcher; catalog: Catalog } | null = null;
  private building: Promise<void> | null = null;

  constructor(
    private readonly store: Store,
    private readonly tools: MatcherTools,
  ) {}

  get ready(): boolean {
    return this.current !== null;
  }

  /** The matcher in use; throws before the first build has finished. */
  get matcher(): Matcher {
    if (!this.current) throw new Error('the index is still being built');
    return this.current.matcher;
  }

  get catalog(): Catalog | null {
    return this.current?.catalog ?? null;
  }

  /** Build a new index from the store and swap it in; concurrent calls share one build. */
  async refresh(): Promise<void> {
    this.building ??= (async () => {
      try {
        const datasets = await this.store.datasets();
        const matcher = await buildMatcher(this.store, this.tools);
        const indexed = Object.fromEntries(datasets.map((d) => [d.dataset, d.version]));
        const builtAt = new Date().toISOString();
        this.current = { matcher, catalog: { datasets, indexed, builtAt, entities: matcher.size } };
      } finally {
        this.building = null;
      }
    })();
    return this.building;
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
