/**
 * A finished match index to bytes and back, so that a process can load the index another built
 * instead of preparing every listed name again (seconds per start, issue 10). Pure: the caller
 * reads and writes the bytes, and gives the codec (v8's structured serialisation in Node).
 *
 * Layout: an 8-byte magic, the header's length (u32), the header (JSON: the caller's key, the
 * body's length and checksum, each section's place), then the sections, each starting on an
 * 8-byte boundary so that typed arrays can be read in place. The entries are encoded whole
 * (entity, prepared names, topics) by the codec, a chunk of them at a time: whatever fields
 * the prepared names gain, they are carried without this file knowing them, and a query decodes
 * only the chunks of its candidates.
 *
 * A snapshot is used only when its magic, format, key, length and checksum all agree; anything
 * else is `SnapshotUnusable`, and the caller builds the index afresh.
 */
import type { IndexParts } from './postings.js';
import { type Codec, EncodedEntries, type EntryFacets } from './entry-table.js';
import { Matcher, type MatcherTools } from './matcher.js';
import { FrozenPostings } from './postings.js';

/** Bump when the layout below changes. */
export const SNAPSHOT_FORMAT = 1;
const MAGIC = 'DOSSIDX\u0001';
/** Entries per encoded chunk: a query decodes about 15 chunks, each in well under a millisecond. */
const CHUNK_SIZE = 16;
/** Chunks encoded between pauses of `encodeSnapshot`. */
const CHUNKS_PER_STEP = 64;

export interface SnapshotCodec extends Codec {
  /** A checksum of bytes (CRC-32 in Node), to tell a damaged file from a sound one. */
  checksum(bytes: Uint8Array): number;
}

/** Why a snapshot cannot be used: the caller rebuilds the index. */
export class SnapshotUnusable extends Error {}

interface Header {
  format: number;
  littleEndian: boolean;
  key: string;
  bodyLength: number;
  checksum: number;
  entries: number;
  chunkSize: number;
  sections: Record<string, [offset: number, length: number]>;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function bytesOf(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/**
 * The snapshot of `matcher` under `key` (what it was built from, checked on load), with the
 * caller's own `extra` sections, pausing (a `yield`) between steps of the encoding.
 */
export function* encodeSnapshot(
  matcher: Matcher,
  key: string,
  codec: SnapshotCodec,
  extra: Record<string, Uint8Array> = {},
): Generator<void, Uint8Array> {
  const parts = matcher.parts;
  const { entries } = parts;
  const chunks: Uint8Array[] = [];
  const offsets = new Float64Array(Math.ceil(entries.length / CHUNK_SIZE) + 1);
  let total = 0;
  for (let c = 0; c * CHUNK_SIZE < entries.length; c++) {
    if (c > 0 && c % CHUNKS_PER_STEP === 0) yield;
    const end = Math.min(entries.length, (c + 1) * CHUNK_SIZE);
    const chunk = [];
    for (let ordinal = c * CHUNK_SIZE; ordinal < end; ordinal++) chunk.push(entries.at(ordinal));
    const bytes = codec.encode(chunk);
    chunks.push(bytes);
    offsets[c] = total;
    total += bytes.length;
  }
  offsets[offsets.length - 1] = total;
  const postings = FrozenPostings.of(parts.postings);
  const identifiers = FrozenPostings.of(parts.identifiers);
  const sections: Record<string, Uint8Array> = {
    entryOffsets: bytesOf(offsets),
    entryBytes: concat(chunks),
    facets: codec.encode(entries.facets),
    postingKeys: codec.encode(postings.keys),
    postingOffsets: bytesOf(postings.offsets),
    postingValues: bytesOf(postings.values),
    identifierKeys: codec.encode(identifiers.keys),
    identifierOffsets: bytesOf(identifiers.offsets),
    identifierValues: bytesOf(identifiers.values),
    slotEntity: bytesOf(parts.slotEntity),
    slotNorm: bytesOf(parts.slotNorm),
  };
  for (const [name, bytes] of Object.entries(extra)) sections[`extra:${name}`] = bytes;
  return pack(key, entries.length, sections, codec);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const align = (n: number) => Math.ceil(n / 8) * 8;

function pack(
  key: string,
  entries: number,
  sections: Record<string, Uint8Array>,
  codec: SnapshotCodec,
): Uint8Array {
  const places: Header['sections'] = {};
  let bodyLength = 0;
  for (const [name, bytes] of Object.entries(sections)) {
    places[name] = [bodyLength, bytes.length];
    bodyLength = align(bodyLength + bytes.length);
  }
  const body = new Uint8Array(bodyLength);
  for (const [name, bytes] of Object.entries(sections)) body.set(bytes, places[name]![0]);
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    littleEndian: LITTLE_ENDIAN,
    key,
    bodyLength,
    checksum: codec.checksum(body),
    entries,
    chunkSize: CHUNK_SIZE,
    sections: places,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align(12 + json.length);
  const out = new Uint8Array(start + bodyLength);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(8, json.length, true);
  out.set(json, 12);
  out.set(body, start);
  return out;
}

function readHeader(bytes: Uint8Array): { header: Header; start: number } {
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) {
    throw new SnapshotUnusable('not an index snapshot');
  }
  const length = new DataView(bytes.buffer, bytes.byteOffset, 12).getUint32(8, true);
  if (12 + length > bytes.length) throw new SnapshotUnusable('truncated header');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length))) as Header;
  } catch {
    throw new SnapshotUnusable('unreadable header');
  }
  return { header, start: align(12 + length) };
}

