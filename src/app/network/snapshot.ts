/**
 * The network as arrays for whole-graph work, built from the graph store's streams and the list
 * store's topics, and the exposure of every node computed once on it. A snapshot is cached by the
 * graph's revision and the lists' versions (service.ts), so that a match or a `dossier exposed`
 * costs a lookup, not a pass, until something changes.
 */
import { buildCsr, type CsrGraph } from '../../core/graph/index.js';
import { computeExposure, type ExposureResult } from '../../core/graph/exposure/index.js';
import type { GraphEdge, GraphNode, GraphStore } from '../../store/graph/index.js';
import type { Store } from '../../store/types.js';
import { isControl, isHolding, isListed, jointKey, inForce } from './edge-rules.js';

export interface NetworkSnapshot {
  /** What the snapshot was built from: the graph's revision and the lists' versions. */
  key: string;
  graph: CsrGraph;
  /** Edge k's id in the store, to read it with its source. */
  edgeIds: string[];
  nodes: { caption: string[]; schema: string[]; entityId: (string | null)[] };
  /** List entity id to node number, for ids such as `ofac-46431`. */
  byEntity: Map<string, number>;
  listed: Uint8Array;
  /** Per edge: 1 for a holding in force (what the ownership rules count). */
  holding: Uint8Array;
  exposure: ExposureResult;
  /** Whether any holding is in the graph: without one, no exposure is reported at all. */
  hasOwnership: boolean;
}

export async function snapshotKey(graph: GraphStore, lists: Store): Promise<string> {
  const versions = (await lists.datasets()).map((d) => `${d.dataset}@${d.version}`).sort();
  return `${await graph.revision()}|${versions.join(',')}`;
}

/** Reads every node and edge once, in id order, and computes the exposure of every node. */
export async function buildSnapshot(
  store: GraphStore,
  lists: Store,
  today: string,
): Promise<NetworkSnapshot> {
  const key = await snapshotKey(store, lists);
  const caption: string[] = [];
  const schema: string[] = [];
  const entityId: (string | null)[] = [];
  const byEntity = new Map<string, number>();
  async function* nodes(): AsyncIterable<GraphNode> {
    for await (const node of store.streamNodes()) {
      if (node.entityId) byEntity.set(node.entityId, caption.length);
      caption.push(node.caption);
      schema.push(node.schema);
      entityId.push(node.entityId);
      yield node;
    }
  }
  const edgeIds: string[] = [];
  const holdingFlags: number[] = [];
  const controlFlags: number[] = [];
  const groups: number[] = [];
  const groupNumbers = new Map<string, number>();
  async function* edges(): AsyncIterable<GraphEdge> {
    for await (const edge of store.streamEdges()) {
      edgeIds.push(edge.id);
      const live = inForce(edge, today);
      holdingFlags.push(live && isHolding(edge) ? 1 : 0);
      controlFlags.push(live && isControl(edge) ? 1 : 0);
      const joint = jointKey(edge);
      let group = -1;
      if (joint !== null) {
        group = groupNumbers.get(joint) ?? groupNumbers.size;
        groupNumbers.set(joint, group);
      }
      groups.push(group);
      yield edge;
    }
  }
  const graph = await buildCsr(nodes(), edges());
  const listed = new Uint8Array(graph.nodeCount);
  for (let i = 0; i < graph.nodeCount; i++) {
    const id = entityId[i];
    if (id && isListed(await lists.entity(id))) listed[i] = 1;
  }
  const holding = Uint8Array.from(holdingFlags);
  const exposure = computeExposure({
    graph,
    listed,
    ownership: holding,
    control: Uint8Array.from(controlFlags),
    jointGroup: Int32Array.from(groups),
  });
  return {
    key,
    graph,
    edgeIds,
    nodes: { caption, schema, entityId },
    byEntity,
    listed,
    holding,
    exposure,
    hasOwnership: holding.includes(1),
  };
}
