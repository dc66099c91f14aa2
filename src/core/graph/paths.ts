/**
 * Paths between parties over the CSR graph, in either direction of an edge (an investigator asks
 * how two parties are connected, whoever owns whom): the shortest path by breadth-first search, all
 * simple paths up to a number of hops by depth-first search pruned by distance to the target, and
 * the shortest path to each listed party within reach. Pure, and a query costs what it touches:
 * the per-node arrays of a search (three Int32Arrays, 12 MB at a million nodes) are kept in a small
 * pool per graph and only the entries a search visited are reset after it, because allocating and
 * filling them dominated short searches.
 */
import type { CsrGraph } from './csr.js';

export interface GraphPath {
  /** From the start to the end, one more than the edges. */
  nodes: number[];
  edges: number[];
}

/** Which edges may be walked; all when absent. */
export type EdgeFilter = Uint8Array | undefined;

/** Calls `visit(neighbour, edge)` for each edge at node i, out then in. */
function eachNeighbour(
  graph: CsrGraph,
  i: number,
  filter: EdgeFilter,
  visit: (node: number, edge: number) => unknown,
) {
  for (const side of [graph.out, graph.in]) {
    for (let s = side.offsets[i]!; s < side.offsets[i + 1]!; s++) {
      const edge = side.edges[s]!;
      if (filter && !filter[edge]) continue;
      if (visit(side.nodes[s]!, edge) === true) return;
    }
  }
}

interface Bfs {
  /** -1 for a node not reached; entries are valid only while the search is held. */
  dist: Int32Array;
  parentEdge: Int32Array;
  parentNode: Int32Array;
  /** The nodes reached, in order: also the list of entries to reset on release. */
  order: number[];
}

interface Buffers {
  dist: Int32Array;
  parentEdge: Int32Array;
  parentNode: Int32Array;
}

/** Two buffers cover a query that holds one search while running another; more are dropped. */
const POOL_SIZE = 2;
const pools = new WeakMap<CsrGraph, Buffers[]>();

function acquire(graph: CsrGraph): Buffers {
  const free = pools.get(graph)?.pop();
  if (free) return free;
  const n = graph.nodeCount;
  // Only dist needs a sentinel: the parents are read for reached nodes only, each written on reach.
  return {
    dist: new Int32Array(n).fill(-1),
    parentEdge: new Int32Array(n),
    parentNode: new Int32Array(n),
  };
}

/** Resets the entries the search touched and returns its buffers to the graph's pool. */
function release(graph: CsrGraph, search: Bfs) {
  const { dist, order } = search;
  for (let k = 0; k < order.length; k++) dist[order[k]!] = -1;
  let pool = pools.get(graph);
  if (!pool) {
    pool = [];
    pools.set(graph, pool);
  }
  if (pool.length < POOL_SIZE) pool.push(search);
}

/** Runs `use` on a breadth-first search from `from`, then gives its buffers back. */
function withBfs<T>(
  graph: CsrGraph,
  from: number,
  maxHops: number,
  filter: EdgeFilter,
  stop: ((node: number) => boolean) | undefined,
  use: (search: Bfs) => T,
): T {
  const search = bfs(graph, acquire(graph), from, maxHops, filter, stop);
  try {
    return use(search);
  } finally {
    release(graph, search);
  }
}

/** Breadth-first from `from` up to `maxHops`; `stop(node)` ends the search early. */
function bfs(
  graph: CsrGraph,
  buffers: Buffers,
  from: number,
  maxHops: number,
  filter: EdgeFilter,
  stop?: (node: number) => boolean,
): Bfs {
  const { dist, parentEdge, parentNode } = buffers;
  const order = [from];
  dist[from] = 0;
  parentEdge[from] = -1;
  parentNode[from] = -1;
  for (let head = 0; head < order.length; head++) {
    const u = order[head]!;
    if (stop?.(u)) break;
    if (dist[u]! >= maxHops) continue;
    eachNeighbour(graph, u, filter, (v, e) => {
      if (dist[v] !== -1) return;
      dist[v] = dist[u]! + 1;
      parentEdge[v] = e;
      parentNode[v] = u;
      order.push(v);
    });
  }
  return { dist, parentEdge, parentNode, order };
}

function pathBack(search: Bfs, to: number): GraphPath {
  const nodes = [to];
  const edges: number[] = [];
  for (let x = to; search.parentNode[x]! >= 0; x = search.parentNode[x]!) {
    edges.push(search.parentEdge[x]!);
    nodes.push(search.parentNode[x]!);
  }
  return { nodes: nodes.reverse(), edges: edges.reverse() };
}

export function shortestPath(
  graph: CsrGraph,
  from: number,
  to: number,
  maxHops: number,
  filter?: EdgeFilter,
): GraphPath | null {
  return withBfs(
    graph,
    from,
    maxHops,
    filter,
    (node) => node === to,
    (search) => (search.dist[to] === -1 ? null : pathBack(search, to)),
  );
}

/**
 * Every simple path of at most `maxHops` edges, at most `maxPaths` of them, shortest first. Two
 * edges between the same parties (two sources) make two paths: each is evidence of its own.
 */
export function simplePaths(
  graph: CsrGraph,
  from: number,
  to: number,
  maxHops: number,
  maxPaths: number,
  filter?: EdgeFilter,
): GraphPath[] {
  // Distances to the target prune every branch that cannot arrive within the hops left.
  return withBfs(graph, to, maxHops, filter, undefined, (search) =>
    walkPaths(graph, from, to, maxHops, maxPaths, filter, search.dist),
  );
}

function walkPaths(
  graph: CsrGraph,
  from: number,
  to: number,
  maxHops: number,
  maxPaths: number,
  filter: EdgeFilter,
  toTarget: Int32Array,
): GraphPath[] {
  if (toTarget[from] === -1) return [];
  const found: GraphPath[] = [];
  const nodes = [from];
  const edges: number[] = [];
  const onPath = new Set<number>([from]);
  const walk = (u: number) => {
    if (u === to) {
      found.push({ nodes: [...nodes], edges: [...edges] });
      return;
    }
    eachNeighbour(graph, u, filter, (v, e) => {
      if (found.length >= maxPaths) return true;
      const left = maxHops - edges.length - 1;
      if (onPath.has(v) || toTarget[v] === -1 || toTarget[v]! > left) return;
      onPath.add(v);
      nodes.push(v);
      edges.push(e);
      walk(v);
      edges.pop();
      nodes.pop();
      onPath.delete(v);
    });
  };
  walk(from);
  return found.sort((a, b) => a.edges.length - b.edges.length);
}

/** The shortest path to each listed party within `maxHops`, nearest first, at most `maxPaths`. */
export function pathsToListed(
  graph: CsrGraph,
  from: number,
  listed: Uint8Array,
  maxHops: number,
  maxPaths: number,
  filter?: EdgeFilter,
): GraphPath[] {
  const reached: number[] = [];
  const stop = (node: number) => {
    if (node !== from && listed[node]) reached.push(node);
    return reached.length >= maxPaths;
  };
  return withBfs(graph, from, maxHops, filter, stop, (search) =>
    reached.map((node) => pathBack(search, node)),
  );
}
