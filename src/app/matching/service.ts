/**
 * The matching service: builds the matcher from the store's current entities and swaps in a new
 * one, whole, when datasets change, so that a request never sees half an index. Used by the
 * HTTP API, `dossier match` and screening.
 */
import {
  type DesignationLookup,
  type Designations,
  DesignationsBuilder,
  type SplitPair,
} from '../../core/designations/index.js';
import {
  Matcher,
  MatcherBuilder,
  type MatcherTools,
  SCREENED_SCHEMATA,
} from '../../core/matching/index.js';
import type { Store, VersionInfo } from '../../store/index.js';
import { ReferenceIndex } from '../references.js';
import { slicer } from './slices.js';

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
  { sliceMs = SLICE_MS, splits = [] as Iterable<SplitPair> } = {},
) {
  const builder = new MatcherBuilder(tools);
  const references = new ReferenceIndex();
  const designations = new DesignationsBuilder();
  // The build takes seconds: the server answers requests between slices of it (issue 14).
  const slices = slicer(sliceMs);
  for await (const entity of store.allEntities()) {
    await slices.maybeYield();
    references.add(entity);
    const screened = SCREENED.has(entity.schema);
    designations.add(entity, screened);
    if (!screened) continue;
    builder.add({
      entity,
      prepared: Matcher.prepare(entity.schema, entity.properties, tools),
      topics: new Set(entity.properties.topics ?? []),
    });
  }
  const clustered = designations.finish(splits);
  const finishing = builder.finishing();
  for (let step = finishing.next(); ; step = finishing.next()) {
    if (step.done) {
      return { matcher: step.value, references, designations: clustered, slices: slices.slices };
    }
    await slices.maybeYield();
  }
}

const EMPTY_REFERENCES = new ReferenceIndex();

/** Where the service reads reviewers' splits from (the designation store); none by default. */
export type SplitSource = () => Promise<Iterable<SplitPair>>;

function splitsKey(splits: readonly SplitPair[]): string {
  return JSON.stringify(splits.map(([a, b]) => (a < b ? `${a} ${b}` : `${b} ${a}`)).sort());
}

export class MatchService {
  private current: {
    matcher: Matcher;
    references: ReferenceIndex;
    designations: Designations;
    catalog: Catalog;
    /** The splits the designations heed, as a comparable key. */
    splits: string;
  } | null = null;
  private building: Promise<void> | null = null;

  constructor(
    private readonly store: Store,
    private readonly tools: MatcherTools,
    private readonly splits: SplitSource = async () => [],
  ) {}

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
    return this.current?.references ?? EMPTY_REFERENCES;
  }

  /** The designations of the current index: clusters, their evidence, figures. */
  get designations(): Designations | null {
    return this.current?.designations ?? null;
  }

  get catalog(): Catalog | null {
    return this.current?.catalog ?? null;
  }

  /** Build a new index from the store and swap it in; concurrent calls share one build. */
  async refresh(): Promise<void> {
    this.building ??= (async () => {
      try {
        const datasets = await this.store.datasets();
        const splits = [...(await this.splits())];
        const built = await buildIndexes(this.store, this.tools, { splits });
        const { matcher, references, designations } = built;
        const indexed = Object.fromEntries(datasets.map((d) => [d.dataset, d.version]));
        const builtAt = new Date().toISOString();
        const catalog = { datasets, indexed, builtAt, entities: matcher.size, designations };
        this.current = { matcher, references, designations, catalog, splits: splitsKey(splits) };
      } finally {
        this.building = null;
      }
    })();
    return this.building;
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
