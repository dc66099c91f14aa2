/**
 * A sheet's rows counted before it is read, without parsing it: its closing row tags (`</row>`,
 * `</x:row>`) found in the unpacked bytes, and the count stopped once it passes `atMost`. An XLSX
 * of a few megabytes can hold tens of millions of rows (finding 9 of issue 14: 7 MB, 33 million
 * rows, an hour of a server's job queue); counted this way it is refused as it is submitted,
 * after unpacking only the rows the limit allows, at about the speed of inflating them.
 *
 * A self-closing `<row/>` (a row with formatting and no cell) is not counted: the reader skips it
 * too. A row whose cells are all empty is counted, though the reader skips it: the count is an
 * upper bound, which is what a limit needs.
 */
import type { Zip } from './zip.js';

/** A closing row tag with any namespace prefix. */
const ROW_END = /<\/(?:[A-Za-z_][\w.-]{0,40}:)?row\s*>/g;
/** Longer than any tag ROW_END matches: what of a chunk's end is kept for the next. */
const TAIL = 64;

/** The rows of `part`, counted up to `atMost + 1` (more are not counted). */
export async function countSheetRows(
  zip: Zip,
  part: string,
  atMost: number,
  onPacked?: (bytes: number) => void,
): Promise<number> {
  let count = 0;
  let tail = '';
  // Returning from the loop stops the unpacking: the rest of the sheet is never read.
  for await (const chunk of zip.read(part, onPacked)) {
    // latin1: one character per byte, and the tag is ASCII, so no UTF-8 decoding is needed.
    const text = tail + chunk.toString('latin1');
    let end = 0;
    for (const match of text.matchAll(ROW_END)) {
      if (++count > atMost) return count;
      end = match.index + match[0].length;
    }
    // A tag cut by the chunk's end is completed by the next; one already counted is not kept.
    tail = text.slice(Math.max(end, text.length - TAIL));
  }
  return count;
}
