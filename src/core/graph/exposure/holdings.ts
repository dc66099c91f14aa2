/**
 * Holdings: one per (owner, owned) pair, folded from the ownership edges. Two sources asserting a
 * holding are two edges (the store keeps conflicting claims side by side); adding them would count
 * one stake twice, so they fold into one holding whose bounds span both claims: 30% and 40% from two
 * sources give 30-40%. A share not known at all is 0-100 and flagged unknown, never 0.
 */
import type { CsrGraph } from '../csr.js';

export interface Holdings {
  /** The holdings of owner i are `target[offsets[i]..offsets[i+1])`. */
  offsets: Uint32Array;
  target: Uint32Array;
  low: Float64Array;
  high: Float64Array;
  /** 1 when one of the claims gives no share or range at all. */
  unknown: Uint8Array;
}

/** An edge's bounds in percent: an exact share, a range with open ends filled, or 0-100. */
export function edgeBounds(graph: CsrGraph, edge: number): [number, number, boolean] {
  const share = graph.share[edge]!;
  if (!Number.isNaN(share)) return [clamp(share), clamp(share), false];
  const range = graph.ranges.get(edge);
  if (!range) return [0, 100, true];
  const low = Number.isNaN(range[0]) ? 0 : clamp(range[0]);
  const high = Number.isNaN(range[1]) ? 100 : clamp(range[1]);
  return [Math.min(low, high), Math.max(low, high), false];
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));

export function foldHoldings(graph: CsrGraph, ownership: Uint8Array): Holdings {
  const n = graph.nodeCount;
  const out = graph.out;
  const offsets = new Uint32Array(n + 1);
  const target = new Uint32Array(graph.edgeCount);
  const low = new Float64Array(graph.edgeCount);
  const high = new Float64Array(graph.edgeCount);
  const unknown = new Uint8Array(graph.edgeCount);
  // seen[v] = u + 1 while owner u is read: the slot of its holding in v is slotOf[v].
  const seen = new Uint32Array(n);
  const slotOf = new Uint32Array(n);
  let count = 0;
  for (let u = 0; u < n; u++) {
    offsets[u] = count;
    for (let s = out.offsets[u]!; s < out.offsets[u + 1]!; s++) {
      const edge = out.edges[s]!;
      const v = out.nodes[s]!;
      // A company's holding of its own shares gives no one else a stake.
      if (!ownership[edge] || v === u) continue;
      // Exact shares, nearly all of them, are read in place; edgeBounds allocates a tuple.
      const exact = graph.share[edge]!;
      let lo = exact;
      let hi = exact;
      let unk = false;
      if (Number.isNaN(exact)) [lo, hi, unk] = edgeBounds(graph, edge);
      else lo = hi = clamp(exact);
      if (seen[v] === u + 1) {
        const slot = slotOf[v]!;
        low[slot] = Math.min(low[slot]!, lo);
        high[slot] = Math.max(high[slot]!, hi);
        if (unk) unknown[slot] = 1;
        continue;
      }
      seen[v] = u + 1;
      slotOf[v] = count;
      target[count] = v;
      low[count] = lo;
      high[count] = hi;
      unknown[count] = unk ? 1 : 0;
      count++;
    }
  }
  offsets[n] = count;
  return {
    offsets,
    target: target.subarray(0, count),
    low: low.subarray(0, count),
    high: high.subarray(0, count),
    unknown: unknown.subarray(0, count),
  };
}
