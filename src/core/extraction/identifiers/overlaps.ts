/**
 * One span per stretch of text. Several extractors may claim the same characters (a 10-digit
 * run read as an INN and as a phone, a BIC inside an IBAN's neighbourhood): the more certain
 * wins, then the longer, then the earlier.
 */
import type { Extracted } from '../types.js';

function better(a: Extracted, b: Extracted): number {
  return b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

/** Spans without overlaps, in text order. */
export function removeOverlaps(spans: readonly Extracted[]): Extracted[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Extracted[] = [];
  // Clusters of spans that overlap one another transitively are settled on their own.
  let cluster: Extracted[] = [];
  let clusterEnd = -1;
  const settle = () => {
    const chosen: Extracted[] = [];
    for (const s of cluster.sort(better)) {
      if (chosen.every((c) => s.end <= c.start || s.start >= c.end)) chosen.push(s);
    }
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    cluster = [];
  };
  for (const s of sorted) {
    if (s.start >= clusterEnd && cluster.length > 0) settle();
    cluster.push(s);
    clusterEnd = Math.max(clusterEnd, s.end);
  }
  if (cluster.length > 0) settle();
  return kept;
}
