/**
 * A match request in the terms every front end shares (yente's parameters, named for the code),
 * turned into the matcher's options in one place: `dossier match`, `/match`, `/search`,
 * `/reconcile` and screening runs differ only in the request they build.
 */
import {
  algorithmFor,
  type EntityExample,
  MatchInputError,
  type Matcher,
  type MatchOptions,
  type MatchOutcome,
  unknownSchemaMessage,
  tuneAlgorithm,
  type WeightOverrides,
} from '../../core/matching/index.js';
import { schemaNamed } from '../../core/model/index.js';
import { datasetScope } from './scope.js';
import type { Catalog } from './service.js';

export interface MatchRequest {
  /** A loaded dataset, or `default` for every one. */
  dataset: string;
  /** Narrow the scope to these datasets (intersection)... */
  includeDatasets?: readonly string[];
  /** ...and leave these out (difference). */
  excludeDatasets?: readonly string[];
  limit: number;
  /** The score from which a result is a match. */
  threshold: number;
  /**
   * Drop results scoring at or below this (capped at the threshold): yente's deprecated `cutoff`,
   * still sent by older clients. Without it, results are kept whatever their score.
   */
  cutoff?: number;
  /** Dossier's name for an algorithm, `best`, or one of yente's (mapped to the nearest). */
  algorithm: string;
  excludeSchemata?: readonly string[];
  /** Only entities with one of these topics. */
  topics?: readonly string[];
  /** Only entities changed after this ISO date or time. */
  changedSince?: string | null;
  excludeEntityIds?: readonly string[];
  /** Feature weights that replace the algorithm's own. */
  weights?: WeightOverrides;
  /** Merge the entries of one designation on several lists into one result (the default). */
  merge?: boolean;
  /** The option names of the body's `config` (yente's algorithm options). */
  config?: readonly string[];
  /** Parameters the front end took but cannot honour, by name, with the reason. */
  ignored?: Record<string, string>;
}

/** Which algorithm ran for a request, in the answer: a yente name maps to Dossier's nearest. */
export interface AlgorithmUsed {
  /** Dossier's algorithm that scored the results. */
  name: string;
  version: string;
  /** The name the request gave (`best`, `logic-v2`, ...). */
  requested: string;
}

/** The index a request runs against: the matcher and what it was built from. */
export interface MatchIndex {
  matcher: Matcher;
  catalog: Catalog;
}

/** A misspelt schema would exclude nothing without a word: refuse it instead. */
function schemaSet(names: readonly string[]): Set<string> {
  for (const name of names) {
    if (!schemaNamed(name)) {
      throw new MatchInputError(`exclude_schema: ${unknownSchemaMessage(name)}`);
    }
  }
  return new Set(names);
}

/** The matcher's options for a request: UnknownDataset or MatchInputError if it cannot apply. */
export function matchOptions(
  catalog: Pick<Catalog, 'datasets' | 'designations'>,
  request: MatchRequest,
): MatchOptions {
  return planRequest(catalog, request).options;
}

/** The options, with what the answer reports: the algorithm that runs and what was ignored. */
function planRequest(catalog: Pick<Catalog, 'datasets' | 'designations'>, request: MatchRequest) {
  const { dataset, includeDatasets, excludeDatasets } = request;
  const { choice, info } = algorithmFor(request.algorithm);
  const tuning = tuneAlgorithm(choice, info, request.weights, request.config);
  const options: MatchOptions = {
    datasets: datasetScope(catalog, dataset, includeDatasets, excludeDatasets),
    excludeSchemata: schemaSet(request.excludeSchemata ?? []),
    topics: new Set(request.topics),
    changedSince: request.changedSince ?? null,
    limit: request.limit,
    threshold: request.threshold,
    algorithm: choice.name,
    excludeEntityIds: new Set(request.excludeEntityIds),
    weights: tuning.weights,
    designations: request.merge === false ? undefined : catalog.designations,
  };
  const algorithm: AlgorithmUsed = {
    name: info.name,
    version: info.version,
    requested: choice.requested,
  };
  return { options, algorithm, ignored: { ...request.ignored, ...tuning.ignored } };
}

export interface PreparedMatch {
  readonly options: MatchOptions;
  /** The algorithm that runs, for the answer to say. */
  readonly algorithm: AlgorithmUsed;
  /** Parameters taken but not honoured, by name, with the reason; empty when none. */
  readonly ignored: Readonly<Record<string, string>>;
  /**
   * Score one example (MatchInputError for a mistake in it). `limit` replaces the request's for
   * this example, where a batch lets each query say how many it wants (reconciliation).
   */
  run(example: EntityExample, limit?: number): MatchOutcome;
}

/**
 * Check a request against an index once (the dataset scope, the algorithm and its weights), then
 * run it for any number of examples (a batch, the schemata a search covers).
 */
export function prepareMatch(index: MatchIndex, request: MatchRequest): PreparedMatch {
  const { options, algorithm, ignored } = planRequest(index.catalog, request);
  const cutoff = request.cutoff === undefined ? null : Math.min(request.cutoff, request.threshold);
  return {
    options,
    algorithm,
    ignored,
    run(example, limit) {
      const outcome = index.matcher.match(
        example,
        limit === undefined ? options : { ...options, limit },
      );
      if (cutoff === null) return outcome;
      return { results: outcome.results.filter((r) => r.score > cutoff), total: outcome.total };
    },
  };
}
