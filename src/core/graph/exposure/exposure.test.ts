import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCsr, type CsrEdgeInput } from '../index.js';
import {
  chainsTo,
  computeExposure,
  type ExposureResult,
  findingOf,
  type Jurisdiction,
} from './index.js';

/**
 * A network written as `X>A 50` (X holds 50% of A), `X>A 25-50` (a range), `X>A ?` (share unknown),
 * `X>A 30 j1` (held jointly, group 1) and `X~A` (X appoints A's board); listed parties are named.
 */
async function network(listed: string[], lines: string[]) {
  const edges: (CsrEdgeInput & { control: boolean; group: number })[] = [];
  const ids = new Set(listed);
  for (const line of lines) {
    const control = line.match(/^(\w+)~(\w+)$/);
    const own = line.match(/^(\w+)>(\w+) (\?|[\d.]+)(?:-([\d.]+))?(?: j(\d+))?$/);
    if (!control && !own) throw new Error(`bad line ${line}`);
    const [source, target] = control ? [control[1]!, control[2]!] : [own![1]!, own![2]!];
    ids.add(source);
    ids.add(target);
    if (control) {
      edges.push({ source, target, type: 'directorship', control: true, group: -1 });
      continue;
    }
    const [, , , a, b, group] = own!;
    const exact = a !== '?' && b === undefined ? Number(a) : null;
    edges.push({
      source,
      target,
      type: 'ownership',
      percentage: exact,
      percentageLow: b !== undefined ? Number(a) : null,
      percentageHigh: b !== undefined ? Number(b) : null,
      control: false,
      group: group === undefined ? -1 : Number(group),
    });
  }
  const graph = await buildCsr(
    [...ids].map((id) => ({ id })),
    edges,
  );
  const result = computeExposure({
    graph,
    listed: Uint8Array.from(graph.nodeIds, (id) => (listed.includes(id) ? 1 : 0)),
    ownership: Uint8Array.from(edges, (e) => (e.type === 'ownership' ? 1 : 0)),
    control: Uint8Array.from(edges, (e) => (e.control ? 1 : 0)),
    jointGroup: Int32Array.from(edges, (e) => e.group),
  });
  return { graph, result, edges };
}

type Net = Awaited<ReturnType<typeof network>>;

const exposed = (net: Net, id: string, j: Jurisdiction) =>
  findingOf(net.result, net.graph.indexOf(id), j).exposed;

/** The nodes exposed through ownership or control (listed parties left out), in name order. */
function blocked(result: ExposureResult, j: Jurisdiction, ids: readonly string[]) {
  return ids
    .filter((_, i) => {
      const f = findingOf(result, i, j);
      return !f.listed && (f.exposed === true || f.controlled);
    })
    .sort();
}

const all = (net: Net, j: Jurisdiction) => blocked(net.result, j, net.graph.nodeIds);

test('OFAC FAQ 401 example 1: X 50% of A, A 50% of B blocks both; shares are not multiplied', async () => {
  const net = await network(['X'], ['X>A 50', 'A>B 50']);
  assert.deepEqual(all(net, 'us'), ['A', 'B']);
  assert.deepEqual(all(net, 'eu'), ['A', 'B']);
  assert.deepEqual(all(net, 'uk'), [], 'UK: exactly 50% is not more than half');
  const b = findingOf(net.result, net.graph.indexOf('B'), 'us');
  assert.equal(b.share, 50, 'X owns, indirectly, 50% of B (not 25%)');
  const chain = chainsTo(net.result, net.graph.indexOf('B'), 'us');
  const edgeIds = chain.map((c) =>
    c.edges.map((e) => `${net.edges[e]!.source}>${net.edges[e]!.target}`),
  );
  assert.deepEqual(edgeIds, [['X>A', 'A>B']]);
});

test('OFAC FAQ 401 example 2: two 50%-owned vehicles with 25% each block C', async () => {
  const net = await network(['X'], ['X>A 50', 'X>B 50', 'A>C 25', 'B>C 25']);
  assert.deepEqual(all(net, 'us'), ['A', 'B', 'C']);
  const c = net.graph.indexOf('C');
  assert.equal(findingOf(net.result, c, 'us').share, 50);
  assert.equal(chainsTo(net.result, c, 'us').length, 2, 'one chain through each vehicle');
});

test('OFAC FAQ 401 example 3: X 10% of B directly and 40% through A (50% owned) blocks B', async () => {
  const net = await network(['X'], ['X>A 50', 'X>B 10', 'A>B 40']);
  assert.deepEqual(all(net, 'us'), ['A', 'B']);
  assert.equal(findingOf(net.result, net.graph.indexOf('B'), 'us').share, 50);
  assert.deepEqual(all(net, 'uk'), []);
});

test('OFAC FAQ 401 example 4: vehicles owned 25% pass nothing on, C is not blocked', async () => {
  const net = await network(['X'], ['X>A 25', 'X>B 25', 'A>C 50', 'B>C 50']);
  assert.deepEqual(all(net, 'us'), []);
  const c = findingOf(net.result, net.graph.indexOf('C'), 'us');
  assert.equal(c.exposed, false);
  assert.equal(c.share, 0);
});

