/**
 * Posting lists held in typed arrays: key `k` has `values[offsets[k]..offsets[k+1]]`. This is how
 * a snapshot holds them, so that loading one reads the lists in place (from a file's bytes, or
 * from memory shared with worker threads) instead of rebuilding a Map of arrays.
 */
import type { EntryTable } from './entry-table.js';

/** Key → the slots or entities that have it: a Map when built, typed arrays when loaded. */
export interface PostingLists {
  get(key: string): Int32Array | readonly number[] | undefined;
}

/** What an index is made of once finished: what a snapshot holds (see snapshot.ts). */
export interface IndexParts {
  entries: EntryTable;
  /** Name key → the slots (one per name form of each entity) that have it. */
  postings: PostingLists;
  /** Identifier key → the entities that have it. */
  identifiers: PostingLists;
  /** Slot → its entity's ordinal, and the length of its key vector. */
  slotEntity: Int32Array;
  slotNorm: Float64Array;
}

export class FrozenPostings implements PostingLists {
  private readonly slots = new Map<string, number>();

  constructor(
    readonly keys: readonly string[],
    readonly offsets: Int32Array,
    readonly values: Int32Array,
  ) {
    // Only the key → position lookup is made per process: 67,000 keys take a few milliseconds.
    for (let k = 0; k < keys.length; k++) this.slots.set(keys[k]!, k);
  }

  get(key: string): Int32Array | undefined {
    const k = this.slots.get(key);
    return k === undefined
      ? undefined
      : this.values.subarray(this.offsets[k]!, this.offsets[k + 1]!);
  }

  /** The lists of a Map (an index built in memory), or of frozen lists as they are. */
  static of(lists: PostingLists): FrozenPostings {
    if (lists instanceof FrozenPostings) return lists;
    if (!(lists instanceof Map)) throw new Error('posting lists must be a Map or FrozenPostings');
    const map = lists as Map<string, readonly number[]>;
    const keys = [...map.keys()];
    const offsets = new Int32Array(keys.length + 1);
    let total = 0;
    for (let k = 0; k < keys.length; k++) {
      offsets[k] = total;
      total += map.get(keys[k]!)!.length;
    }
    offsets[keys.length] = total;
    const values = new Int32Array(total);
    for (let k = 0; k < keys.length; k++) values.set(map.get(keys[k]!)!, offsets[k]!);
    return new FrozenPostings(keys, offsets, values);
  }
}
