/**
 * A ZIP archive read from bytes (yauzl, through its central directory), with the bomb limits
 * counted on the bytes actually inflated, never trusted from the headers: total unpacked bytes of
 * the archive, the ratio of each entry, and the entry count. Shared by the ZIP reader and the
 * Office readers (DOCX and XLSX are ZIP packages).
 */
import { PassThrough, Readable } from 'node:stream';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { ReadLimits } from '../../core/documents/index.js';
import { ReadProblem, showBytes } from '../read-problem.js';
import type { LegacyEncoding } from './legacy-encoding.js';
import { type LocalEntry, localEntries } from './local-headers.js';
import { decodeNames, isFolderName, type RawName, safePath } from './names.js';

const STORED = 0;
const DEFLATED = 8;
/** Below this many unpacked bytes an entry's ratio is not checked (a tiny, repetitive file). */
export const RATIO_FLOOR_BYTES = 1024 * 1024;
/** Entries up to this size (as recorded) are inflated in one call; larger ones are streamed. */
const AT_ONCE_BYTES = 8 * 1024 * 1024;

export interface ArchiveEntry {
  /** The name as written, decoded. */
  name: string;
  /** The name made safe (names.ts): where the entry goes in the folder tree. */
  path: string;
  folder: boolean;
  encrypted: boolean;
  method: number;
  packedSize: number;
  /** Size and checksum as the archive records them: checked after unpacking, never trusted before. */
  size: number;
  crc32: number;
  /** The packed bytes as a stream. */
  open(): Promise<Readable>;
  /** The packed bytes in memory, when their place is plain to see (null: stream them). */
  packed(): Buffer | null;
}

/** What a central directory entry (yauzl) and a local header (a cut-off archive) both give. */
interface Found {
  raw: RawName;
  flags: number;
  method: number;
  packedSize: number;
  size: number;
  crc32: number;
  open(): Promise<Readable>;
  packed(): Buffer | null;
}

/** The Info-ZIP Unicode Path extra field, used only when it belongs to this very name. */
function unicodePath(entry: Entry, nameBytes: Buffer): string | null {
  for (const field of entry.extraFields) {
    const data = field.data;
    if (field.id !== 0x7075 || data.length < 6 || data[0] !== 1) continue;
    if (data.readUInt32LE(1) !== crc32(nameBytes)) continue;
    return new TextDecoder('utf-8').decode(data.subarray(5));
  }
  return null;
}

export class Archive {
  /** Bytes inflated so far from every entry, counted against `maxUnpackedBytes`. */
  private unpacked = 0;

  private constructor(
    private readonly file: ZipFile | null,
    private readonly limits: ReadLimits,
    readonly entries: readonly ArchiveEntry[],
    /** Why the central directory could not be read to its end, if it could not. */
    readonly damage: string | null,
    /** The code page guessed for names without the UTF-8 flag. */
    readonly nameEncoding: LegacyEncoding | null,
  ) {}

  static async open(bytes: Uint8Array, limits: ReadLimits): Promise<Archive> {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let file: ZipFile;
    try {
      // Names come as bytes (decodeStrings: false): yauzl would read them as CP437.
      file = await yauzl.fromBufferPromise(buffer, {
        lazyEntries: true,
        decodeStrings: false,
        validateEntrySizes: false,
      });
    } catch (error) {
      return Archive.fromLocalHeaders(buffer, limits, message(error));
    }
    if (file.entryCount > limits.maxEntries) {
      file.close();
      throw tooManyEntries(file.entryCount, limits);
    }
    const found: Found[] = [];
    let damage: string | null = null;
    try {
      for await (const entry of file.eachEntry()) found.push(fromDirectory(file, buffer, entry));
    } catch (error) {
      damage = `its list of entries breaks off after ${found.length}: ${message(error)}`;
    }
    return Archive.make(file, limits, found, damage);
  }

  /** A cut-off archive: the entries whose local header and data are whole. */
  private static fromLocalHeaders(buffer: Buffer, limits: ReadLimits, why: string): Archive {
    const local = localEntries(buffer, limits.maxEntries);
    if (local.length === 0) {
      throw new ReadProblem('unpack', 'corrupt', `not a readable ZIP archive: ${why}`);
    }
    if (local.length > limits.maxEntries) throw tooManyEntries(local.length, limits);
    const damage = `no readable central directory (${why}); ${local.length} entries were found by their local headers`;
    return Archive.make(
      null,
      limits,
      local.map((e) => fromLocal(buffer, e)),
      damage,
    );
  }

  private static make(
    file: ZipFile | null,
    limits: ReadLimits,
    found: Found[],
    damage: string | null,
  ) {
    const decoded = decodeNames(found.map((f) => f.raw));
    const entries = found.map((f, i): ArchiveEntry => {
      const name = decoded.names[i]!;
      const { method, packedSize, size, crc32, open, packed } = f;
      return {
        name,
        path: safePath(name, i),
        folder: isFolderName(name),
        encrypted: (f.flags & 1) !== 0,
        method,
        packedSize,
        size,
        crc32,
        open,
        packed,
      };
    });
    return new Archive(file, limits, entries, damage, decoded.encoding);
  }

  /** An entry's bytes, inflated and checked against the limits chunk by chunk. */
  async unpack(entry: ArchiveEntry, signal?: AbortSignal): Promise<Buffer> {
    const fail = (reason: string, problem: string) =>
      new ReadProblem('unpack', reason, `${entry.name}: ${problem}`);
    if (entry.encrypted) throw fail('encrypted', 'is encrypted');
    const method = entry.method;
    if (method !== STORED && method !== DEFLATED) {
      throw fail(
        'unsupported',
        `is packed with method ${method}; only stored and deflate are read`,
      );
    }
    const inMemory = entry.size <= AT_ONCE_BYTES ? entry.packed() : null;
    const data = inMemory
      ? this.inflateAtOnce(entry, inMemory)
      : await this.inflateStreamed(entry, signal);
    if (data.length !== entry.size || crc32(data) !== entry.crc32) {
      throw fail('corrupt', 'is damaged: its size or checksum is not the one the archive records');
    }
    return data;
  }

