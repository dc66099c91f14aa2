/**
 * One result per designation: the members of a cluster that a query found (or that were scored
 * for it) become one entity, as OpenSanctions' default collection shows one entity for the
 * entries of several lists. The best-scoring member represents it (its ID, caption and
 * explanation); its properties and datasets are the union of every member's, and each value
 * says which lists give it.
 */
import { commonSchema, type FtmEntity } from '../model/index.js';
import type { Cluster, Link, Refusal } from './cluster.js';

export interface MemberResult {
  entity: FtmEntity;
  score: number;
  match: boolean;
}

export interface DesignationMember {
  id: string;
  schema: string;
  caption: string;
  datasets: string[];
  score: number;
  match: boolean;
}

/** What a merged result shows of its merge: the rule's evidence and every value's lists. */
export interface DesignationEvidence {
  id: string;
  members: DesignationMember[];
  links: Link[];
  /** Keys the members share with entries the rule kept out (another entry of the same list...). */
  conflicts: Refusal[];
  /** Property → value → the datasets that give it. */
  values: Record<string, Record<string, string[]>>;
}

function pushNew<T>(list: T[], value: T) {
  if (!list.includes(value)) list.push(value);
}

/** The list under `key`, made empty when missing. */
function listAt<T>(record: Record<string, T[]>, key: string): T[] {
  let list = record[key];
  if (!list) {
    list = [];
    record[key] = list;
  }
  return list;
}

function earliest(a: string | null | undefined, b: string | null | undefined) {
  return !a ? (b ?? null) : !b ? a : a < b ? a : b;
}

function latest(a: string | null | undefined, b: string | null | undefined) {
  return !a ? (b ?? null) : !b ? a : a > b ? a : b;
}

/**
 * The merged entity and its evidence; `members` best first (the first represents the cluster).
 * Links are kept only between the members given: a member out of the request's scope is not
 * shown, nor the value that linked it.
 */
export function mergeMembers(
  cluster: Cluster,
  members: readonly MemberResult[],
): { entity: FtmEntity; evidence: DesignationEvidence } {
  const head = members[0]!.entity;
  let schema = head.schema;
  const properties: Record<string, string[]> = {};
  const values: DesignationEvidence['values'] = {};
  const datasets: string[] = [];
  let { first_seen = null, last_seen = null, last_change = null } = head;
  for (const { entity } of members) {
    schema = commonSchema(schema, entity.schema) ?? schema;
    for (const d of entity.datasets) pushNew(datasets, d);
    for (const [prop, list] of Object.entries(entity.properties)) {
      const merged = listAt(properties, prop);
      // Keyed by list values: no prototype, so that a value such as "__proto__" is just a key.
      values[prop] ??= Object.create(null) as Record<string, string[]>;
      const sources = values[prop];
      for (const value of list) {
        pushNew(merged, value);
        const lists = listAt(sources, value);
        for (const d of entity.datasets) pushNew(lists, d);
      }
    }
    first_seen = earliest(first_seen, entity.first_seen);
    last_seen = latest(last_seen, entity.last_seen);
    last_change = latest(last_change, entity.last_change);
  }
  const ids = new Set(members.map((m) => m.entity.id));
  const entity: FtmEntity = {
    id: head.id,
    schema,
    caption: head.caption,
    properties,
    datasets,
    target: members.some((m) => m.entity.target),
    first_seen,
    last_seen,
    last_change,
  };
  const evidence: DesignationEvidence = {
    id: cluster.id,
    members: members.map(({ entity: e, score, match }) => ({
      id: e.id,
      schema: e.schema,
      caption: e.caption,
      datasets: e.datasets,
      score,
      match,
    })),
    links: cluster.links.filter((l) => ids.has(l.entities[0]) && ids.has(l.entities[1])),
    conflicts: cluster.conflicts.filter((c) => c.entities.some((id) => ids.has(id))),
    values,
  };
  return { entity, evidence };
}
