/**
 * Letter masks: which letters a key has, as the bits of one number. Two keys whose letters
 * differ too much cannot be within the edit distance that a token pair needs, and comparing two
 * masks costs a few bit operations where the edit distance costs a table: most token pairs of a
 * query and its candidates are unlike, so the masks answer for most of them.
 */

/** The set of letters of a key (letters share a bit by their code modulo 32, which is safe). */
export function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) mask |= 1 << (key.charCodeAt(i) & 31);
  return mask;
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * How many letters one key has that the other lacks, the larger of the two counts: a lower bound
 * on the edits between them, since one edit adds or removes at most one letter on each side.
 * Letters that share a bit only make the bound smaller, never wrong.
 */
export function letterGap(a: number, b: number): number {
  return Math.max(bitCount(a & ~b), bitCount(b & ~a));
}
