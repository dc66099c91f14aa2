/**
 * Near-miss suggestions for names a user typed: a dataset, a list, a schema. A mistyped name
 * that is refused should say what was meant ("ofca": did you mean "ofac"?) and what is valid.
 */

/**
 * The edit distance between two names: insertions, deletions, substitutions and swaps of two
 * neighbouring letters ("ofca" for "ofac", the commonest typing slip) each cost 1. This is the
 * optimal string alignment variant of the Damerau-Levenshtein distance, kept in three rows of the
 * table: names here are short, so the plain dynamic programme is fast enough.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, before[j - 2]! + 1);
      }
      current[j] = best;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The valid name closest to what was typed, or null when none is close. Case is ignored
 * ("company" finds "Company"); a name may be up to a third wrong (at least one edit, at most
 * three) and still be suggested, so that short names do not suggest unrelated ones.
 */
export function closestName(typed: string, valid: readonly string[]): string | null {
  const wanted = typed.toLowerCase();
  const allowed = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  let best: string | null = null;
  let bestDistance = allowed + 1;
  for (const name of valid) {
    const distance = editDistance(wanted, name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The message for a name nobody knows: the suggestion if one is close, then the valid names,
 * under `label` ("loaded" for datasets, say).
 *
 * @example
 * ```ts
 * unknownNameMessage('list', 'ofca', ['ofac', 'un']);
 * // 'unknown list "ofca"; did you mean "ofac"? valid: ofac, un'
 * ```
 */
export function unknownNameMessage(
  kind: string,
  typed: string,
  valid: readonly string[],
  label = 'valid',
): string {
  const near = closestName(typed, valid);
  const hint = near === null ? '' : `; did you mean "${near}"?`;
  const list = valid.length > 0 ? `${near === null ? ';' : ''} ${label}: ${valid.join(', ')}` : '';
  return `unknown ${kind} "${typed}"${hint}${list}`;
}
