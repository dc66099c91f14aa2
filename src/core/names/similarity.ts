/** Jaro-Winkler similarity, the classic measure for short name strings (used by OFAC's search). */

/** Jaro similarity in [0, 1]: shared characters within a window, discounted for transpositions. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedB = new Uint8Array(b.length);
  const matchesA: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] === 0 && a[i] === b[j]) {
        matchedB[j] = 1;
        matchesA.push(i);
        break;
      }
    }
  }
  const m = matchesA.length;
  if (m === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let j = 0; j < b.length; j++) {
    if (matchedB[j] === 0) continue;
    if (a[matchesA[k]!] !== b[j]) transpositions++;
    k++;
  }
  return (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
}

/**
 * Jaro-Winkler similarity in [0, 1]: Jaro, raised for a common prefix of up to four characters
 * (scale 0.1), as names agree most at their start.
 *
 * @example jaroWinkler('martha', 'marhta') // ≈ 0.961
 */
export function jaroWinkler(a: string, b: string): number {
  const similarity = jaro(a, b);
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && a[prefix] === b[prefix]) prefix++;
  return similarity + prefix * 0.1 * (1 - similarity);
}
