import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCsr, type CsrEdgeInput, csrFromColumns, neighboursOf } from './index.js';

const own = (source: string, target: string, percentage: number | null = null): CsrEdgeInput => ({
  source,
  target,
  type: 'ownership',
  percentage,
});

const ids = (g: Awaited<ReturnType<typeof buildCsr>>, pairs: Iterable<[number, number]>) =>
  [...pairs].map(([node, edge]) => `${g.nodeIds[node]}#${edge}`);

test('both directions list each node neighbours with their edge numbers, in edge order', async () => {
  const nodes = ['x', 'a', 'b', 'c'].map((id) => ({ id }));
  const edges = [
    own('x', 'a', 50),
    own('x', 'b', 10),
    own('a', 'b', 40),
    { source: 'c', target: 'x', type: 'directorship' },
    { ...own('b', 'c'), percentageLow: 25, percentageHigh: 50 },
  ];
  const g = await buildCsr(nodes, edges);
  assert.deepEqual([g.nodeCount, g.edgeCount], [4, 5]);
  assert.deepEqual(ids(g, neighboursOf(g.out, g.indexOf('x'))), ['a#0', 'b#1']);
  assert.deepEqual(ids(g, neighboursOf(g.in, g.indexOf('b'))), ['x#1', 'a#2']);
  assert.deepEqual(ids(g, neighboursOf(g.in, g.indexOf('x'))), ['c#3']);
  assert.deepEqual(ids(g, neighboursOf(g.out, g.indexOf('c'))), ['x#3']);
  assert.deepEqual(g.types, ['ownership', 'directorship']);
  assert.deepEqual([...g.edgeType], [0, 0, 0, 1, 0]);
  assert.equal(g.share[0], 50);
  assert.ok(Number.isNaN(g.share[3]!), 'an unknown share is NaN, never 0');
  assert.deepEqual([...g.ranges], [[4, [25, 50]]]);
  assert.equal(g.indexOf('nobody'), -1);
});

test('async streams of many edges build the same arrays', async () => {
  const n = 3000;
  async function* nodes() {
    for (let i = 0; i < n; i++) yield { id: `n${i}` };
  }
  async function* edges() {
    for (let i = 1; i < n; i++) yield own(`n${i - 1}`, `n${i}`, i % 101);
    for (let i = 2; i < n; i += 2) yield own('n0', `n${i}`, 1);
  }
  const g = await buildCsr(nodes(), edges());
  assert.equal(g.edgeCount, n - 1 + Math.floor((n - 1) / 2));
  assert.equal(g.out.offsets[n], g.edgeCount);
  assert.equal(g.in.offsets[n], g.edgeCount);
  assert.equal([...neighboursOf(g.out, 0)].length, 1 + Math.floor((n - 1) / 2));
  assert.deepEqual(ids(g, neighboursOf(g.in, g.indexOf('n2'))), ['n1#1', `n0#${n - 1}`]);
  assert.equal(g.share[1500], 1501 % 101);
});

test('an edge to a node not given, or a node given twice, is refused', async () => {
  await assert.rejects(buildCsr([{ id: 'a' }], [own('a', 'b')]), /not given/);
  await assert.rejects(buildCsr([{ id: 'a' }, { id: 'a' }], []), /twice/);
  const empty = await buildCsr([], []);
  assert.deepEqual([empty.nodeCount, empty.edgeCount, [...empty.out.offsets]], [0, 0, [0]]);
});

test('columns of node numbers build the same graph as edge records with ids', async () => {
  const nodes = ['x', 'a', 'b', 'c'].map((id) => ({ id }));
  const edges = [own('x', 'a', 50), own('a', 'b'), own('b', 'c', 20), own('x', 'c', 5)];
  edges[1] = { ...edges[1]!, percentageLow: 25, percentageHigh: 50 };
  const records = await buildCsr(nodes, edges);
  const columns = csrFromColumns({
    nodeIds: ['x', 'a', 'b', 'c'],
    source: Uint32Array.of(0, 1, 2, 0),
    target: Uint32Array.of(1, 2, 3, 3),
    types: ['ownership'],
    share: Float64Array.of(50, Number.NaN, 20, 5),
    ranges: new Map([[1, [25, 50] as const]]),
  });
  for (const key of [
    'nodeCount',
    'edgeCount',
    'types',
    'edgeType',
    'share',
    'ranges',
    'out',
    'in',
  ]) {
    assert.deepEqual(
      columns[key as keyof typeof columns],
      records[key as keyof typeof records],
      key,
    );
  }
  assert.equal(columns.indexOf('c'), 3);
  assert.equal(columns.indexOf('nope'), -1);
  assert.throws(
    () =>
      csrFromColumns({
        ...columns,
        source: Uint32Array.of(0),
        target: Uint32Array.of(9),
        share: Float64Array.of(1),
      }),
    /out of range/,
  );
  assert.throws(
    () =>
      csrFromColumns({
        nodeIds: ['a', 'a'],
        source: new Uint32Array(0),
        target: new Uint32Array(0),
        types: [],
        share: new Float64Array(0),
      }),
    /twice/,
  );
});
