/**
 * Which legacy code page some bytes are in, when nothing says so: ZIP entry names written
 * without the UTF-8 flag (DOS and Windows archivers use the OEM code page: CP866 in Russia,
 * GBK, code page 936, in China) and text files without a BOM or a declared charset. Each
 * candidate decodes the bytes, and is scored by the share of its non-ASCII characters that are
 * plausible for the language it serves; the highest score wins, ties to the earlier candidate.
 *
 * Why these scores separate the candidates (byte ranges from the code page tables):
 * - CP866 puts Russian letters at 0x80-0xAF and 0xE0-0xF1 and box drawing at 0xB0-0xDF, where
 *   GBK's common ideographs and Windows-1251's capitals lie; so GBK or 1251 read as CP866 give
 *   box drawing, which scores nothing.
 * - Windows-1251 puts Russian letters at 0xC0-0xFF (Ё, ё at 0xA8, 0xB8); CP866 text read as 1251
 *   gives punctuation and Serbian letters for its 0x80-0xAF half, which score nothing.
 * - GBK pairs a lead byte 0x81-0xFE with a trail byte; GB2312's level-1 ideographs (the 3,755
 *   commonest, leads 0xB0-0xD7) and its punctuation rows (0xA1-0xA9) score fully, level-2
 *   ideographs (rarer, leads 0xD8-0xF7) half, GBK's extension rows nothing: Cyrillic bytes read
 *   as GBK land in level 2 or the extension, and are often not valid GBK at all.
 */

export type LegacyEncoding = 'ibm866' | 'gbk' | 'windows-1251';

function isRussian(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451 || c === 0x2116;
}

/** Share of non-ASCII characters that are Russian letters (or №). */
function cyrillicScore(bytes: Uint8Array, encoding: 'ibm866' | 'windows-1251'): number {
  const text = new TextDecoder(encoding).decode(bytes);
  let total = 0;
  let good = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    total++;
    if (isRussian(ch)) good++;
  }
  return total === 0 ? 0 : good / total;
}

/** Share of double-byte characters that are common GB2312 characters; 0 if not valid GBK. */
function gbkScore(bytes: Uint8Array): number {
  try {
    new TextDecoder('gbk', { fatal: true }).decode(bytes);
  } catch {
    return 0;
  }
  let total = 0;
  let good = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    total++;
    i++;
    if (trail < 0xa1 || trail > 0xfe) continue;
    if ((lead >= 0xb0 && lead <= 0xd7) || (lead >= 0xa1 && lead <= 0xa9)) good += 1;
    else if (lead >= 0xd8 && lead <= 0xf7) good += 0.5;
  }
  return total === 0 ? 0 : good / total;
}

function score(bytes: Uint8Array, encoding: LegacyEncoding): number {
  return encoding === 'gbk' ? gbkScore(bytes) : cyrillicScore(bytes, encoding);
}

/** The most plausible of `candidates` for these bytes (the first when none is plausible). */
export function guessLegacyEncoding(
  bytes: Uint8Array,
  candidates: readonly LegacyEncoding[],
): LegacyEncoding {
  let best = candidates[0]!;
  let bestScore = -1;
  for (const encoding of candidates) {
    const s = score(bytes, encoding);
    if (s > bestScore) [best, bestScore] = [encoding, s];
  }
  return best;
}

/** True when the bytes are valid UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Text files are more often Windows-1251 than CP866 (a DOS code page); GBK between them. */
const TEXT_CANDIDATES: readonly LegacyEncoding[] = ['windows-1251', 'gbk', 'ibm866'];

/** The first 64 KiB or so, cut after a line feed so that no double-byte character is split. */
function sample(bytes: Uint8Array): Uint8Array {
  const size = 1 << 16;
  if (bytes.length <= size) return bytes;
  const end = bytes.lastIndexOf(0x0a, size);
  return bytes.subarray(0, end > 0 ? end + 1 : size);
}

/** The encoding Node knows by this label (`cp1251` is `windows-1251`), or null. */
export function knownEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/**
 * Bytes of text decoded: a BOM decides, then a declared charset Node knows (a declared UTF-8
 * that the bytes are not is not believed), then UTF-8 if the bytes are valid UTF-8, then the most
 * plausible legacy code page. Returns the text (without the BOM) and the encoding used.
 */
export function decodeText(
  bytes: Uint8Array,
  declared: string | null = null,
): { text: string; encoding: string } {
  let encoding: string | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else if (declared) encoding = knownEncoding(declared);
  if (encoding === 'utf-8' && !isUtf8(bytes)) encoding = null;
  if (!encoding) {
    encoding = isUtf8(bytes) ? 'utf-8' : guessLegacyEncoding(sample(bytes), TEXT_CANDIDATES);
  }
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