test('exactly 50% blocks under US and EU, not UK; 49.99% blocks nowhere; 50.01% everywhere', async () => {
  const net = await network(['X', 'Y', 'Z'], ['X>C 50', 'Y>D 49.99', 'Z>E 50.01']);
  for (const [id, us, uk] of [
    ['C', true, false],
    ['D', false, false],
    ['E', true, true],
  ] as const) {
    assert.equal(exposed(net, id, 'us'), us, `${id} us`);
    assert.equal(exposed(net, id, 'eu'), us, `${id} eu`);
    assert.equal(exposed(net, id, 'uk'), uk, `${id} uk`);
  }
});

test('two listed owners of 25% each: aggregated in the US and EU, not in the UK', async () => {
  const net = await network(['X', 'Y'], ['X>C 25', 'Y>C 25']);
  assert.equal(exposed(net, 'C', 'us'), true);
  assert.equal(exposed(net, 'C', 'eu'), true);
  assert.equal(exposed(net, 'C', 'uk'), false);
  assert.equal(
    findingOf(net.result, net.graph.indexOf('C'), 'uk').share,
    25,
    'largest single holding',
  );
});

test('UK: holdings held jointly or by arrangement are added and count for each member', async () => {
  const net = await network(['X', 'Y'], ['X>C 30 j1', 'Y>C 30 j1', 'X>D 30', 'Y>D 30']);
  assert.equal(exposed(net, 'C', 'uk'), true);
  assert.equal(exposed(net, 'D', 'uk'), false);
});

test('UK: chains run through majority stakes and add what the person holds directly', async () => {
  const net = await network(['X'], ['X>A 60', 'A>B 60', 'X>C 30', 'A>C 30']);
  assert.deepEqual(all(net, 'uk'), ['A', 'B', 'C']);
  const shallow = await network(['X'], ['X>A 50', 'A>B 60']);
  assert.deepEqual(all(shallow, 'uk'), [], 'A is not more than half owned, so B is not either');
});

test('an intermediary owned 45% passes nothing on, even holding 100% below', async () => {
  const net = await network(['X'], ['X>C 30', 'X>A 45', 'A>C 100']);
  assert.deepEqual(all(net, 'us'), []);
  assert.equal(findingOf(net.result, net.graph.indexOf('C'), 'us').share, 30);
  const chains = chainsTo(net.result, net.graph.indexOf('C'), 'us');
  assert.equal(chains.length, 1, 'only the direct 30% counts');
});

test('a cycle does not block itself: the least fixed point', async () => {
  const net = await network(['X'], ['X>A 40', 'B>A 60', 'A>B 60']);
  assert.deepEqual(all(net, 'us'), []);
  assert.deepEqual(all(net, 'uk'), []);
  // Once the cycle is entered it is held: A blocked, then B, and B's stake adds to A's share.
  const entered = await network(['X'], ['X>A 50', 'A>B 60', 'B>A 30']);
  assert.deepEqual(all(entered, 'us'), ['A', 'B']);
  assert.equal(findingOf(entered.result, entered.graph.indexOf('A'), 'us').share, 80);
  const chains = chainsTo(entered.result, entered.graph.indexOf('A'), 'us');
  assert.equal(chains.length, 1, 'chains are simple paths');
});

test('control without ownership: not under the US, a separate finding under the EU, exposure under the UK', async () => {
  const net = await network(['X'], ['X>C 10', 'X~C']);
  const c = net.graph.indexOf('C');
  assert.equal(exposed(net, 'C', 'us'), false);
  assert.equal(findingOf(net.result, c, 'us').controlled, false);
  const eu = findingOf(net.result, c, 'eu');
  assert.deepEqual([eu.exposed, eu.controlled], [false, true]);
  const uk = findingOf(net.result, c, 'uk');
  assert.deepEqual([uk.exposed, uk.controlled], [true, true]);
  assert.equal(chainsTo(net.result, c, 'us').length, 1, 'the US chain is the 10% holding');
  assert.equal(chainsTo(net.result, c, 'eu').length, 2);
});

test('a ranged share gives "possibly" with the bounds of the aggregate, a missing one "unknown"', async () => {
  const net = await network(['X', 'Y'], ['X>C 25-50', 'Y>C 10', 'X>D ?', 'X>E 60-70']);
  const c = findingOf(net.result, net.graph.indexOf('C'), 'us');
  assert.deepEqual(
    [c.exposed, c.status, c.share, c.range],
    [null, 'possibly', null, { low: 35, high: 60 }],
  );
  const d = findingOf(net.result, net.graph.indexOf('D'), 'us');
  assert.deepEqual([d.exposed, d.status, d.share], [null, 'unknown', null]);
  assert.equal(d.range.high, 100);
  const e = findingOf(net.result, net.graph.indexOf('E'), 'us');
  assert.deepEqual([e.exposed, e.share, e.range], [true, null, { low: 60, high: 70 }]);
  assert.equal(exposed(net, 'C', 'uk'), false, 'no single holder can exceed 50%');
  assert.equal(exposed(net, 'D', 'uk'), null);
});

test('two sources for one holding are one stake with the bounds of both, not twice the share', async () => {
  const net = await network(['X'], ['X>C 30', 'X>C 40']);
  const c = findingOf(net.result, net.graph.indexOf('C'), 'us');
  assert.deepEqual([c.exposed, c.range], [false, { low: 30, high: 40 }]);
  assert.equal(chainsTo(net.result, net.graph.indexOf('C'), 'us').length, 2, 'each source shown');
});
