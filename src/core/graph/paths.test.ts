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
