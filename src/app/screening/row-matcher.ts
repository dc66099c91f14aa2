/**
 * Matching a chunk of examples at a time, in this thread or in worker threads: the loops hand
 * over chunks and get each example's hits back in order, whichever does the work.
 */
import {
  type EntityExample,
  type Matcher,
  MatchInputError,
  type MatchOptions,
} from '../../core/matching/index.js';
import { digestCache, type FoundHit, foundHits } from '../../screening/hits.js';

/** An example's hits, or why it could not be matched (a caller's mistake in the row). */
export type Matched = { hits: FoundHit[] } | { problem: string };

export interface RowMatcher {
  matchAll(examples: readonly EntityExample[]): Promise<Matched[]>;
  /** How many chunks to keep in flight: enough to keep every worker busy. */
  readonly parallel: number;
  close(): Promise<void>;
}

/** Match one example, with its mistakes as a problem rather than an exception. */
export function matchOne(
  matcher: Matcher,
  options: MatchOptions,
  example: EntityExample,
  digest: ReturnType<typeof digestCache>,
): Matched {
  try {
    return { hits: foundHits(matcher.match(example, options), digest) };
  } catch (error) {
    if (error instanceof MatchInputError) return { problem: error.message };
    throw error;
  }
}

export function inThreadMatcher(matcher: Matcher, options: MatchOptions): RowMatcher {
  const digest = digestCache();
  return {
    parallel: 1,
    async matchAll(examples) {
      return examples.map((example) => matchOne(matcher, options, example, digest));
    },
    async close() {},
  };
}