  /**
   * A small entry inflated in one call, zlib told to stop one byte past the most it may give
   * (`maxOutputLength`): the limits are still counted on inflated bytes, without a stream's
   * overhead per entry, which made an archive of many small files ten times slower.
   */
  private inflateAtOnce(entry: ArchiveEntry, packed: Buffer): Buffer {
    const { maxUnpackedBytes, maxRatio } = this.limits;
    const remaining = Math.max(maxUnpackedBytes - this.unpacked, 0);
    const ratioCap = Math.max(RATIO_FLOOR_BYTES, maxRatio * Math.max(entry.packedSize, 1));
    const cap = Math.min(remaining, ratioCap, entry.size);
    let data: Buffer | null = packed;
    if (entry.method === DEFLATED) {
      try {
        data = inflateRawSync(packed, { maxOutputLength: cap + 1 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') {
          throw this.fail(entry, 'corrupt', `cannot be unpacked: ${message(error)}`);
        }
        data = null;
      }
    }
    if (data !== null && data.length <= cap) {
      this.unpacked += data.length;
      return data;
    }
    // One byte more than allowed: counting it names the limit, as the streamed way does.
    this.check(entry, cap + 1, cap + 1);
    throw this.fail(entry, 'corrupt', 'unpacks to more than the size the archive records');
  }

  private fail(entry: ArchiveEntry, reason: string, problem: string): ReadProblem {
    return new ReadProblem('unpack', reason, `${entry.name}: ${problem}`);
  }

  private async inflateStreamed(entry: ArchiveEntry, signal?: AbortSignal): Promise<Buffer> {
    const fail = (reason: string, problem: string) => this.fail(entry, reason, problem);
    const method = entry.method;
    let packed: Readable;
    try {
      packed = await entry.open();
    } catch (error) {
      throw fail('corrupt', `cannot be read: ${message(error)}`);
    }
    const data = method === DEFLATED ? createInflateRaw() : new PassThrough();
    packed.on('error', (error) => data.destroy(error));
    packed.pipe(data);
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of data as AsyncIterable<Buffer>) {
        signal?.throwIfAborted();
        size += chunk.length;
        this.check(entry, size, chunk.length);
        // The declared size is not trusted for the limits, but going past it is damage.
        if (size > entry.size) break;
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof ReadProblem || signal?.aborted) throw error;
      throw fail('corrupt', `cannot be unpacked: ${message(error)}`);
    } finally {
      packed.destroy();
      data.destroy();
    }
    return Buffer.concat(chunks);
  }

  close(): void {
    this.file?.close();
  }

  private check(entry: ArchiveEntry, size: number, chunk: number): void {
    const { maxUnpackedBytes, maxRatio } = this.limits;
    this.unpacked += chunk;
    if (this.unpacked > maxUnpackedBytes) {
      const problem = `the entries read so far unpack to more than ${showBytes(maxUnpackedBytes)}`;
      throw new ReadProblem(
        'unpack',
        'archive-limits',
        `${entry.name}: ${problem} (maxUnpackedBytes)`,
      );
    }
    if (size > RATIO_FLOOR_BYTES && size > maxRatio * Math.max(entry.packedSize, 1)) {
      const problem = `unpacks to more than ${maxRatio} times its packed size (${showBytes(entry.packedSize)})`;
      throw new ReadProblem('unpack', 'archive-limits', `${entry.name}: ${problem} (maxRatio)`);
    }
  }
}

function tooManyEntries(count: number, limits: ReadLimits): ReadProblem {
  const problem = `holds ${count} entries; the limit is ${limits.maxEntries}`;
  return new ReadProblem('unpack', 'archive-limits', `${problem} (maxEntries)`);
}

function fromDirectory(file: ZipFile, buffer: Buffer, entry: Entry): Found {
  const bytes = entry.fileNameRaw;
  const flags = entry.generalPurposeBitFlag;
  return {
    raw: { bytes, utf8Flag: (flags & 0x800) !== 0, unicode: unicodePath(entry, bytes) },
    flags,
    method: entry.compressionMethod,
    packedSize: entry.compressedSize,
    size: entry.uncompressedSize,
    crc32: entry.crc32,
    open: () => file.openReadStreamPromise(entry, { decodeFileData: false }),
    packed: () => {
      // The data follows the local header, whose name and extra field may differ in length from
      // the central directory's: read them there. Anything odd goes the streamed way (yauzl checks).
      const at = entry.relativeOffsetOfLocalHeader;
      if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== 0x04034b50) return null;
      const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
      const end = start + entry.compressedSize;
      return end <= buffer.length ? buffer.subarray(start, end) : null;
    },
  };
}

function fromLocal(buffer: Buffer, entry: LocalEntry): Found {
  const data = buffer.subarray(entry.dataStart, entry.dataStart + entry.packedSize);
  // Traditional encryption puts 12 bytes before the data; the entry is refused before reading.
  return {
    raw: { bytes: entry.nameBytes, utf8Flag: (entry.flags & 0x800) !== 0, unicode: null },
    flags: entry.flags,
    method: entry.method,
    packedSize: entry.packedSize,
    size: entry.size,
    crc32: entry.crc32,
    open: async () => Readable.from([data]),
    packed: () => data,
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
