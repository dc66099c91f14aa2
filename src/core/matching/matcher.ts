/**
 * The matcher: candidate generation from the index, then full scoring of each candidate by the
 * chosen algorithm, with yente's filters and limits. Pure and synchronous: the service around it
 * builds it from the store and swaps in a new one when a dataset changes.
 */
import { type FtmEntity, model } from '../model/index.js';
import { DOSSIER_V1, type Scored, scoreDossierV1 } from './algorithm.js';
import { type Candidate, groupByDesignation } from './by-designation.js';
import {
  CandidateIndex,
  CandidateIndexBuilder,
  type IndexedEntity,
  type KeyOptions,
} from './candidate-index.js';
import type { NameFormTools } from './name-forms.js';
import { OFAC_ALGORITHM, scoreOfac } from './ofac.js';
import type { IndexParts } from './postings.js';
import { type PreparedEntity, prepareEntity, prepareQuery } from './prepare.js';
import { cleanExample, MatchInputError } from './query.js';
import { type AlgorithmChoice, chooseAlgorithm } from './yente-algorithms.js';
import type {
  AlgorithmInfo,
  EntityExample,
  MatchOptions,
  MatchOutcome,
  WeightOverrides,
} from './types.js';

type ScoreFunction = (q: PreparedEntity, c: PreparedEntity, weights?: WeightOverrides) => Scored;

const ALGORITHMS: Record<string, { info: AlgorithmInfo; score: ScoreFunction }> = {
  'dossier-v1': { info: DOSSIER_V1, score: scoreDossierV1 },
  ofac: { info: OFAC_ALGORITHM, score: scoreOfac },
};
export const DEFAULT_ALGORITHM = 'dossier-v1';

export { SCREENED_SCHEMATA } from './kinds.js';
/**
 * Candidates scored in full per result asked for, and at least. The index ranks entities by their
 * best name's share of rare keys with the query, so the true match is nearly always among the
 * first few; scoring is the expensive part. Measured on 4,714 queries (1,000-odd with matches):
 * 15 candidates keep every match scoring 0.9 or more that 20 found under the index's earlier
 * ranking, and find two it missed; 10 lose some.
 */
const CANDIDATES_PER_RESULT = 3;
const CANDIDATES_MIN = 15;
/** Slot norms worked out per step of `MatcherBuilder.finishing`: a few milliseconds' work. */
const NORMS_PER_STEP = 5000;
/** Filter settings whose answers are kept per index (see `allowedBy`). */
const ALLOWED_CACHE_SIZE = 64;

/** How many candidates a query with this limit scores: its results are chosen among them. */
function candidateCount(limit: number): number {
  return Math.min(500, Math.max(CANDIDATES_MIN, limit * CANDIDATES_PER_RESULT));
}

export function algorithmInfos(): AlgorithmInfo[] {
  return Object.values(ALGORITHMS).map((a) => a.info);
}

/**
 * The algorithm a name asks for: Dossier's own, `best`/`default`, or the nearest to one of
 * yente's (yente-algorithms.ts). MatchInputError for an unknown name.
 */
export function algorithmFor(name: string): { choice: AlgorithmChoice; info: AlgorithmInfo } {
  // chooseAlgorithm reads own keys only: "constructor" must not find Object.prototype's.
  const choice = chooseAlgorithm(name, Object.keys(ALGORITHMS));
  return { choice, info: ALGORITHMS[choice.name]!.info };
}

function resolveAlgorithm(name: string) {
  return ALGORITHMS[algorithmFor(name).choice.name]!;
}

/**
 * Check a request's algorithm and weights before any query runs (MatchInputError if wrong): a
 * weight may only replace a feature the algorithm has, since a misspelt name would change nothing.
 */
export function checkAlgorithm(name: string, weights?: WeightOverrides): void {
  checkWeights(resolveAlgorithm(name).info, weights);
}

function checkWeights(info: AlgorithmInfo, weights: WeightOverrides | undefined) {
  for (const [name, value] of Object.entries(weights ?? {})) {
    if (!Object.hasOwn(info.features, name)) {
      const known = Object.keys(info.features).join(', ');
      throw new MatchInputError(`weights: ${info.name} has no feature "${name}"; known: ${known}`);
    }
    if (!Number.isFinite(value) || value < -1 || value > 1) {
      throw new MatchInputError(`weights: ${name} must be a number from -1 to 1`);
    }
  }
}

/**
 * Score one example against another without an index: for evaluations and for checking a single
 * pair by hand.
 */
