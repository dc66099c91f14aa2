/**
 * Paths between parties over the CSR graph, in either direction of an edge (an investigator asks
 * how two parties are connected, whoever owns whom): the shortest path by a bidirectional
 * breadth-first search, all simple paths up to a number of hops by depth-first search pruned by
 * distance to the target, and the shortest path to each listed party within reach by one search
 * from the source that stops once enough are found. Pure; a query costs what it touches (the
 * per-node arrays are reused across queries, see search.ts).
 */
import type { CsrGraph } from './csr.js';
import { bfs, distA, type EdgeFilter, type Scratch, scratchFor } from './search.js';

export type { EdgeFilter } from './search.js';

export interface GraphPath {
  /** From the start to the end, one more than the edges. */
  nodes: number[];
  edges: number[];
}

/** Side a's path from its start to `to`, read back through the parents. */
function pathBack(s: Scratch, to: number): GraphPath {
  const nodes = [to];
  const edges: number[] = [];
  for (let x = to; s.a.parentNode[x]! >= 0; x = s.a.parentNode[x]!) {
    edges.push(s.a.parentEdge[x]!);
    nodes.push(s.a.parentNode[x]!);
  }
  return { nodes: nodes.reverse(), edges: edges.reverse() };
}

interface Meeting {
  /** The length of the shortest path. */
  hops: number;
  /** The last level of side a whose nodes on shortest paths are marked (see `meet`). */
  top: number;
  /** Those marked nodes. */
  marked: number[];
}

/**
 * Bidirectional breadth-first search: side a from `from`, side b from `to`, each step expanding the
 * whole next level of the side with the smaller frontier. The first level that touches the other
 * side gives the distance exactly (the two balls were disjoint and not adjacent before it), and
 * every contact of that level has that length. The nodes of side a's top level that make a contact
 * are marked: they are the nodes of that level lying on shortest paths. On a random graph each side
 * reaches about the square root of what a one-sided search reaches.
 */
function meet(
  graph: CsrGraph,
  s: Scratch,
  from: number,
  to: number,
  maxHops: number,
  filter: EdgeFilter,
): Meeting | null {
  const epoch = s.epoch;
  const sides = [s.a, s.b] as const;
  const head = [0, 0];
  const tail = [1, 1];
  const level = [0, 0];
  for (const [x, start] of [
    [0, from],
    [1, to],
  ] as const) {
    const side = sides[x];
    side.stamp[start] = epoch;
    side.dist[start] = 0;
    side.parentNode[start] = -1;
    side.parentEdge[start] = -1;
    side.queue[0] = start;
  }
  if (from === to) return { hops: 0, top: 0, marked: [] };
  const marked: number[] = [];
  while (level[0]! + level[1]! < maxHops && head[0]! < tail[0]! && head[1]! < tail[1]!) {
    const x = tail[0]! - head[0]! <= tail[1]! - head[1]! ? 0 : 1;
    const me = sides[x];
    const other = sides[1 - x]!;
    const end = tail[x]!;
    const next = level[x]! + 1;
    let contact = false;
    for (let h = head[x]!; h < end; h++) {
      const u = me.queue[h]!;
      for (let way = 0; way < 2; way++) {
        const adj = way === 0 ? graph.out : graph.in;
        const stop = adj.offsets[u + 1]!;
        for (let k = adj.offsets[u]!; k < stop; k++) {
          const e = adj.edges[k]!;
          if (filter && !filter[e]) continue;
          const v = adj.nodes[k]!;
          if (other.stamp[v] === epoch) {
            contact = true;
            // Mark side a's end of the contact: u when a expands, v when b does.
            const aEnd = x === 0 ? u : v;
            if (s.mark[aEnd] !== epoch) {
              s.mark[aEnd] = epoch;
              marked.push(aEnd);
            }
          }
          if (me.stamp[v] === epoch) continue;
          me.stamp[v] = epoch;
          me.dist[v] = next;
          me.parentNode[v] = u;
          me.parentEdge[v] = e;
          me.queue[tail[x]!++] = v;
        }
      }
    }
    head[x] = end;
    if (contact) {
      return { hops: level[0]! + level[1]! + 1, top: level[0]!, marked };
    }
    level[x] = next;
  }
  return null;
}

