/**
 * Entry names as a person reads them, and as a path that cannot escape the archive's folder.
 *
 * A name is UTF-8 when its entry says so (general purpose flag bit 11, or an Info-ZIP Unicode
 * Path extra field, which yauzl has already read into `unicode`), or when its bytes are valid
 * UTF-8 (Linux and macOS archivers write UTF-8 without the flag). Otherwise it is in the code page
 * of the machine that wrote the archive, the same for all its names: it is guessed once per
 * archive from all such names together (legacy-encoding.ts), CP866, GBK or Windows-1251.
 */
import { guessLegacyEncoding, isUtf8, type LegacyEncoding } from './legacy-encoding.js';

export interface RawName {
  bytes: Uint8Array;
  /** Bit 11 of the general purpose flag. */
  utf8Flag: boolean;
  /** The name from an Info-ZIP Unicode Path extra field (0x7075) whose checksum matched. */
  unicode: string | null;
}

/** Names are tried in the OEM code pages first: archivers write names in those. */
const NAME_CANDIDATES: readonly LegacyEncoding[] = ['ibm866', 'gbk', 'windows-1251'];

function isAscii(bytes: Uint8Array): boolean {
  return bytes.every((b) => b < 0x80);
}

/** The names decoded, and the code page guessed for those that needed one (null if none did). */
export function decodeNames(names: readonly RawName[]): {
  names: string[];
  encoding: LegacyEncoding | null;
} {
  const utf8 = new TextDecoder('utf-8');
  const legacy = names.map(
    (n) => n.unicode === null && !n.utf8Flag && !isAscii(n.bytes) && !isUtf8(n.bytes),
  );
  const sample: number[] = [];
  names.forEach((n, i) => {
    if (legacy[i]) sample.push(...n.bytes, 0x20);
  });
  const encoding =
    sample.length > 0 ? guessLegacyEncoding(Uint8Array.from(sample), NAME_CANDIDATES) : null;
  const decoder = encoding ? new TextDecoder(encoding) : utf8;
  return {
    names: names.map((n, i) => n.unicode ?? (legacy[i] ? decoder : utf8).decode(n.bytes)),
    encoding,
  };
}

/** A directory entry: a name ending in a slash. */
export function isFolderName(name: string): boolean {
  return name.endsWith('/') || name.endsWith('\\');
}

/**
 * A relative `/`-separated path inside the archive: backslashes are separators (DOS archivers),
 * and empty, `.` and `..` segments, a drive letter and control characters are dropped, so that
 * `../../etc/passwd` or `C:\Windows\x.dll` cannot point outside wherever a child is put. A name
 * left empty becomes `entry-<n>`.
 */
export function safePath(name: string, index: number): string {
  const segments = name
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
    .map((s) => s.replace(/[\u0000-\u001f\u007f]/g, '_'));
  if (segments.length > 0 && /^[A-Za-z]:$/.test(segments[0]!)) segments.shift();
  return segments.join('/') || `entry-${index + 1}`;
}
