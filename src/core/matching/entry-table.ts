/**
 * The indexed entries, as the matcher reads them: whole entries for the few candidates a query
 * scores, and a few columns (ID, schema, datasets, topics, last change) that the filters read for
 * every entry. An index built in memory holds the entries themselves; one loaded from a snapshot
 * holds them encoded, in chunks decoded on first use, so that loading costs nothing per entry and
 * a one-off query decodes only the chunks of its candidates.
 */
import type { IndexedEntity } from './candidate-index.js';
import { revivePrepared } from './prepare.js';

/** What the filters read of every entry, one array per column, by ordinal. */
export interface EntryFacets {
  ids: string[];
  schemata: string[];
  datasets: string[][];
  topics: string[][];
  lastChange: (string | null)[];
}

export interface EntryTable {
  readonly length: number;
  /** The whole entry (decoded on first use where it is held encoded). */
  at(ordinal: number): IndexedEntity;
  readonly facets: EntryFacets;
}

export function facetsOf(entries: readonly IndexedEntity[]): EntryFacets {
  return {
    ids: entries.map((e) => e.entity.id),
    schemata: entries.map((e) => e.entity.schema),
    datasets: entries.map((e) => e.entity.datasets),
    topics: entries.map((e) => [...e.topics]),
    lastChange: entries.map((e) => e.entity.last_change ?? null),
  };
}

/** Entries held as they are: an index built in memory. */
export class ArrayEntries implements EntryTable {
  private cachedFacets: EntryFacets | null = null;

  constructor(readonly entries: readonly IndexedEntity[]) {}

  get length(): number {
    return this.entries.length;
  }

  at(ordinal: number): IndexedEntity {
    return this.entries[ordinal]!;
  }

  /** Worked out on first use: a builder may still be adding entries until the index is made. */
  get facets(): EntryFacets {
    this.cachedFacets ??= facetsOf(this.entries);
    return this.cachedFacets;
  }
}

/** Turns values into bytes and back (v8's structured serialisation, given by the caller). */
export interface Codec {
  encode(value: unknown): Uint8Array;
  decode(bytes: Uint8Array): unknown;
}

/**
 * Entries held encoded, `chunkSize` to a chunk: chunk `c` is `bytes[offsets[c]..offsets[c+1]]`.
 * A decoded chunk is kept, so that each is decoded once per index.
 */
export class EncodedEntries implements EntryTable {
  private readonly chunks: (IndexedEntity[] | undefined)[];
  private decodedChunks = 0;

  constructor(
    readonly length: number,
    readonly facets: EntryFacets,
    private readonly chunkSize: number,
    private readonly offsets: Float64Array,
    private readonly bytes: Uint8Array,
    private readonly codec: Codec,
  ) {
    this.chunks = new Array(Math.max(0, offsets.length - 1));
  }

  /** How many chunks have been decoded so far (for tests and diagnostics). */
  get decoded(): number {
    return this.decodedChunks;
  }

  at(ordinal: number): IndexedEntity {
    const c = Math.floor(ordinal / this.chunkSize);
    let chunk = this.chunks[c];
    if (!chunk) {
      const slice = this.bytes.subarray(this.offsets[c]!, this.offsets[c + 1]!);
      // Rebuilt in the shapes of a built index: the comparers then meet one shape (reviveForm).
      chunk = (this.codec.decode(slice) as IndexedEntity[]).map((e) => ({
        entity: e.entity,
        prepared: revivePrepared(e.prepared),
        topics: e.topics,
      }));
      this.chunks[c] = chunk;
      this.decodedChunks++;
    }
    return chunk[ordinal - c * this.chunkSize]!;
  }
}
