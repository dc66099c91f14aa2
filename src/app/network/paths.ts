/**
 * Paths between two parties, or from a party to every listed party within reach, each edge with
 * its source; and a party's neighbourhood grouped by relation type, large groups summarised with
 * how many more there are rather than dumped.
 */
import {
  type GraphPath,
  pathsToListed,
  shortestPath,
  simplePaths,
} from '../../core/graph/index.js';
import type { EdgeType, GraphStore } from '../../store/graph/index.js';
import { NetworkInputError } from './errors.js';
import { networkOf } from './network-view.js';
import { type EdgeJson, edgeJson, edgesJson, type NodeJson, nodeJson } from './render.js';
import type { NetworkService } from './service.js';
import type { NetworkSnapshot } from './snapshot.js';

export const DEFAULT_HOPS = 3;
/** All simple paths grow fast with the hops; past this, a question is better asked in steps. */
export const MAX_HOPS = 6;
export const MAX_PATHS = 50;

export interface PathJson {
  hops: number;
  nodes: NodeJson[];
  edges: EdgeJson[];
}

export interface PathsReport {
  from: string;
  /** The other party, or null for paths to any listed party. */
  to: string | null;
  hops: number;
  /** Between two parties: the shortest path, or null when none is within the hops. */
  shortest: PathJson | null;
  /** Every simple path within the hops (capped), shortest first; or one to each listed party. */
  paths: PathJson[];
  /** True when there were more paths than the cap. */
  truncated: boolean;
}

export function checkHops(hops: number | undefined): number {
  const value = hops ?? DEFAULT_HOPS;
  if (!Number.isInteger(value) || value < 1 || value > MAX_HOPS) {
    throw new NetworkInputError(`hops is a whole number from 1 to ${MAX_HOPS}, not ${hops}`);
  }
  return value;
}

async function render(store: GraphStore, snapshot: NetworkSnapshot, paths: GraphPath[]) {
  const edges = await edgesJson(
    store,
    snapshot,
    paths.flatMap((p) => p.edges),
  );
  return paths.map((p) => ({
    hops: p.edges.length,
    nodes: p.nodes.map((n) => nodeJson(snapshot, n)),
    edges: p.edges.flatMap((k) => edges.get(k) ?? []),
  }));
}

export async function findPaths(
  network: NetworkService,
  store: GraphStore,
  query: { from: string; to?: string | null; hops?: number; maxPaths?: number },
): Promise<PathsReport> {
  const hops = checkHops(query.hops);
  const maxPaths = query.maxPaths ?? MAX_PATHS;
  const snapshot = await network.snapshot();
  const from = network.resolve(snapshot, query.from);
  const { graph } = snapshot;
  if (query.to === undefined || query.to === null) {
    const found = pathsToListed(graph, from, snapshot.listed, hops, maxPaths + 1);
    return {
      from: query.from,
      to: null,
      hops,
      shortest: null,
      paths: await render(store, snapshot, found.slice(0, maxPaths)),
      truncated: found.length > maxPaths,
    };
  }
  const to = network.resolve(snapshot, query.to);
  const shortest = shortestPath(graph, from, to, hops);
  const all = shortest ? simplePaths(graph, from, to, hops, maxPaths + 1) : [];
  const [first] = shortest ? await render(store, snapshot, [shortest]) : [];
  return {
    from: query.from,
    to: query.to,
    hops,
    shortest: first ?? null,
    paths: await render(store, snapshot, all.slice(0, maxPaths)),
    truncated: all.length > maxPaths,
  };
}

export interface NeighbourhoodGroup {
  type: EdgeType;
  total: number;
  /** Shown neighbours: the other party and the edge with its source. */
  neighbours: { direction: 'out' | 'in'; node: NodeJson; edge: EdgeJson }[];
  /** How many more there are than shown ("and 240 more"). */
  more: number;
}

/**
 * A party's neighbours by relation type, at most `limit` shown per type: `networkOf`'s view (the one
 * implementation), found by node id or list entity id, in the answers' JSON shapes.
 */
export async function neighbourhood(
  network: NetworkService,
  store: GraphStore,
  id: string,
  options: { types?: readonly EdgeType[]; limit?: number } = {},
): Promise<{ entity: string; node: NodeJson; groups: NeighbourhoodGroup[] }> {
  const snapshot = await network.snapshot();
  const node = network.resolve(snapshot, id);
  const view = await networkOf(store, snapshot.graph.nodeIds[node]!, options);
  const groups = view.groups.map((group) => {
    const shown = group.neighbours.map((n) => ({
      direction: n.direction,
      node: nodeJson(snapshot, snapshot.graph.indexOf(n.node.id)),
      edge: edgeJson(snapshot, n.edge),
    }));
    return { ...group, neighbours: shown, more: group.total - shown.length };
  });
  return { entity: id, node: nodeJson(snapshot, node), groups };
}
