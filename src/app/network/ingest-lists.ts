/**
 * The relations a loaded list states, into the graph: OFAC's "Linked To:" (UnknownLink entities
 * the OFAC sources make), vessels' owners, and in FollowTheMoney lists every Ownership,
 * Directorship, Family... entity. Run after each load of a list, it replaces the list's edges,
 * so that a link the publisher dropped goes too. The ends are read from the list itself, else
 * from another loaded list; an end that no loaded list has is reported, not invented.
 */
import { type FtmEntity, getSchema } from '../../core/model/index.js';
import {
  ftmAssetOwners,
  ftmRelation,
  type ParsedRelation,
  type Problem,
} from '../../sources/network/index.js';
import type { EdgeType, GraphStore, NodeInput } from '../../store/graph/index.js';
import type { Store } from '../../store/index.js';
import { listNode, toEdge } from './ingest-resolve.js';

export interface ListGraphSummary {
  dataset: string;
  edges: number;
  byType: Partial<Record<EdgeType, number>>;
  /** The list's edges of the previous load, now replaced. */
  replaced: number;
  /** Relations not loaded: an end no loaded list has, an end missing. */
  problems: Problem[];
  /** Values kept in another form (a share that reads as no percentage). */
  warnings: string[];
}

function relationsOf(entity: FtmEntity, problems: Problem[], warnings: string[]) {
  const where = `entity ${entity.id}`;
  const found = ftmRelation(entity, where);
  if (found === null) return ftmAssetOwners(entity, where);
  if ('problem' in found) {
    problems.push({ where, reason: found.problem });
    return [];
  }
  if (found.warning) warnings.push(found.warning);
  return [found.relation];
}

export async function graphFromList(
  deps: { lists: Store; graph: GraphStore },
  dataset: string,
): Promise<ListGraphSummary> {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const relations: ParsedRelation[] = [];
  // One pass (reading a list is most of the time): the relations, and every party that may be
  // an end of one, as the node it would be.
  const parties = new Map<string, NodeInput>();
  for await (const entity of deps.lists.exportEntities(dataset)) {
    relations.push(...relationsOf(entity, problems, warnings));
    if (getSchema(entity.schema).isAny(['LegalEntity', 'Vehicle'])) {
      parties.set(entity.id, listNode(entity, dataset));
    }
  }
  const ends = new Set(relations.flatMap((r) => [r.source.id, r.target.id]));
  const nodes = new Map<string, NodeInput>();
  for (const id of ends) {
    const party = parties.get(id);
    if (party) nodes.set(id, party);
  }
  parties.clear();
  const missing = new Set<string>();
  for (const id of ends) {
    if (nodes.has(id)) continue;
    // An end in another list (an FtM file's Ownership naming an OFAC entity).
    const other = await deps.lists.entity(id);
    if (other) nodes.set(id, listNode(other));
    else if (!(await deps.graph.getNode(id))) missing.add(id);
  }
  const edges = [];
  for (const r of relations) {
    const absent = [r.source.id, r.target.id].find((id) => missing.has(id));
    if (absent) problems.push({ where: r.where, reason: `${absent} is in no loaded list` });
    else edges.push(toEdge(r, dataset));
  }
  const replaced = await deps.graph.replaceEdgesFrom(
    { dataset },
    { nodes: [...nodes.values()], edges },
  );
  const byType: ListGraphSummary['byType'] = {};
  for (const e of edges) byType[e.type] = (byType[e.type] ?? 0) + 1;
  return { dataset, edges: edges.length, byType, replaced, problems, warnings };
}
