/**
 * A ZIP archive read from bytes (yauzl, through its central directory), with the bomb limits
 * counted on the bytes actually inflated, never trusted from the headers: total unpacked bytes of
 * the archive, the ratio of each entry, and the entry count. Shared by the ZIP reader and the
 * Office readers (DOCX and XLSX are ZIP packages).
 */
import { PassThrough, type Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { ReadLimits } from '../../core/documents/index.js';
import { ReadProblem, showBytes } from '../read-problem.js';
import type { LegacyEncoding } from './legacy-encoding.js';
import { decodeNames, isFolderName, type RawName, safePath } from './names.js';

const STORED = 0;
const DEFLATED = 8;
/** Below this many unpacked bytes an entry's ratio is not checked (a tiny, repetitive file). */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

export interface ArchiveEntry {
  /** The name as written, decoded. */
  name: string;
  /** The name made safe (names.ts): where the entry goes in the folder tree. */
  path: string;
  folder: boolean;
  encrypted: boolean;
  packedSize: number;
  raw: Entry;
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
    private readonly file: ZipFile,
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
      throw new ReadProblem('unpack', 'corrupt', `not a readable ZIP archive: ${message(error)}`);
    }
    if (file.entryCount > limits.maxEntries) {
      file.close();
      const problem = `holds ${file.entryCount} entries; the limit is ${limits.maxEntries}`;
      throw new ReadProblem('unpack', 'archive-limits', `${problem} (maxEntries)`);
    }
    const raw: Entry[] = [];
    let damage: string | null = null;
    try {
      for await (const entry of file.eachEntry()) raw.push(entry);
    } catch (error) {
      damage = `its list of entries breaks off after ${raw.length}: ${message(error)}`;
    }
    const rawNames: RawName[] = raw.map((entry) => {
      const bytes = entry.fileNameRaw;
      const utf8Flag = (entry.generalPurposeBitFlag & 0x800) !== 0;
      return { bytes, utf8Flag, unicode: unicodePath(entry, bytes) };
    });
    const decoded = decodeNames(rawNames);
    const entries = raw.map((entry, i) => {
      const name = decoded.names[i]!;
      return {
        name,
        path: safePath(name, i),
        folder: isFolderName(name),
        encrypted: entry.isEncrypted(),
        packedSize: entry.compressedSize,
        raw: entry,
      };
    });
    return new Archive(file, limits, entries, damage, decoded.encoding);
  }

  /** An entry's bytes, inflated and checked against the limits chunk by chunk. */
  async unpack(entry: ArchiveEntry, signal?: AbortSignal): Promise<Buffer> {
    const fail = (reason: string, problem: string) =>
      new ReadProblem('unpack', reason, `${entry.name}: ${problem}`);
    if (entry.encrypted) throw fail('encrypted', 'is encrypted');
    const method = entry.raw.compressionMethod;
    if (method !== STORED && method !== DEFLATED) {
      throw fail(
        'unsupported',
        `is packed with method ${method}; only stored and deflate are read`,
      );
    }
    let packed: Readable;
    try {
      packed = await this.file.openReadStreamPromise(entry.raw, { decodeFileData: false });
    } catch (error) {
      throw fail('corrupt', `cannot be read: ${message(error)}`);
    }
    const data = method === DEFLATED ? createInflateRaw() : new PassThrough();
    packed.on('error', (error) => data.destroy(error));
    packed.pipe(data);
    const chunks: Buffer[] = [];
    let size = 0;
    let crc = 0;
    try {
      for await (const chunk of data as AsyncIterable<Buffer>) {
        signal?.throwIfAborted();
        size += chunk.length;
        this.check(entry, size, chunk.length);
        // The declared size is not trusted for the limits, but going past it is damage.
        if (size > entry.raw.uncompressedSize) break;
        crc = crc32(chunk, crc);
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof ReadProblem || signal?.aborted) throw error;
      throw fail('corrupt', `cannot be unpacked: ${message(error)}`);
    } finally {
      packed.destroy();
      data.destroy();
    }
    if (size !== entry.raw.uncompressedSize || crc !== entry.raw.crc32) {
      throw fail('corrupt', 'is damaged: its size or checksum is not the one the archive records');
    }
    return Buffer.concat(chunks);
  }

  close(): void {
    this.file.close();
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

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
