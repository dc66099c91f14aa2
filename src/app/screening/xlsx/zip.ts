/**
 * The zip that an XLSX file is, read through its central directory (yauzl): a part is found by
 * its name wherever a writer put it, so the order of the entries does not matter. Parts are
 * unpacked here rather than by yauzl, so that a reader can be told the packed bytes as they are
 * read (the progress of a sheet) and each part is checked against its size and checksum.
 */
import { PassThrough, type Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { UnsupportedFileError } from '../../../core/screening/index.js';
import { SourceError } from '../../../sources/io/index.js';
import { DEFAULT_INPUT_LIMITS, showBytes, type XlsxLimits } from '../limits.js';

const STORED = 0;
const DEFLATED = 8;

/** Part names are compared as OPC compares them: without case, without a leading '/'. */
function key(part: string): string {
  return part.replace(/^\/+/, '').toLowerCase();
}

export class Zip {
  /** Bytes unpacked so far from every part, counted against `maxUnpackedBytes`. */
  private unpacked = 0;

  private constructor(
    readonly path: string,
    readonly limits: XlsxLimits,
    private readonly file: ZipFile,
    private readonly entries: ReadonlyMap<string, Entry>,
  ) {}

  static async open(path: string, limits: XlsxLimits = DEFAULT_INPUT_LIMITS.xlsx): Promise<Zip> {
    let file: ZipFile;
    try {
      file = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      // A system error is about the file; any other is yauzl's finding about its content.
      const problem = code ? `cannot read: ${message}` : `not a zip file, as XLSX is: ${message}`;
      throw new SourceError(path, null, problem);
    }
    // The count is the directory's own, known before a single entry is read.
    if (file.entryCount > limits.maxEntries) {
      file.close();
      const problem = `holds ${file.entryCount} entries; the limit is ${limits.maxEntries}`;
      throw Zip.limitError(path, null, `${problem} (xlsx.maxEntries)`);
    }
    const entries = new Map<string, Entry>();
    try {
      for await (const entry of file.eachEntry()) {
        if (entry.fileName.endsWith('/')) continue;
        if (!entries.has(key(entry.fileName))) entries.set(key(entry.fileName), entry);
      }
    } catch (error) {
      file.close();
      throw new SourceError(path, null, `a damaged zip: ${(error as Error).message}`);
    }
    return new Zip(path, limits, file, entries);
  }

  /** The file's size in bytes. */
  get size(): number {
    return this.file.fileSize;
  }

  has(part: string): boolean {
    return this.entries.has(key(part));
  }

  /** The bytes that a part takes in the file, packed. */
  packedSize(part: string): number {
    return this.entry(part).compressedSize;
  }

  /** A problem with one part, located in the file and, when known, on a line of the part. */
  error(part: string, problem: string, line?: number): SourceError {
    return new SourceError(this.path, line ? `${part}: line ${line}` : part, problem);
  }

  /**
   * A file past one of the reading limits: the caller's input cannot be used as given, which is
   * not the same as a damaged file (the CLI exits 2, the API answers 400).
   */
  static limitError(path: string, part: string | null, problem: string): UnsupportedFileError {
    return new UnsupportedFileError(`${path}: ${part ? `${part}: ` : ''}${problem}`);
  }

  /** Count a chunk against the limits as it is unpacked, before it is handed on. */
  private checkUnpacked(part: string, entry: Entry, size: number, chunk: number): void {
    const { maxUnpackedBytes, maxRatio, ratioFloorBytes } = this.limits;
    this.unpacked += chunk;
    if (this.unpacked > maxUnpackedBytes) {
      const problem = `the parts read so far unpack to more than ${showBytes(maxUnpackedBytes)}`;
      throw Zip.limitError(this.path, part, `${problem} (xlsx.maxUnpackedBytes)`);
    }
    // yauzl reads exactly the packed size the directory gives, so the ratio is the real one.
    if (size > ratioFloorBytes && size > maxRatio * entry.compressedSize) {
      const packed = showBytes(entry.compressedSize);
      const problem = `unpacks to more than ${maxRatio} times its packed size (${packed})`;
      throw Zip.limitError(this.path, part, `${problem} (xlsx.maxRatio)`);
    }
  }

  /**
   * A part's bytes, unpacked chunk by chunk (of `chunkSize` bytes at most: zlib's 16 KiB unless
   * a reader that does little per byte wants fewer, larger chunks). `onPacked` is told the packed
   * bytes as they are read, which add up to `packedSize(part)`.
   */
  async *read(
    part: string,
    onPacked?: (bytes: number) => void,
    chunkSize?: number,
  ): AsyncGenerator<Buffer> {
    const entry = this.entry(part);
    if (entry.isEncrypted()) throw this.error(part, 'is encrypted');
    const method = entry.compressionMethod;
    if (method !== STORED && method !== DEFLATED) {
      throw this.error(part, `is packed with method ${method}, which XLSX does not use`);
    }
    let packed: Readable;
    try {
      packed = await this.file.openReadStreamPromise(entry, { decodeFileData: false });
    } catch (error) {
      throw this.error(part, `cannot be read: ${(error as Error).message}`);
    }
    if (onPacked) packed.on('data', (chunk: Buffer) => onPacked(chunk.length));
    const data = method === DEFLATED ? createInflateRaw({ chunkSize }) : new PassThrough();
    packed.on('error', (error) => data.destroy(error));
    packed.pipe(data);
    let size = 0;
    let crc = 0;
    try {
      for await (const chunk of data as AsyncIterable<Buffer>) {
        size += chunk.length;
        // The declared size bounds what a part can unpack to, however well it is packed.
        if (size > entry.uncompressedSize) break;
        this.checkUnpacked(part, entry, size, chunk.length);
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof UnsupportedFileError) throw error;
      throw this.error(part, `cannot be unpacked: ${(error as Error).message}`);
    } finally {
      packed.destroy();
      data.destroy();
    }
    if (size !== entry.uncompressedSize || crc !== entry.crc32) {
      throw this.error(part, 'is damaged: its size or checksum is not the one the zip records');
    }
  }

  close(): void {
    this.file.close();
  }

  private entry(part: string): Entry {
    const entry = this.entries.get(key(part));
    if (!entry) throw this.error(part, 'is not in the file');
    return entry;
  }
}
