/**
 * The in-memory candidate index: for each key (a name token, a token's phonetic code, a token
 * prefix, a joined name, an identifier) the entities that have it. A query collects the entities
 * sharing its keys, weighted by how rare each key is, and only the best few are scored in full.
 * No query ever compares against every name.
 */
import type { FtmEntity } from '../model/index.js';
import type { PreparedEntity } from './prepare.js';

export interface IndexedEntity {
  entity: FtmEntity;
  prepared: PreparedEntity;
  topics: ReadonlySet<string>;
}

/** Keys shared by more than this share of all entities say nothing ("company", "al"). */
const MAX_KEY_SHARE = 0.05;

export interface KeyOptions {
  /** A phonetic code for a Latin token, if the caller has one. */
  phonetic?: (token: string) => string;
}

/** The keys an entity is found by. Weak aliases count too: they are how lists write nicknames. */
export function entityKeys(p: PreparedEntity, options: KeyOptions = {}): Set<string> {
  const keys = new Set<string>();
  for (const form of [...p.names, ...p.weakNames]) {
    keys.add(`c:${form.compact}`);
    for (const token of form.tokens) {
      keys.add(`t:${token}`);
      if (token.length >= 5) keys.add(`x:${token.slice(0, 4)}`);
      if (token.length >= 3 && options.phonetic) keys.add(`p:${options.phonetic(token)}`);
    }
  }
  for (const id of p.identifiers) keys.add(`i:${id.key}`);
  return keys;
}

export class CandidateIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly scores: Float64Array;

  constructor(
    readonly entries: readonly IndexedEntity[],
    private readonly options: KeyOptions = {},
  ) {
    entries.forEach((entry, ordinal) => {
      for (const key of entityKeys(entry.prepared, options)) {
        let list = this.postings.get(key);
        if (!list) {
          list = [];
          this.postings.set(key, list);
        }
        list.push(ordinal);
      }
    });
    this.scores = new Float64Array(entries.length);
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * The ordinals of the `max` entities sharing the most (and rarest) keys with the query, among
   * those `accept` lets through. Identifiers weigh most: one shared identifier outranks names.
   */
  candidates(query: PreparedEntity, max: number, accept: (ordinal: number) => boolean): number[] {
    const n = this.entries.length;
    const cap = Math.max(50, n * MAX_KEY_SHARE);
    const touched: number[] = [];
    const scores = this.scores;
    for (const key of entityKeys(query, this.options)) {
      const list = this.postings.get(key);
      if (!list || list.length > cap) continue;
      const boost = key.startsWith('i:')
        ? 8
        : key.startsWith('c:')
          ? 3
          : key.startsWith('t:')
            ? 1
            : 0.5;
      const weight = boost * Math.log(1 + n / list.length);
      for (const ordinal of list) {
        if (scores[ordinal] === 0) touched.push(ordinal);
        scores[ordinal] = scores[ordinal]! + weight;
      }
    }
    const best = topAccepted(touched, scores, max, accept);
    // Reset only what was touched: the scratch array is reused by the next query.
    for (const ordinal of touched) scores[ordinal] = 0;
    return best;
  }
}

/**
 * The `max` best-scoring ordinals that `accept` lets through, best first. Filters run only on
 * ordinals that could still make the cut, which keeps frequent tokens cheap.
 */
function topAccepted(
  touched: number[],
  scores: Float64Array,
  max: number,
  accept: (ordinal: number) => boolean,
): number[] {
  const kept: number[] = [];
  let floor = -1;
  for (const ordinal of touched) {
    const score = scores[ordinal]!;
    if (kept.length >= max && score <= floor) continue;
    if (!accept(ordinal)) continue;
    kept.push(ordinal);
    if (kept.length > max * 2) {
      // Trim now and then rather than keeping a heap: simpler, and as fast at these sizes.
      kept.sort((a, b) => scores[b]! - scores[a]!);
      kept.length = max;
      floor = scores[kept[max - 1]!]!;
    }
  }
  kept.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return kept.slice(0, max);
}