export function scorePair(
  query: EntityExample,
  candidate: EntityExample,
  algorithmName = DEFAULT_ALGORITHM,
  tools: MatcherTools = {},
): Scored {
  const algorithm = resolveAlgorithm(algorithmName);
  const q = cleanExample(query);
  const c = cleanExample(candidate);
  const prepared = prepareEntity(c.schema, c.properties, tools.names);
  const asked = prepareQuery(q.schema, q.properties, tools.names);
  return algorithm.score(prepared.isPerson ? asked.person : asked.other, prepared);
}

export interface MatcherTools extends KeyOptions {
  names?: NameFormTools;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds a matcher an entry at a time, so that the caller can yield between slices of a large
 * build; `finish()` gives the same matcher as `new Matcher(entries, tools)` over the same entries
 * in the same order.
 */
export class MatcherBuilder {
  private readonly index: CandidateIndexBuilder;

  constructor(private readonly tools: MatcherTools = {}) {
    this.index = new CandidateIndexBuilder(tools);
  }

  get size(): number {
    return this.index.entries.length;
  }

  add(entry: IndexedEntity): void {
    this.index.add(entry);
  }

  /** The matcher, at once. */
  finish(): Matcher {
    return new Matcher(this.index, this.tools);
  }

  /**
   * The matcher, pausing (a `yield`) between steps of the work left after the last entry, so
   * that a caller can let other work run between them.
   */
  *finishing(step = NORMS_PER_STEP): Generator<void, Matcher> {
    yield* this.index.norms(step);
    return this.finish();
  }
}

export class Matcher {
  private readonly index: CandidateIndex;
  private readonly allowedCache = new Map<string, Uint8Array>();
  private ordinals: Map<string, number> | null = null;

  /**
   * Over `entries`, all at once; a `MatcherBuilder` passes what it has collected instead, and a
   * snapshot the parts of an index it holds (see snapshot.ts).
   */
  constructor(
    entries: readonly IndexedEntity[] | CandidateIndexBuilder | IndexParts,
    private readonly tools: MatcherTools = {},
  ) {
    this.index = new CandidateIndex(entries, tools);
  }

  get size(): number {
    return this.index.size;
  }

  /**
   * The indexed entities, for baselines and diagnostics: all of them, decoded (the first call
   * decodes every chunk of an index loaded from a snapshot).
   */
  get entries(): readonly IndexedEntity[] {
    const table = this.index.entries;
    return Array.from({ length: table.length }, (_, ordinal) => table.at(ordinal));
  }

  /** What the index is made of, for a snapshot. */
  get parts(): IndexParts {
    return this.index.parts;
  }

  /** Prepare an entity for indexing with the same tools that queries use. */
  static prepare(schema: string, properties: Record<string, string[]>, tools: MatcherTools = {}) {
    return prepareEntity(schema, properties, tools.names);
  }

  /**
   * Which entries pass the schema, dataset, topic and date filters, one byte per entry. Requests
   * mostly repeat a few filter settings, and the candidate stage asks about thousands of entries
   * per query, so each setting's answers are worked out once per index and kept.
   */
  private allowedBy(querySchema: string, options: MatchOptions): Uint8Array {
    const unfiltered =
      options.excludeSchemata.size === 0 &&
      options.datasets === null &&
      options.topics.size === 0 &&
      options.changedSince === null;
    // Most requests filter by schema alone; their signature needs no JSON.
    const signature = unfiltered
      ? querySchema
      : JSON.stringify([
          querySchema,
          [...options.excludeSchemata].sort(),
          options.datasets ? [...options.datasets].sort() : null,
          [...options.topics].sort(),
          options.changedSince,
        ]);
    let allowed = this.allowedCache.get(signature);
    if (allowed) return allowed;
    const q = model.getSchema(querySchema);
    const compatible = new Map<string, boolean>();
    // The columns the filters read, so that an index loaded from a snapshot decodes no entry.
    const { schemata, datasets, topics, lastChange } = this.index.entries.facets;
    allowed = new Uint8Array(schemata.length);
    for (let ordinal = 0; ordinal < schemata.length; ordinal++) {
      const schema = schemata[ordinal]!;
      let ok = compatible.get(schema);
      if (ok === undefined) {
        const c = model.getSchema(schema);
        ok = (q.isA(c) || c.isA(q)) && !options.excludeSchemata.has(schema);
        compatible.set(schema, ok);
      }
      if (!ok) continue;
      if (options.datasets && !datasets[ordinal]!.some((d) => options.datasets!.has(d))) continue;
      if (options.topics.size > 0 && !topics[ordinal]!.some((t) => options.topics.has(t))) continue;
      if (options.changedSince && !((lastChange[ordinal] ?? '') > options.changedSince)) continue;
      allowed[ordinal] = 1;
    }
    // Bounded: a client cycling through filters must not grow the cache without end.
    if (this.allowedCache.size >= ALLOWED_CACHE_SIZE) this.allowedCache.clear();
    this.allowedCache.set(signature, allowed);
    return allowed;
  }

