/**
 * What the graph holds around one party (`dossier network <id>`, alias `dossier neighbours`): its
 * neighbours grouped by relation type, each group capped, with how many more there are ("and 240
 * more"), and the graph's counts. The one implementation of a neighbourhood: `neighbourhood()`
 * (paths.ts) only renders this view in the answers' JSON shapes. Paths and exposure are computed
 * elsewhere (on the compact arrays).
 */
import { DossierError } from '../../core/errors/index.js';
import {
  EDGE_TYPES,
  type GraphCounts,
  type GraphNode,
  type GraphStore,
  type Neighbour,
} from '../../store/graph/index.js';

export interface NeighbourGroup {
  type: (typeof EDGE_TYPES)[number];
  /** Every neighbour of this type; `neighbours` holds the first `limit` of them. */
  total: number;
  neighbours: Neighbour[];
}

export interface NetworkView {
  node: GraphNode;
  groups: NeighbourGroup[];
}

export async function networkOf(
  graph: GraphStore,
  id: string,
  options: { limit?: number; types?: readonly (typeof EDGE_TYPES)[number][] } = {},
): Promise<NetworkView> {
  const node = await graph.getNode(id);
  if (!node)
    throw new NodeNotFound(`no node "${id}" in the network (dossier network lists counts)`);
  const groups: NeighbourGroup[] = [];
  // In the store's order of types whatever order they were asked in, each type once.
  const wanted = options.types ? EDGE_TYPES.filter((t) => options.types!.includes(t)) : EDGE_TYPES;
  for (const type of wanted) {
    const { neighbours, total } = await graph.neighbours(id, {
      types: [type],
      limit: options.limit ?? 20,
    });
    if (total > 0) groups.push({ type, total, neighbours });
  }
  return { node, groups };
}

export function networkCounts(graph: GraphStore): Promise<GraphCounts> {
  return graph.counts();
}

export class NodeNotFound extends DossierError {
  override readonly name = 'NodeNotFound';
  readonly code = 'not_found';
}
