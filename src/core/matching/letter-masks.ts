/**
 * Letter masks: which letters a key has, as the bits of one number. Two keys whose letters
 * differ too much cannot be within the edit distance that a token pair needs, and comparing two
 * masks costs a few bit operations where the edit distance costs a table: most token pairs of a
 * query and its candidates are unlike, so the masks answer for most of them.
 */

import { LETTER_COSTS } from './similarity.js';

/** The set of letters of a key (letters share a bit by their code modulo 32, which is safe). */
export function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) mask |= 1 << (key.charCodeAt(i) & 31);
  return mask;
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * What the letters of a mask cost to edit away at the cheapest (see `LETTER_COSTS`), summed by
 * tables of its four bytes: the sum of each byte's letters is looked up rather than counted, as
 * every token pair of a query asks for it.
 */
const BYTE_COSTS: readonly Float64Array[] = [0, 8, 16, 24].map((shift) =>
  Float64Array.from({ length: 256 }, (_, byte) => {
    let cost = 0;
    for (const group of LETTER_COSTS) cost += group.cost * bitCount((byte << shift) & group.mask);
    return cost;
  }),
);
const [BYTE0, BYTE1, BYTE2, BYTE3] = BYTE_COSTS as [
  Float64Array,
  Float64Array,
  Float64Array,
  Float64Array,
];

function leastCostOf(mask: number): number {
  return (
    BYTE0[mask & 0xff]! +
    BYTE1[(mask >>> 8) & 0xff]! +
    BYTE2[(mask >>> 16) & 0xff]! +
    BYTE3[mask >>> 24]!
  );
}

/**
 * A lower bound on the weighted edit distance (similarity.ts) of two keys with letter masks `a`
 * and `b`: every letter one key has and the other lacks must be deleted or replaced, and one
 * edit deals with at most one such letter on each side, at no less than that letter's least cost.
 * Counting an l as a full edit and an h as 0.4 rules out far more unlike pairs than counting every
 * letter at the cheapest edit.
 */
export function letterCostGap(a: number, b: number): number {
  return Math.max(leastCostOf(a & ~b), leastCostOf(b & ~a));
}
