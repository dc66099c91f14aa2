/**
 * Match options with the defaults every front end starts from (yente's): five results, a match
 * from 0.7, the best algorithm, every dataset, no filter. Benchmarks and tests name only what
 * they change.
 */
import type { MatchOptions } from './types.js';

export function matchOptionsWith(overrides: Partial<MatchOptions> = {}): MatchOptions {
  return {
    limit: 5,
    threshold: 0.7,
    algorithm: 'best',
    datasets: null,
    excludeSchemata: new Set(),
    topics: new Set(),
    changedSince: null,
    excludeEntityIds: new Set(),
    ...overrides,
  };
}
