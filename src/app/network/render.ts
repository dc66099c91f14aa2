/**
 * The JSON shapes of the network's answers: an edge with its source (the evidence), a node, a
 * chain. Kept apart from the domain types so that the answers can stay stable as the store grows.
 */
import type { GraphEdge, GraphStore, Provenance } from '../../store/graph/index.js';
import type { NetworkSnapshot } from './snapshot.js';

export interface EdgeJson {
  id: string;
  type: string;
  source: string;
  target: string;
  sourceCaption: string;
  targetCaption: string;
  percentage: number | null;
  percentageLow: number | null;
  percentageHigh: number | null;
  startDate: string | null;
  endDate: string | null;
  provenance: Provenance;
}

export interface NodeJson {
  id: string;
  schema: string;
  caption: string;
  entityId: string | null;
  listed: boolean;
}

export function nodeJson(snapshot: NetworkSnapshot, node: number): NodeJson {
  return {
    id: snapshot.graph.nodeIds[node]!,
    schema: snapshot.nodes.schema[node]!,
    caption: snapshot.nodes.caption[node]!,
    entityId: snapshot.nodes.entityId[node]!,
    listed: snapshot.listed[node] === 1,
  };
}

export function edgeJson(snapshot: NetworkSnapshot, edge: GraphEdge): EdgeJson {
  const caption = (id: string) => snapshot.nodes.caption[snapshot.graph.indexOf(id)] ?? id;
  return {
    id: edge.id,
    type: edge.type,
    source: edge.source,
    target: edge.target,
    sourceCaption: caption(edge.source),
    targetCaption: caption(edge.target),
    percentage: edge.percentage,
    percentageLow: edge.percentageLow,
    percentageHigh: edge.percentageHigh,
    startDate: edge.startDate,
    endDate: edge.endDate,
    provenance: edge.provenance,
  };
}

/** Reads edges by number from the store, each once, for chains and paths (a few dozen at most). */
export async function edgesJson(
  store: GraphStore,
  snapshot: NetworkSnapshot,
  numbers: readonly number[],
): Promise<Map<number, EdgeJson>> {
  const out = new Map<number, EdgeJson>();
  for (const k of new Set(numbers)) {
    const edge = await store.getEdge(snapshot.edgeIds[k]!);
    // The snapshot is rebuilt when the store changes; an edge gone meanwhile is left out.
    if (edge) out.set(k, edgeJson(snapshot, edge));
  }
  return out;
}