  private filter(querySchema: string, options: MatchOptions) {
    const allowed = this.allowedBy(querySchema, options);
    const ids = this.index.entries.facets.ids;
    const excluded = options.excludeEntityIds;
    if (excluded.size === 0) return (ordinal: number): boolean => allowed[ordinal] === 1;
    return (ordinal: number): boolean => allowed[ordinal] === 1 && !excluded.has(ids[ordinal]!);
  }

  /** An entry's ordinal by entity ID, for the members of a designation (mapped on first use). */
  private ordinalOf(id: string): number | undefined {
    if (!this.ordinals) {
      this.ordinals = new Map(this.index.entries.facets.ids.map((id, ordinal) => [id, ordinal]));
    }
    return this.ordinals.get(id);
  }

  /**
   * One example scored against the indexed entities named (IDs not in the index are left out),
   * best first: what a reviewer decided is the party, or a name the in-text list search found,
   * checked by the same algorithm that ranks a search.
   */
  scoreEntities(
    example: EntityExample,
    ids: readonly string[],
    algorithmName: string = DEFAULT_ALGORITHM,
  ): { entity: FtmEntity; score: number }[] {
    const algorithm = resolveAlgorithm(algorithmName);
    const { schema, properties } = cleanExample(example);
    const query = prepareQuery(schema, properties, this.tools.names);
    const scored: { entity: FtmEntity; score: number }[] = [];
    for (const id of new Set(ids)) {
      const ordinal = this.ordinalOf(id);
      if (ordinal === undefined) continue;
      const entry = this.index.entries.at(ordinal);
      const q = entry.prepared.isPerson ? query.person : query.other;
      const score = Number(algorithm.score(q, entry.prepared).score.toFixed(4));
      scored.push({ entity: entry.entity, score });
    }
    return scored.sort((a, b) => b.score - a.score || byCodeUnits(a.entity.id, b.entity.id));
  }

  /** The indexed entity with this ID, or undefined. */
  entry(id: string): IndexedEntity | undefined {
    const ordinal = this.ordinalOf(id);
    return ordinal === undefined ? undefined : this.index.entries.at(ordinal);
  }

  match(example: EntityExample, options: MatchOptions): MatchOutcome {
    const algorithm = resolveAlgorithm(options.algorithm);
    checkWeights(algorithm.info, options.weights);
    const { schema, properties } = cleanExample(example);
    const query = prepareQuery(schema, properties, this.tools.names);
    const { search } = query;
    if (search.names.length === 0 && search.identifiers.length === 0) {
      throw new MatchInputError('the query needs a name or an identifier');
    }
    const max = candidateCount(options.limit);
    const allowed = this.filter(schema, options);
    const ordinals = this.index.candidates(search, max, allowed);
    const scoreOne = (ordinal: number): Candidate => {
      const entry = this.index.entries.at(ordinal);
      // Each candidate meets the reading of the query for its kind (prepareQuery).
      const q = entry.prepared.isPerson ? query.person : query.other;
      const result = algorithm.score(q, entry.prepared, options.weights);
      const score = Number(result.score.toFixed(4));
      return { entity: entry.entity, score, match: result.score >= options.threshold, result };
    };
    const scored = ordinals.map(scoreOne);
    // Ties in ID order, by code unit: the locale's collation costs more than all the rest of
    // the sort, and any fixed order will do.
    scored.sort((a, b) => b.score - a.score || byCodeUnits(a.entity.id, b.entity.id));
    if (options.designations) {
      return groupByDesignation(scored, options.designations, options.limit, (id) => {
        const ordinal = this.ordinalOf(id);
        return ordinal !== undefined && allowed(ordinal) ? scoreOne(ordinal) : null;
      });
    }
    const total = scored.filter((r) => r.match).length;
    // Explained only when shown.
    const results = scored.slice(0, options.limit).map(({ entity, score, match, result }) => ({
      entity,
      score,
      match,
      explanations: result.explanations,
    }));
    return { results, total };
  }
}
