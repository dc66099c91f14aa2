import assert from 'node:assert/strict';
import { test } from 'node:test';
import { letterCostGap, letterMask } from './letter-masks.js';
import { weightedDistance } from './similarity.js';

const gap = (a: string, b: string) => letterCostGap(letterMask(a), letterMask(b));

test('the letter-cost gap prices each missing letter at its cheapest edit', () => {
  // l has no cheaper partner: replacing it is a full edit, which the gap knows.
  assert.equal(gap('marlin', 'martin'), 1);
  assert.equal(weightedDistance('marlin', 'marlin'.replace('l', 't'), 5), 1);
  // An h costs 0.4 and a vowel 0.5 at the cheapest.
  assert.equal(gap('khan', 'kan'), 0.4);
  assert.equal(gap('ivan', 'ivn'), 0.5);
  assert.equal(gap('ivan', 'ivanna'), 0);
  assert.equal(gap('pavel', 'pavol'), 0.5);
  // Far tighter than counting every letter at 0.4: four full edits against 1.6.
  assert.equal(gap('lmnr', 'abcd'), 4);
  assert.ok(gap('lmnr', 'abcd') > 4 * 0.4);
});

test('the letter-cost gap never exceeds the weighted edit distance', () => {
  // Random words and random edits of them, from letters the lists use, with a fixed seed.
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789-';
  const word = (n: number) =>
    Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
  const mutate = (w: string) => {
    let out = w;
    for (let edits = Math.floor(random() * 4); edits > 0; edits--) {
      const at = Math.floor(random() * (out.length + 1));
      const kind = random();
      const letter = word(1);
      if (kind < 0.33) out = out.slice(0, at) + letter + out.slice(at);
      else if (kind < 0.66) out = out.slice(0, at) + out.slice(at + 1);
      else out = out.slice(0, at) + letter + out.slice(at + 1);
    }
    return out;
  };
  for (let k = 0; k < 20_000; k++) {
    const a = word(2 + Math.floor(random() * 10));
    const b = random() < 0.5 ? mutate(a) : word(2 + Math.floor(random() * 10));
    const distance = weightedDistance(a, b, Number.POSITIVE_INFINITY);
    assert.ok(gap(a, b) <= distance + 1e-9, `${a} / ${b}: gap ${gap(a, b)} > ${distance}`);
  }
});
