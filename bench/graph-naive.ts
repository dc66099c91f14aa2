/**
 * The naive baselines `npm run bench:graph` sets beside the CSR code: what a first version would
 * write with objects, string ids and Maps. Exposure by repeated full passes over every edge until
 * nothing changes; shortest paths by breadth-first search over adjacency Maps.
 */

export interface NaiveEdge {
  source: string;
  target: string;
  /** Percent; NaN when unknown (counted as 0 here: the baseline decides sure exposure only). */
  share: number;
}

/** The US rule's sure set by full passes: sum every blocked owner's stake, block, repeat. */
export function naiveExposure(edges: NaiveEdge[], listed: Set<string>) {
  const blocked = new Set(listed);
  let passes = 0;
  for (;;) {
    passes++;
    const sums = new Map<string, number>();
    for (const edge of edges) {
      if (!blocked.has(edge.source) || edge.source === edge.target) continue;
      const share = Number.isNaN(edge.share) ? 0 : edge.share;
      sums.set(edge.target, (sums.get(edge.target) ?? 0) + share);
    }
    let added = 0;
    for (const [target, sum] of sums) {
      if (sum >= 50 - 1e-9 && !blocked.has(target)) {
        blocked.add(target);
        added++;
      }
    }
    if (added === 0) return { blocked, passes };
  }
}

export type NaiveAdjacency = Map<string, { node: string; edge: number }[]>;

export function naiveAdjacency(edges: NaiveEdge[]): NaiveAdjacency {
  const adjacency: NaiveAdjacency = new Map();
  const add = (from: string, node: string, edge: number) => {
    const list = adjacency.get(from);
    if (list) list.push({ node, edge });
    else adjacency.set(from, [{ node, edge }]);
  };
  edges.forEach((edge, k) => {
    add(edge.source, edge.target, k);
    add(edge.target, edge.source, k);
  });
  return adjacency;
}

/** The shortest path's length in edges, or -1, by BFS over Maps with string ids. */
export function naiveShortest(
  adjacency: NaiveAdjacency,
  from: string,
  to: string,
  maxHops: number,
) {
  const parent = new Map<string, { node: string; edge: number } | null>([[from, null]]);
  let frontier = [from];
  for (let hop = 0; hop < maxHops && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const { node, edge } of adjacency.get(u) ?? []) {
        if (parent.has(node)) continue;
        parent.set(node, { node: u, edge });
        if (node === to) return hop + 1;
        next.push(node);
      }
    }
    frontier = next;
  }
  return from === to ? 0 : -1;
}

/** Listed parties within `maxHops` by BFS over Maps, nearest first, at most `cap`: their count. */
export function naiveToListed(
  adjacency: NaiveAdjacency,
  from: string,
  listed: Set<string>,
  maxHops: number,
  cap: number,
) {
  const seen = new Set([from]);
  let frontier = [from];
  let found = 0;
  for (let hop = 0; hop < maxHops && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const { node } of adjacency.get(u) ?? []) {
        if (seen.has(node)) continue;
        seen.add(node);
        if (listed.has(node) && ++found >= cap) return found;
        next.push(node);
      }
    }
    frontier = next;
  }
  return found;
}

/** All simple paths up to `maxHops` by plain DFS over Maps (no pruning), at most `cap`: their count. */
export function naiveSimplePaths(
  adjacency: NaiveAdjacency,
  from: string,
  to: string,
  maxHops: number,
  cap: number,
) {
  let found = 0;
  const path: string[] = [from];
  const walk = (u: string) => {
    if (u === to) {
      found++;
      return;
    }
    if (path.length > maxHops) return;
    for (const { node } of adjacency.get(u) ?? []) {
      if (found >= cap) return;
      if (path.includes(node)) continue;
      path.push(node);
      walk(node);
      path.pop();
    }
  };
  walk(from);
  return found;
}
