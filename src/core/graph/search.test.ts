/**
 * The fast searches (bidirectional shortest path, pruned simple paths, listed parties with early
 * exit) against plain one-sided breadth-first searches written the obvious way, on seeded random
 * graphs with cycles, parallel edges, self-loops, several components and an edge filter: the
 * answers must be the same paths, not just the same lengths.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  buildCsr,
  type CsrGraph,
  type GraphPath,
  pathsToListed,
  shortestPath,
  simplePaths,
} from './index.js';

function neighbours(g: CsrGraph, u: number, filter?: Uint8Array): [number, number][] {
  const found: [number, number][] = [];
  for (const adj of [g.out, g.in]) {
    for (let k = adj.offsets[u]!; k < adj.offsets[u + 1]!; k++) {
      if (!filter || filter[adj.edges[k]!]) found.push([adj.nodes[k]!, adj.edges[k]!]);
    }
  }
  return found;
}

/** Plain BFS from `from` with parents in a Map: the reference. */
function plainBfs(g: CsrGraph, from: number, maxHops: number, filter?: Uint8Array) {
  const dist = new Map<number, number>([[from, 0]]);
  const parent = new Map<number, [number, number]>();
  const order = [from];
  for (let h = 0; h < order.length; h++) {
    const u = order[h]!;
    if (dist.get(u)! >= maxHops) continue;
    for (const [v, e] of neighbours(g, u, filter)) {
      if (dist.has(v)) continue;
      dist.set(v, dist.get(u)! + 1);
      parent.set(v, [u, e]);
      order.push(v);
    }
  }
  const pathTo = (to: number): GraphPath | null => {
    if (!dist.has(to)) return null;
    const nodes = [to];
    const edges: number[] = [];
    for (let x = to; parent.has(x); x = parent.get(x)![0]) {
      edges.unshift(parent.get(x)![1]);
      nodes.unshift(parent.get(x)![0]);
    }
    return { nodes, edges };
  };
  return { dist, order, pathTo };
}

function plainSimple(
  g: CsrGraph,
  from: number,
  to: number,
  hops: number,
  cap: number,
  filter?: Uint8Array,
) {
  const found: GraphPath[] = [];
  const walk = (nodes: number[], edges: number[]) => {
    const u = nodes[nodes.length - 1]!;
    if (u === to) return void found.push({ nodes, edges });
    if (edges.length === hops) return;
    for (const [v, e] of neighbours(g, u, filter)) {
      if (found.length >= cap) return;
      if (!nodes.includes(v)) walk([...nodes, v], [...edges, e]);
    }
  };
  walk([from], []);
  return found.sort((a, b) => a.edges.length - b.edges.length);
}

function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

async function randomGraph(seed: number, n: number, m: number) {
  const rand = seeded(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}` }));
  const edges = [];
  // Two halves never linked (disconnected pairs), edges within each at random: cycles, parallel
  // edges and an occasional self-loop included.
  for (let k = 0; k < m; k++) {
    const half = rand() < 0.5 ? 0 : n >> 1;
    const a = half + Math.floor(rand() * (n >> 1));
    const b = rand() < 0.03 ? a : half + Math.floor(rand() * (n >> 1));
    edges.push({ source: `n${a}`, target: `n${b}`, type: rand() < 0.2 ? 'family' : 'ownership' });
  }
  const g = await buildCsr(nodes, edges);
  const filter = Uint8Array.from(g.edgeType, (code) => (g.types[code] === 'ownership' ? 1 : 0));
  return { g, rand, filter };
}

test('the bidirectional shortest path is the path a plain BFS finds, or null as it is', async () => {
  let found = 0;
  let missing = 0;
  for (const [seed, n, m] of [
    [1, 60, 70],
    [2, 200, 260],
    [3, 400, 900],
    [4, 30, 200],
  ] as const) {
    const { g, rand, filter } = await randomGraph(seed, n, m);
    for (let q = 0; q < 150; q++) {
      const a = Math.floor(rand() * n);
      const b = q % 10 === 0 ? a : Math.floor(rand() * n);
      const hops = 1 + Math.floor(rand() * 7);
      const f = q % 3 === 0 ? filter : undefined;
      const want = plainBfs(g, a, hops, f).pathTo(b);
      assert.deepEqual(
        shortestPath(g, a, b, hops, f),
        want,
        `seed ${seed}: ${a} -> ${b} in ${hops}`,
      );
      if (want) found++;
      else missing++;
    }
  }
  assert.ok(found > 150 && missing > 150, `both outcomes tested: ${found} found, ${missing} not`);
});

test('simple paths and paths to listed parties match the plain searches', async () => {
  let nonEmpty = 0;
  for (const [seed, n, m] of [
    [5, 40, 70],
    [6, 120, 200],
  ] as const) {
    const { g, rand, filter } = await randomGraph(seed, n, m);
    const listed = Uint8Array.from(g.nodeIds, () => (rand() < 0.15 ? 1 : 0));
    for (let q = 0; q < 80; q++) {
      const a = Math.floor(rand() * n);
      const b = Math.floor(rand() * n);
      const hops = 1 + Math.floor(rand() * 4);
      const cap = 1 + Math.floor(rand() * 30);
      const f = q % 4 === 0 ? filter : undefined;
      const simple = simplePaths(g, a, b, hops, cap, f);
      assert.deepEqual(simple, plainSimple(g, a, b, hops, cap, f), `simple ${a} -> ${b}`);
      const bfs = plainBfs(g, a, hops, f);
      const want = bfs.order.filter((v) => v !== a && listed[v]).slice(0, cap);
      assert.deepEqual(
        pathsToListed(g, a, listed, hops, cap, f),
        want.map((v) => bfs.pathTo(v)),
        `listed from ${a}`,
      );
      if (simple.length > 1) nonEmpty++;
    }
  }
  assert.ok(nonEmpty > 20, `several paths found in ${nonEmpty} queries`);
});
