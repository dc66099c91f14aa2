import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fullHoldingCycles } from './cycles.js';

const h = (key: string, source: string, target: string, percentage: number | null) => ({
  key,
  source,
  target,
  percentage,
});

test('every 100% holding on a cycle is found, and nothing else', () => {
  const found = fullHoldingCycles([
    h('ab', 'a', 'b', 100),
    h('bc', 'b', 'c', 100),
    h('ca', 'c', 'a', 100),
    h('cd', 'c', 'd', 100), // leaves the cycle
    h('xa', 'x', 'a', 100), // enters it
    h('de', 'd', 'e', 100),
    h('ed', 'e', 'd', 99), // closes a cycle, but not of whole holdings
    h('self', 's', 's', 100),
  ]);
  assert.deepEqual([...found].sort(), ['ab', 'bc', 'ca', 'self']);
});

test('a long chain of whole holdings is no cycle (and does not overflow the stack)', () => {
  const chain = Array.from({ length: 200_000 }, (_, i) => h(`e${i}`, `n${i}`, `n${i + 1}`, 100));
  assert.equal(fullHoldingCycles(chain).size, 0);
  chain.push(h('back', 'n200000', 'n0', 100));
  assert.equal(fullHoldingCycles(chain).size, 200_001);
});
