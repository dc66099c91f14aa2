/**
 * The entries of an archive whose central directory is gone (a download cut off, a file
 * truncated), found by walking its local file headers from the start, so that what was fully
 * written can still be read. An entry written as a stream (flag bit 3: sizes in a data descriptor
 * after the data) is delimited by a descriptor whose packed size matches its distance.
 */

const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const LOCAL_SIZE = 30;

export interface LocalEntry {
  nameBytes: Buffer;
  flags: number;
  method: number;
  crc32: number;
  packedSize: number;
  size: number;
  dataStart: number;
}

/** The descriptor after a streamed entry's data: its crc and sizes, or null if none fits. */
function descriptor(bytes: Buffer, dataStart: number) {
  const signature = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
  for (
    let at = bytes.indexOf(signature, dataStart);
    at !== -1;
    at = bytes.indexOf(signature, at + 1)
  ) {
    if (at + 16 > bytes.length) return null;
    if (bytes.readUInt32LE(at) === DESCRIPTOR && bytes.readUInt32LE(at + 8) === at - dataStart) {
      return {
        crc32: bytes.readUInt32LE(at + 4),
        packedSize: at - dataStart,
        size: bytes.readUInt32LE(at + 12),
        end: at + 16,
      };
    }
  }
  return null;
}

/** Entries whose header and data are complete, in file order; stops at the first that is not. */
export function localEntries(bytes: Buffer, maxEntries: number): LocalEntry[] {
  const entries: LocalEntry[] = [];
  let at = 0;
  while (
    at + LOCAL_SIZE <= bytes.length &&
    bytes.readUInt32LE(at) === LOCAL &&
    entries.length <= maxEntries
  ) {
    const flags = bytes.readUInt16LE(at + 6);
    const nameLength = bytes.readUInt16LE(at + 26);
    const dataStart = at + LOCAL_SIZE + nameLength + bytes.readUInt16LE(at + 28);
    if (dataStart > bytes.length) break;
    const nameBytes = bytes.subarray(at + LOCAL_SIZE, at + LOCAL_SIZE + nameLength);
    const method = bytes.readUInt16LE(at + 8);
    let entry: LocalEntry;
    let end: number;
    if (flags & 0x08) {
      const found = descriptor(bytes, dataStart);
      if (!found) break;
      entry = {
        nameBytes,
        flags,
        method,
        crc32: found.crc32,
        packedSize: found.packedSize,
        size: found.size,
        dataStart,
      };
      end = found.end;
    } else {
      const packedSize = bytes.readUInt32LE(at + 18);
      end = dataStart + packedSize;
      if (end > bytes.length) break;
      const [crc32, size] = [bytes.readUInt32LE(at + 14), bytes.readUInt32LE(at + 22)];
      entry = { nameBytes, flags, method, crc32, packedSize, size, dataStart };
    }
    entries.push(entry);
    at = end;
  }
  return entries;
}
