import type { Extracted } from './types.js';

/**
 * Spans in text order with overlaps resolved: where two readings overlap, the one that starts
 * first wins, and of two starting together the longer ("1 200 000 (один миллион) юаней" over
 * "1 200 000").
 */
export function keepLongest(spans: Extracted[]): Extracted[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Extracted[] = [];
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (last === undefined || span.start >= last.end) kept.push(span);
  }
  return kept;
}
