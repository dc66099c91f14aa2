/**
 * ZIP archives (issue 11): the reader, and the byte-level archive access with its bomb limits that
 * the Office readers share; entry names in CP866, GBK or Windows-1251 decoded, unsafe paths made safe.
 */
export { Archive, type ArchiveEntry, RATIO_FLOOR_BYTES } from './archive.js';
export {
  decodeText,
  guessLegacyEncoding,
  isUtf8,
  knownEncoding,
  type LegacyEncoding,
} from './legacy-encoding.js';
export { safePath } from './names.js';
export { checkDepth, zipReader } from './reader.js';
