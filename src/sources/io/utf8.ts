/**
 * Where UTF-8 goes wrong. TextDecoder says only that a chunk is not UTF-8; a user fixing a file
 * needs the byte: these find the first byte that starts no valid sequence, by the rules of the
 * WHATWG Encoding Standard's UTF-8 decoder (no overlong forms, no surrogates, nothing past
 * U+10FFFF), so that they agree with the decoder about what fails.
 */

/** The bytes a sequence starting with `lead` has in all, and the range its second byte must be in. */
function sequenceOf(lead: number): { length: number; low: number; high: number } | null {
  if (lead < 0x80) return { length: 1, low: 0, high: 0 };
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { length: 3, low: 0xa0, high: 0xbf };
  if (lead === 0xed) return { length: 3, low: 0x80, high: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { length: 4, low: 0x90, high: 0xbf };
  if (lead === 0xf4) return { length: 4, low: 0x80, high: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, low: 0x80, high: 0xbf };
  return null;
}

/**
 * The index of the first byte of the first invalid sequence in `bytes`, or -1 when all of it is
 * valid UTF-8 (a sequence cut off by the end of `bytes` counts as valid: more may follow).
 */
export function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const seq = sequenceOf(lead);
    if (!seq) return i;
    for (let k = 1; k < seq.length; k++) {
      if (i + k >= bytes.length) return -1;
      const byte = bytes[i + k]!;
      const [low, high] = k === 1 ? [seq.low, seq.high] : [0x80, 0xbf];
      if (byte < low || byte > high) return i;
    }
    i += seq.length;
  }
  return -1;
}

/**
 * The bytes at the end of valid UTF-8 that begin a sequence the end cuts off (none to three):
 * what a streaming decoder holds back for the next chunk.
 */
export function unfinishedTail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const seq = sequenceOf(byte);
    return seq && seq.length > back ? bytes.subarray(bytes.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}
