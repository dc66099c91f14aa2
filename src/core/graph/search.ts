/**
 * Breadth-first searches over the CSR graph, in either direction of an edge, with per-node arrays
 * allocated once per graph and reused by every query: a node's label is valid only when its stamp
 * equals the query's epoch, so starting a search costs nothing however large the graph (filling
 * 1-million-entry arrays per query dominated short searches). Queries are synchronous and never
 * nested, so one set of arrays per graph suffices.
 */
import type { CsrGraph } from './csr.js';

/** Which edges may be walked; all when absent. */
export type EdgeFilter = Uint8Array | undefined;

/** One side of a search: labels stamped with the epoch, and the nodes reached in order. */
export interface Side {
  stamp: Uint32Array;
  dist: Int32Array;
  parentNode: Int32Array;
  parentEdge: Int32Array;
  /** The nodes reached, in the order reached; levels are contiguous runs. */
  queue: Int32Array;
}

export interface Scratch {
  epoch: number;
  a: Side;
  b: Side;
  /** Marks (stamped with the epoch) for nodes on a shortest path, or on the current DFS path. */
  mark: Uint32Array;
}

const scratches = new WeakMap<CsrGraph, Scratch>();

function side(n: number): Side {
  return {
    stamp: new Uint32Array(n),
    dist: new Int32Array(n),
    parentNode: new Int32Array(n),
    parentEdge: new Int32Array(n),
    queue: new Int32Array(n),
  };
}

/** The graph's arrays, with a fresh epoch: every label of an earlier query is now stale. */
export function scratchFor(graph: CsrGraph): Scratch {
  let s = scratches.get(graph);
  if (!s) {
    const n = graph.nodeCount;
    s = { epoch: 0, a: side(n), b: side(n), mark: new Uint32Array(n) };
    scratches.set(graph, s);
  }
  if (s.epoch === 0xffffffff) {
    // After four billion queries the stamps would repeat: clear them once.
    for (const x of [s.a.stamp, s.b.stamp, s.mark]) x.fill(0);
    s.epoch = 0;
  }
  s.epoch++;
  return s;
}

/**
 * Breadth-first from `from` up to `maxHops`, in neighbour order (out, then in); `onReach(v)` is called
 * as each node is first reached and ends the search when it returns true. Returns the count reached.
 */
export function bfs(
  graph: CsrGraph,
  s: Scratch,
  from: number,
  maxHops: number,
  filter: EdgeFilter,
  onReach?: (node: number) => boolean,
): number {
  const { stamp, dist, parentNode, parentEdge, queue } = s.a;
  const epoch = s.epoch;
  stamp[from] = epoch;
  dist[from] = 0;
  parentNode[from] = -1;
  parentEdge[from] = -1;
  queue[0] = from;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    const du = dist[u]!;
    if (du >= maxHops) break;
    for (let way = 0; way < 2; way++) {
      const adj = way === 0 ? graph.out : graph.in;
      const end = adj.offsets[u + 1]!;
      for (let k = adj.offsets[u]!; k < end; k++) {
        const e = adj.edges[k]!;
        if (filter && !filter[e]) continue;
        const v = adj.nodes[k]!;
        if (stamp[v] === epoch) continue;
        stamp[v] = epoch;
        dist[v] = du + 1;
        parentNode[v] = u;
        parentEdge[v] = e;
        queue[tail++] = v;
        if (onReach?.(v)) return tail;
      }
    }
  }
  return tail;
}

/** The distance from side a's start to `node`, or -1 when the search did not reach it. */
export const distA = (s: Scratch, node: number) =>
  s.a.stamp[node] === s.epoch ? s.a.dist[node]! : -1;
