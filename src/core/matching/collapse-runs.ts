/**
 * Doubled letters collapsed to one ("hassan" → "hasan", "muhammmad" → "muhamad") by a loop over
 * code units. It replaces the regex `/(.)\1+/g`, whose backreference makes V8 keep one backtrack
 * entry per repeated letter: a name of a few million equal letters overflowed the regex stack and
 * took every match (and the index build) down with it. The loop gives the same result in linear
 * time and constant stack.
 */

/** Whether a code unit is one that `.` (without the `s` flag) does not match. */
function isLineTerminator(unit: number): boolean {
  return unit === 0x0a || unit === 0x0d || unit === 0x2028 || unit === 0x2029;
}

/**
 * Each run of one repeated UTF-16 code unit reduced to that unit, as `/(.)\1+/g` with `'$1'`
 * would: line terminators are left alone, and a surrogate half counts as a unit of its own.
 */
export function collapseRuns(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 1; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit !== text.charCodeAt(i - 1) || isLineTerminator(unit)) continue;
    // text[i] repeats text[i - 1]: keep up to i, then skip the rest of the run.
    out += text.slice(start, i);
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) === unit) end++;
    start = end;
    i = end;
  }
  return start === 0 ? text : out + text.slice(start);
}
