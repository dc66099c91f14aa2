/**
 * ZIP bytes written at test time, down to the flag bits: names as raw bytes without the UTF-8
 * flag (as DOS and Windows archivers write CP866 or GBK names), entries marked encrypted, stored
 * or deflated. Not a general writer: no ZIP64, no time stamps.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface FixtureEntry {
  /** A string is written as UTF-8 with the UTF-8 flag; bytes are written as given, without it. */
  name: string | Uint8Array;
  data?: string | Uint8Array;
  method?: 'store' | 'deflate';
  /** Flag bit 0, with a 12-byte header of noise before the data, as traditional encryption has. */
  encrypted?: boolean;
  /** Flag bit 3, as streaming writers do: zeros in the local header, a data descriptor after the data. */
  streamed?: boolean;
}

function fields(values: [2 | 4, number][]): Buffer {
  const buffer = Buffer.alloc(values.reduce((n, [bytes]) => n + bytes, 0));
  let at = 0;
  for (const [bytes, value] of values) {
    at = bytes === 2 ? buffer.writeUInt16LE(value, at) : buffer.writeUInt32LE(value, at);
  }
  return buffer;
}

export function zipBytes(entries: readonly FixtureEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const utf8 = typeof entry.name === 'string';
    const name = Buffer.from(entry.name as string | Uint8Array);
    const data = Buffer.from(entry.data ?? '');
    const deflate = (entry.method ?? 'deflate') === 'deflate';
    let packed = deflate ? deflateRawSync(data) : data;
    if (entry.encrypted) packed = Buffer.concat([Buffer.alloc(12, 0x5a), packed]);
    const flags = (utf8 ? 0x800 : 0) | (entry.encrypted ? 1 : 0) | (entry.streamed ? 8 : 0);
    const head = (known: boolean): [2 | 4, number][] => [
      [2, 20],
      [2, flags],
      [2, deflate ? 8 : 0],
      [2, 0],
      [2, 0x21],
      [4, known ? crc32(data) : 0],
      [4, known ? packed.length : 0],
      [4, known ? data.length : 0],
      [2, name.length],
      [2, 0],
    ];
    const common = head(true);
    const trailer = entry.streamed
      ? fields([
          [4, 0x08074b50],
          [4, crc32(data)],
          [4, packed.length],
          [4, data.length],
        ])
      : Buffer.alloc(0);
    const local = Buffer.concat([
      fields([[4, 0x04034b50], ...head(!entry.streamed)]),
      name,
      packed,
      trailer,
    ]);
    const tail = fields([
      [2, 0],
      [2, 0],
      [2, 0],
      [4, 0],
      [4, offset],
    ]);
    central.push(Buffer.concat([fields([[4, 0x02014b50], [2, 20], ...common]), tail, name]));
    parts.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  const end = fields([
    [4, 0x06054b50],
    [2, 0],
    [2, 0],
    [2, entries.length],
    [2, entries.length],
    [4, directory.length],
    [4, offset],
    [2, 0],
  ]);
  return Buffer.concat([...parts, directory, end]);
}

const encoders = new Map<string, Map<string, number[]>>();

/** A legacy encoder made from Node's decoder: every byte (pair, for GBK) decoded once, reversed. */
function encoder(encoding: 'ibm866' | 'windows-1251' | 'gbk'): Map<string, number[]> {
  let table = encoders.get(encoding);
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder(encoding);
  if (encoding === 'gbk') {
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
      }
    }
  } else {
    for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(Uint8Array.of(b)), [b]);
  }
  encoders.set(encoding, table);
  return table;
}

/** Text in a legacy code page, for fixtures (ASCII as is; a character the page lacks throws). */
export function encodeLegacy(text: string, encoding: 'ibm866' | 'windows-1251' | 'gbk'): Buffer {
  const table = encoder(encoding);
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const code = table.get(ch);
      if (!code) throw new Error(`${ch} is not in ${encoding}`);
      bytes.push(...code);
    }
  }
  return Buffer.from(bytes);
}
