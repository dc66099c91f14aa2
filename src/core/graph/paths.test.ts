import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCsr, type CsrGraph, pathsToListed, shortestPath, simplePaths } from './index.js';

async function graphOf(lines: string[]) {
  const ids = new Set<string>();
  const edges = lines.map((line) => {
    const [source, target, type = 'ownership'] = line.split(/[>:]/) as [string, string, string?];
    ids.add(source);
    ids.add(target);
    return { source, target, type };
  });
  return buildCsr(
    [...ids].sort().map((id) => ({ id })),
    edges,
  );
}

const names = (g: CsrGraph, path: { nodes: number[] } | null) =>
  path ? path.nodes.map((i) => g.nodeIds[i]).join('-') : null;

test('the shortest path walks edges either way and respects the hop limit', async () => {
  const g = await graphOf(['a>b', 'c>b', 'c>d', 'a>x', 'x>y', 'y>d']);
  const path = shortestPath(g, g.indexOf('a'), g.indexOf('d'), 3);
  assert.equal(names(g, path), 'a-b-c-d');
  assert.deepEqual(path!.edges, [0, 1, 2]);
  assert.equal(shortestPath(g, g.indexOf('a'), g.indexOf('d'), 2), null);
});

test('all simple paths up to N hops, shortest first, without revisiting a node', async () => {
  const g = await graphOf(['a>b', 'b>d', 'a>c', 'c>d', 'a>d', 'd>a', 'b>c']);
  const paths = simplePaths(g, g.indexOf('a'), g.indexOf('d'), 3, 100);
  const found = paths.map((p) => names(g, p));
  assert.deepEqual(found.slice(0, 2), ['a-d', 'a-d'], 'two edges, two paths');
  assert.deepEqual(found.slice(2, 4).sort(), ['a-b-d', 'a-c-d']);
  assert.deepEqual(found.slice(4).sort(), ['a-b-c-d', 'a-c-b-d']);
  assert.equal(simplePaths(g, g.indexOf('a'), g.indexOf('d'), 1, 100).length, 2);
  assert.equal(simplePaths(g, g.indexOf('a'), g.indexOf('d'), 3, 3).length, 3, 'capped');
});

test('paths to listed parties: the nearest of each, within the hops, filtered by edge type', async () => {
  const g = await graphOf(['x>a', 'a>b', 'b>c:family', 'y>c', 'z>y']);
  const listed = Uint8Array.from(g.nodeIds, (id) => (['x', 'y', 'z'].includes(id) ? 1 : 0));
  const from = g.indexOf('b');
  assert.deepEqual(
    pathsToListed(g, from, listed, 2, 10)
      .map((p) => names(g, p))
      .sort(),
    ['b-a-x', 'b-c-y'],
  );
  assert.deepEqual(
    pathsToListed(g, from, listed, 3, 10).map((p) => names(g, p)!.length),
    [5, 5, 7],
    'nearest first: z is three hops away',
  );
  const ownershipOnly = Uint8Array.from(g.edgeType, (code) =>
    g.types[code] === 'ownership' ? 1 : 0,
  );
  assert.deepEqual(
    pathsToListed(g, from, listed, 4, 10, ownershipOnly).map((p) => names(g, p)),
    ['b-a-x'],
  );
});

test('queries in a row on one graph (pooled buffers) give what fresh buffers give', async () => {
  // A seeded random graph with several components, so that searches reach different node sets and
  // an entry a previous search left behind would show up as a wrong distance or parent.
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const lines: string[] = [];
  for (let i = 0; i < 240; i++) {
    const a = Math.floor(rand() * 120);
    const b = (a + 1 + Math.floor(rand() * 10)) % 120;
    lines.push(`n${a}>n${b}${i % 5 === 0 ? ':family' : ''}`);
  }
  const shared = await graphOf(lines);
  const listed = Uint8Array.from(shared.nodeIds, (_, i) => (i % 9 === 0 ? 1 : 0));
  const queries: [string, number, number][] = [];
  for (let q = 0; q < 40; q++) {
    const kind = ['shortest', 'simple', 'listed'][q % 3]!;
    queries.push([
      kind,
      Math.floor(rand() * shared.nodeCount),
      Math.floor(rand() * shared.nodeCount),
    ]);
  }
  const run = (g: CsrGraph, [kind, a, b]: [string, number, number]) => {
    const hops = 2 + (a % 3);
    if (kind === 'shortest') return shortestPath(g, a, b, hops);
    if (kind === 'simple') return simplePaths(g, a, b, hops, 20);
    return pathsToListed(g, a, listed, hops, 5);
  };
  let nonEmpty = 0;
  for (const query of queries) {
    const pooled = run(shared, query);
    // A graph built afresh has no pool, so its search starts from newly allocated arrays.
    const fresh = run(await graphOf(lines), query);
    assert.deepEqual(pooled, fresh, `query ${query.join(' ')}`);
    if (pooled && (!Array.isArray(pooled) || pooled.length > 0)) nonEmpty++;
  }
  assert.ok(nonEmpty > 10, 'the queries find paths');
});
