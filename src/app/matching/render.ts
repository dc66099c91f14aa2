/**
 * Response shapes, kept apart from the domain types: entities and scored results as yente's
 * clients read them (`EntityResponse`, `ScoredEntityResponse`, `EntityMatchResult`). Shared by the
 * HTTP API and `dossier match --json`, so that both print the same objects.
 */
import { createHash } from 'node:crypto';
import type {
  EntityExample,
  Explanation,
  MatchOutcome,
  ScoredEntity,
} from '../../core/matching/index.js';
import type { FtmEntity } from '../../core/model/index.js';
import type { ListVersionJson } from './readiness.js';

export interface EntityJson {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, string[]>;
  datasets: string[];
  /** IDs merged into this one; Dossier does not merge entities yet, so always empty. */
  referents: string[];
  target: boolean;
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
}

export interface ResultJson extends EntityJson {
  score: number;
  match: boolean;
  explanations: Record<string, Explanation>;
}

export interface QueryResponseJson {
  status: 200;
  results: ResultJson[];
  total: { value: number; relation: 'eq' };
  query: { id: string; schema: string; properties: Record<string, string[]> };
  /** The list versions the query was screened against (Dossier's addition to yente's shape). */
  lists: ListVersionJson[];
}

export function entityJson(entity: FtmEntity): EntityJson {
  return {
    id: entity.id,
    caption: entity.caption,
    schema: entity.schema,
    properties: entity.properties,
    datasets: entity.datasets,
    referents: [],
    target: entity.target ?? false,
    first_seen: entity.first_seen ?? null,
    last_seen: entity.last_seen ?? null,
    last_change: entity.last_change ?? null,
  };
}

export function resultJson(result: ScoredEntity): ResultJson {
  return {
    ...entityJson(result.entity),
    score: result.score,
    match: result.match,
    explanations: result.explanations,
  };
}

/** Property values as lists: yente accepts a bare string for a single value. */
export function listProperties(example: EntityExample): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [prop, values] of Object.entries(example.properties)) {
    out[prop] = Array.isArray(values) ? values : [values];
  }
  return out;
}

/**
 * The query as echoed back: the caller's ID if it gave one, else one derived from the content,
 * as yente does, so that the same query always carries the same ID.
 */
export function queryJson(example: EntityExample): QueryResponseJson['query'] {
  const properties = listProperties(example);
  const id =
    example.id ??
    createHash('sha1')
      .update(JSON.stringify([example.schema, properties]))
      .digest('hex');
  return { id, schema: example.schema, properties };
}

export function queryResponseJson(
  example: EntityExample,
  outcome: MatchOutcome,
  lists: ListVersionJson[],
): QueryResponseJson {
  return {
    status: 200,
    results: outcome.results.map(resultJson),
    total: { value: outcome.total, relation: 'eq' },
    query: queryJson(example),
    lists,
  };
}

/** The feature that contributed most to a score: what a reviewer reads first. */
export function topExplanation(result: ScoredEntity): [string, Explanation] | null {
  let best: [string, Explanation] | null = null;
  for (const entry of Object.entries(result.explanations)) {
    const [, e] = entry;
    if (!best || e.score * e.weight > best[1].score * best[1].weight) best = entry;
  }
  return best;
}
