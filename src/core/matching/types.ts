/**
 * The matching contract: a query is an example entity (yente's EntityExample); each candidate comes
 * back with a score from 0 to 1 and the explanation of every feature that contributed.
 */
import type { DesignationEvidence, DesignationLookup } from '../designations/index.js';
import type { FtmEntity } from '../model/index.js';

/** What the caller knows about the party to screen. */
export interface EntityExample {
  id?: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** One feature's contribution, as yente's FeatureResult plus its weight. */
export interface Explanation {
  /** What was compared and how, in words a reviewer can read. */
  detail: string;
  score: number;
  weight: number;
  query: string | null;
  candidate: string | null;
}

export interface ScoredEntity {
  entity: FtmEntity;
  score: number;
  match: boolean;
  explanations: Record<string, Explanation>;
  /** Set when the result merges the entries of several lists (one designation). */
  designation?: DesignationEvidence;
}

export interface AlgorithmInfo {
  name: string;
  version: string;
  description: string;
  /** Feature names and their weights: positive features add, qualifiers subtract. */
  features: Record<string, { weight: number; description: string }>;
}

/** Filters and limits of one match or search request (yente's parameters). */
export interface MatchOptions {
  limit: number;
  threshold: number;
  algorithm: string;
  /** Only entities in at least one of these datasets (already resolved from scope, include, exclude). */
  datasets: ReadonlySet<string> | null;
  excludeSchemata: ReadonlySet<string>;
  /** Only entities with at least one of these topics (empty: no filter). */
  topics: ReadonlySet<string>;
  /** Only entities changed after this ISO date or time. */
  changedSince: string | null;
  excludeEntityIds: ReadonlySet<string>;
  /** Feature weights that replace the algorithm's own for this request (yente's `weights`). */
  weights?: Readonly<Record<string, number>>;
  /** Merge the entries of one designation into one result, before the limit (see designations). */
  designations?: DesignationLookup;
}

/** Weights by feature name that replace an algorithm's defaults. */
export type WeightOverrides = Readonly<Record<string, number>>;

export interface MatchOutcome {
  results: ScoredEntity[];
  /** How many results scored at or above the threshold, before the limit was applied. */
  total: number;
}