/** The key a snapshot was written under, or null if the bytes are not a snapshot's. */
export function snapshotKey(bytes: Uint8Array): string | null {
  try {
    return readHeader(bytes).header.key;
  } catch {
    return null;
  }
}

/**
 * The matcher a snapshot holds, with the caller's extra sections; `SnapshotUnusable` unless it
 * was written under `key` by this format and arrived whole. Typed arrays are read in place: when
 * `bytes` lies in a SharedArrayBuffer, threads that decode it share one copy of the index.
 */
export function decodeSnapshot(
  bytes: Uint8Array,
  key: string,
  codec: SnapshotCodec,
  tools: MatcherTools = {},
): { matcher: Matcher; extra: Record<string, Uint8Array> } {
  const { header, start } = readHeader(bytes);
  if (header.format !== SNAPSHOT_FORMAT || header.littleEndian !== LITTLE_ENDIAN) {
    throw new SnapshotUnusable(`format ${header.format}, not ${SNAPSHOT_FORMAT}`);
  }
  if (header.key !== key) throw new SnapshotUnusable('built from other lists or code');
  const body = bytes.subarray(start);
  if (body.length !== header.bodyLength) throw new SnapshotUnusable('truncated');
  if (codec.checksum(body) !== header.checksum) throw new SnapshotUnusable('checksum mismatch');
  const section = (name: string) => {
    const place = header.sections[name];
    if (!place) throw new SnapshotUnusable(`no section ${name}`);
    return body.subarray(place[0], place[0] + place[1]);
  };
  // Sections start on 8-byte boundaries of the body; a body that does not is copied once.
  const typed = <T>(name: string, Type: { new (b: ArrayBufferLike, o: number, n: number): T }) => {
    let s = section(name);
    if (s.byteOffset % 8 !== 0) s = s.slice();
    const width = (Type as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
    return new Type(s.buffer, s.byteOffset, s.byteLength / width);
  };
  const postings = (prefix: string) =>
    new FrozenPostings(
      codec.decode(section(`${prefix}Keys`)) as string[],
      typed(`${prefix}Offsets`, Int32Array),
      typed(`${prefix}Values`, Int32Array),
    );
  const parts: IndexParts = {
    entries: new EncodedEntries(
      header.entries,
      codec.decode(section('facets')) as EntryFacets,
      header.chunkSize,
      typed('entryOffsets', Float64Array),
      section('entryBytes'),
      codec,
    ),
    postings: postings('posting'),
    identifiers: postings('identifier'),
    slotEntity: typed('slotEntity', Int32Array),
    slotNorm: typed('slotNorm', Float64Array),
  };
  const extra: Record<string, Uint8Array> = {};
  for (const name of Object.keys(header.sections)) {
    if (name.startsWith('extra:')) extra[name.slice(6)] = section(name);
  }
  return { matcher: new Matcher(parts, tools), extra };
}