/**
 * The shortest path, and among paths of that length the one a plain breadth-first search from
 * `from` finds, so that answers do not change with the algorithm. That search reaches each node first
 * from its earliest-queued neighbour, which makes its path to `to` the shortest path whose sequence
 * of neighbour positions (out edges, then in, in edge order) is least; a walk from `from` that takes
 * at each step the first neighbour still on a shortest path gives the same. Side a's marks are
 * spread down to its start so that the walk can tell which nodes are on one; past side a's top
 * level, side b's distances tell.
 */
export function shortestPath(
  graph: CsrGraph,
  from: number,
  to: number,
  maxHops: number,
  filter?: EdgeFilter,
): GraphPath | null {
  const s = scratchFor(graph);
  const found = meet(graph, s, from, to, maxHops, filter);
  if (!found) return null;
  const { hops, top } = found;
  const { a, b, mark } = s;
  const epoch = s.epoch;
  const onA = (w: number, dist: number) => a.stamp[w] === epoch && a.dist[w] === dist;
  // Mark, level by level down side a, the nodes one step before a marked one.
  let marked = found.marked;
  for (let d = top; d > 0; d--) {
    const below: number[] = [];
    for (const u of marked) {
      forNeighbours(graph, u, filter, (w) => {
        if (onA(w, d - 1) && mark[w] !== epoch) {
          mark[w] = epoch;
          below.push(w);
        }
        return false;
      });
    }
    marked = below;
  }
  const nodes = [from];
  const edges: number[] = [];
  for (let k = 0; k < hops; k++) {
    const step = k + 1;
    forNeighbours(graph, nodes[k]!, filter, (w, e) => {
      const on =
        step <= top
          ? onA(w, step) && mark[w] === epoch
          : b.stamp[w] === epoch && b.dist[w] === hops - step;
      if (on) {
        nodes.push(w);
        edges.push(e);
      }
      return on;
    });
  }
  return { nodes, edges };
}

/** Calls `visit(neighbour, edge)` for each edge at node i, out then in, until it returns true. */
function forNeighbours(
  graph: CsrGraph,
  i: number,
  filter: EdgeFilter,
  visit: (node: number, edge: number) => boolean,
) {
  for (let way = 0; way < 2; way++) {
    const adj = way === 0 ? graph.out : graph.in;
    const end = adj.offsets[i + 1]!;
    for (let k = adj.offsets[i]!; k < end; k++) {
      const e = adj.edges[k]!;
      if (filter && !filter[e]) continue;
      if (visit(adj.nodes[k]!, e)) return;
    }
  }
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
  // Most pairs are not within reach: the bidirectional search says so cheaply.
  if (!meet(graph, scratchFor(graph), from, to, maxHops, filter)) return [];
  // Distances to the target prune every branch that cannot arrive within the hops left; the first
  // step leaves maxHops - 1, so the search from the target need not go further.
  const s = scratchFor(graph);
  bfs(graph, s, to, Math.max(0, maxHops - 1), filter);
  const found: GraphPath[] = [];
  const nodes = [from];
  const edges: number[] = [];
  const onPath = s.mark;
  const epoch = s.epoch;
  onPath[from] = epoch;
  const walk = (u: number) => {
    if (u === to) {
      found.push({ nodes: [...nodes], edges: [...edges] });
      return;
    }
    const left = maxHops - edges.length - 1;
    forNeighbours(graph, u, filter, (v, e) => {
      if (found.length >= maxPaths) return true;
      const dist = distA(s, v);
      if (onPath[v] === epoch || dist === -1 || dist > left) return false;
      onPath[v] = epoch;
      nodes.push(v);
      edges.push(e);
      walk(v);
      edges.pop();
      nodes.pop();
      onPath[v] = 0;
      return false;
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
  if (maxPaths <= 0) return [];
  const s = scratchFor(graph);
  const reached: number[] = [];
  // Nodes are reached nearest first, so the search stops at the maxPaths-th listed one.
  bfs(graph, s, from, maxHops, filter, (node) => {
    if (listed[node]) reached.push(node);
    return reached.length >= maxPaths;
  });
  return reached.map((node) => pathBack(s, node));
}
