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
import { digestCache, type FoundHit, foundHits } from '../../core/screening/index.js';

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

/**
 * How long matching in this thread may hold the event loop before it lets other work run: a
 * server keeps answering requests while one of its jobs screens a file.
 */
const SLICE_MS = 2;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

export function inThreadMatcher(matcher: Matcher, options: MatchOptions): RowMatcher {
  const digest = digestCache();
  let sliceStart = performance.now();
  return {
    parallel: 1,
    async matchAll(examples) {
      const results: Matched[] = [];
      for (const example of examples) {
        if (performance.now() - sliceStart > SLICE_MS) {
          await nextTurn();
          sliceStart = performance.now();
        }
        results.push(matchOne(matcher, options, example, digest));
      }
      return results;
    },
    async close() {},
  };
}
