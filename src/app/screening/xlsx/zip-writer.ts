/**
 * A zip file written part by part, for the XLSX files we write. A part may be written in pieces
 * (a sheet of a million rows): each piece is deflated on its own and ended on a byte boundary
 * (a sync flush), so the pieces joined are one deflate stream and only a piece is in memory. The
 * file is seekable, so a part's checksum and sizes, known at its end, are written back into its
 * local header rather than in a data descriptor, which some readers handle badly.
 *
 * No ZIP64: a part and the whole file must stay under 4 GiB, and writing fails past that rather
 * than making a file that readers misread. A hits sheet reaches it at about four million rows
 * of 1 KiB, beyond the 1,048,576 rows a spreadsheet shows.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Version 2.0: deflate. */
const VERSION = 20;
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;
const DEFLATED = 8;
const MAX_32 = 0xffffffff;
/** Text gathered before it is deflated and written. */
const PIECE = 1 << 20;

interface Entry {
  name: Buffer;
  offset: number;
  crc: number;
  packed: number;
  size: number;
}

function fields(values: [2 | 4, number][]): Buffer {
  const buffer = Buffer.alloc(values.reduce((n, [bytes]) => n + bytes, 0));
  let at = 0;
  for (const [bytes, value] of values) {
    at = bytes === 2 ? buffer.writeUInt16LE(value, at) : buffer.writeUInt32LE(value, at);
  }
  return buffer;
}

/** The time of writing as MS-DOS stores it, in local time (zip has no time zone). */
function dosTime(now: Date): [number, number] {
  const time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
  const year = Math.max(now.getFullYear() - 1980, 0);
  const date = (year << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  return [time, date];
}

/** A part being written: text goes in, deflated pieces go to the file. */
export class PartWriter {
  private pending: string[] = [];
  private pendingLength = 0;
  private ended = false;

  constructor(
    private readonly zip: ZipWriter,
    readonly entry: Entry,
  ) {}

  write(text: string): void {
    if (this.ended) throw new Error('the part is already ended');
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= PIECE) this.flush(false);
  }

  end(): void {
    this.flush(true);
    this.ended = true;
    this.zip.endPart(this);
  }

  private flush(last: boolean): void {
    const data = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    const entry = this.entry;
    entry.crc = crc32(data, entry.crc);
    entry.size += data.length;
    // A sync flush ends the piece on a byte boundary without marking it the last block.
    const finishFlush = last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH;
    const packed = deflateRawSync(data, { finishFlush });
    entry.packed += packed.length;
    if (entry.size > MAX_32) throw new Error('a part of 4 GiB or more, which needs ZIP64');
    this.zip.append(packed);
  }
}

export class ZipWriter {
  private readonly fd: number;
  private offset = 0;
  private readonly entries: Entry[] = [];
  private current: PartWriter | null = null;
  private readonly time: [number, number] = dosTime(new Date());
  private closed = false;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  /** Write a part whole. */
  add(name: string, text: string): void {
    const part = this.begin(name);
    part.write(text);
    part.end();
  }

  /** Begin a part written in pieces; it must be ended before the next begins. */
  begin(name: string): PartWriter {
    if (this.current) throw new Error(`${this.current.entry.name} is not ended`);
    const entry = {
      name: Buffer.from(name, 'utf8'),
      offset: this.offset,
      crc: 0,
      packed: 0,
      size: 0,
    };
    this.entries.push(entry);
    this.append(this.localHeader(entry));
    this.current = new PartWriter(this, entry);
    return this.current;
  }

  /** Called by a part at its end: its checksum and sizes go back into its local header. */
  endPart(part: PartWriter): void {
    this.current = null;
    this.writeAt(this.localHeader(part.entry), part.entry.offset);
  }

  append(bytes: Buffer): void {
    if (this.offset + bytes.length > MAX_32) {
      throw new Error('a zip of 4 GiB or more, which needs ZIP64');
    }
    this.writeAt(bytes, this.offset);
    this.offset += bytes.length;
  }

  /** Write the central directory and close the file. */
  finish(): void {
    if (this.current) throw new Error(`${this.current.entry.name} is not ended`);
    const start = this.offset;
    for (const entry of this.entries) {
      this.append(Buffer.concat([this.centralHeader(entry), entry.name]));
    }
    const n = this.entries.length;
    const size = this.offset - start;
    this.append(
      fields([
        [4, END],
        [2, 0],
        [2, 0],
        [2, n],
        [2, n],
        [4, size],
        [4, start],
        [2, 0],
      ]),
    );
    this.close();
  }

  /** Close the file, unfinished after a failure. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }

  private common(entry: Entry): [2 | 4, number][] {
    const [time, date] = this.time;
    return [
      [2, VERSION],
      [2, UTF8_NAMES],
      [2, DEFLATED],
      [2, time],
      [2, date],
      [4, entry.crc],
      [4, entry.packed],
      [4, entry.size],
      [2, entry.name.length],
      [2, 0],
    ];
  }

  private localHeader(entry: Entry): Buffer {
    return Buffer.concat([fields([[4, LOCAL], ...this.common(entry)]), entry.name]);
  }

  private centralHeader(entry: Entry): Buffer {
    // Made by version 2.0; no comment, disk 0, no attributes; then where the local header is.
    const rest: [2 | 4, number][] = [
      [2, 0],
      [2, 0],
      [2, 0],
      [4, 0],
      [4, entry.offset],
    ];
    return fields([[4, CENTRAL], [2, VERSION], ...this.common(entry), ...rest]);
  }

  private writeAt(bytes: Buffer, position: number): void {
    let done = 0;
    while (done < bytes.length) {
      done += writeSync(this.fd, bytes, done, bytes.length - done, position + done);
    }
  }
}
