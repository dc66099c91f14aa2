/**
 * The aggregate rule (OFAC FAQs 398-401; EU best practices of July 2024) as a least fixed point:
 * start from the listed parties, and whenever the holdings of blocked owners in an entity add up to
 * 50% or more, block it and let its own holdings count in turn. Shares are added per owner and never
 * multiplied along a chain (FAQ 401 example 1: X 50% of A, A 50% of B, so X owns 50% of B), and an
 * entity that never reaches the threshold passes nothing on (example 4). Each node enters the
 * worklist once and each holding is read once, so the pass is linear, and a cycle cannot block
 * itself: only holdings of owners already blocked are ever added.
 */
import type { CsrGraph } from '../csr.js';
import type { Holdings } from './holdings.js';

/** Percent: shares given with two decimals, added in floating point, must not miss 50 by a hair. */
export const EPSILON = 1e-9;
export const AGGREGATE_THRESHOLD = 50;

export interface FixedPoint {
  /** 1 for blocked nodes (listed ones included). */
  blocked: Uint8Array;
  /** 1 for nodes blocked through control rather than holdings. */
  viaControl: Uint8Array;
  /** Per node: the sum of the holdings of blocked owners, at the chosen bound. */
  sum: Float64Array;
  /** Per node: 1 when a holding with no share known, from a blocked owner, was added. */
  unknown: Uint8Array;
}

export interface FixedPointOptions {
  bound: 'low' | 'high';
  /** Per edge: control edges also block their target (EU "controlled"); none when absent. */
  control?: Uint8Array;
}

export function aggregateFixedPoint(
  graph: CsrGraph,
  holdings: Holdings,
  listed: Uint8Array,
  options: FixedPointOptions,
): FixedPoint {
  const n = graph.nodeCount;
  const shares = options.bound === 'low' ? holdings.low : holdings.high;
  const blocked = Uint8Array.from(listed.subarray(0, n));
  const viaControl = new Uint8Array(n);
  const sum = new Float64Array(n);
  const unknown = new Uint8Array(n);
  const queue = new Uint32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (blocked[i]) queue[tail++] = i;
  const { control } = options;
  while (head < tail) {
    const u = queue[head++]!;
    for (let h = holdings.offsets[u]!; h < holdings.offsets[u + 1]!; h++) {
      const v = holdings.target[h]!;
      sum[v]! += shares[h]!;
      if (holdings.unknown[h]) unknown[v] = 1;
      if (!blocked[v] && sum[v]! >= AGGREGATE_THRESHOLD - EPSILON) {
        blocked[v] = 1;
        queue[tail++] = v;
      }
    }
    if (!control) continue;
    for (let s = graph.out.offsets[u]!; s < graph.out.offsets[u + 1]!; s++) {
      const v = graph.out.nodes[s]!;
      if (!control[graph.out.edges[s]!] || blocked[v]) continue;
      blocked[v] = 1;
      viaControl[v] = 1;
      queue[tail++] = v;
    }
  }
  return { blocked, viaControl, sum, unknown };
}
