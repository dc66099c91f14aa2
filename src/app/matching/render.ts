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
import { type DesignationEvidence, KEY_LABELS } from '../../core/designations/index.js';
import type { FtmEntity } from '../../core/model/index.js';
import type { ListVersionJson } from './readiness.js';

export interface EntityJson {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, string[]>;
  datasets: string[];
  /** IDs merged into this one: the other entries of the same designation (as yente names them). */
  referents: string[];
  target: boolean;
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
}

/** How a merged result came to be: every entry, the values that linked them, each value's lists. */
export interface DesignationJson {
  id: string;
  rule: string;
  members: DesignationEvidence['members'];
  links: { entities: [string, string]; kind: string; label: string; value: string }[];
  /** Shared keys the rule did not follow, and why: `same-list`, `schema` or a reviewer's `split`. */
  conflicts: DesignationEvidence['conflicts'];
  /** Property → value → the datasets that give it. */
  values: DesignationEvidence['values'];
}

export interface ResultJson extends EntityJson {
  score: number;
  match: boolean;
  explanations: Record<string, Explanation>;
  /** Only on a result that merges the entries of several lists. */
  designation?: DesignationJson;
  /**
   * Only for a candidate that is a node of a network holding ownership data: its exposure under
   * each rule (src/app/network). Scores are untouched.
   */
  exposure?: PartyExposureJson;
}

/** One rule's verdict, as src/app/network's `ExposureSummary` (kept here as a shape, not imported). */
export type PartyExposureJson = Record<
  'us' | 'eu' | 'uk',
  { exposed: boolean | null; status: string; share: number | null }
>;

export const DESIGNATION_RULE =
  'one designation: entries of different lists sharing a UN reference number or a strong ' +
  'identifier (IMO, LEI, SWIFT/BIC, INN, OGRN, USCC, passport or national ID number of one ' +
  'country); never two entries of one list, incompatible schemata or a pair a reviewer split';

function designationJson(evidence: DesignationEvidence): DesignationJson {
  return {
    id: evidence.id,
    rule: DESIGNATION_RULE,
    members: evidence.members,
    links: evidence.links.map((l) => ({ ...l, label: KEY_LABELS[l.kind] })),
    conflicts: evidence.conflicts,
    values: evidence.values,
  };
}

export interface QueryResponseJson {
  status: 200;
  results: ResultJson[];
  /**
   * When the query's own `id` names a node of the network: its exposure, so that a customer owned
   * by a listed party is flagged though its name matches no list.
   */
  exposure?: PartyExposureJson;
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
  const json: ResultJson = {
    ...entityJson(result.entity),
    score: result.score,
    match: result.match,
    explanations: result.explanations,
  };
  const merged = result.designation;
  if (merged) {
    json.referents = merged.members.map((m) => m.id).filter((id) => id !== result.entity.id);
    json.designation = designationJson(merged);
  }
  return json;
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
