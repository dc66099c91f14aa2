/**
 * A sheet's rows counted before it is read, without parsing it: its closing row tags (`</row>`,
 * `</x:row>`, `</row >`) found in the unpacked bytes, and the count stopped once it passes
 * `atMost`. An XLSX of a few megabytes can hold tens of millions of rows (finding 9 of issue 14:
 * 7 MB, 33 million rows, an hour of a server's job queue); counted this way it is refused as it
 * is submitted, after unpacking only the rows the limit allows, at about the speed of inflating
 * them (the chunks are large, and searched as latin1 text: one character per byte, and the tag is
 * ASCII, so nothing needs decoding).
 *
 * A self-closing `<row/>` (a row with formatting and no cell) is not counted: the reader skips it
 * too. A row whose cells are all empty is counted, though the reader skips it: the count is an
 * upper bound, which is what a limit needs.
 */
import type { Zip } from './zip.js';

/** Unpacked bytes per chunk: few chunks, so few turns of the event loop, for a sheet of 300 MB. */
const CHUNK = 1024 * 1024;
/** The longest namespace prefix looked back for (`</x:row>`); real ones are a letter or two. */
const MAX_PREFIX = 40;
/** Bytes of a chunk's end kept for the next, so that a tag cut in two is found whole. */
const TAIL = MAX_PREFIX + 16;

const [LT, SLASH, COLON, GT] = [0x3c, 0x2f, 0x3a, 0x3e];

function isNameCode(b: number): boolean {
  return (
    (b >= 0x30 && b <= 0x39) || // 0-9
    (b >= 0x41 && b <= 0x5a) || // A-Z
    (b >= 0x61 && b <= 0x7a) || // a-z
    b === 0x5f || // _
    b === 0x2d || // -
    b === 0x2e // .
  );
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** Whether the `row` at `at` follows `</` or `</prefix:`. */
function closesTag(text: string, at: number): boolean {
  let i = at - 1;
  if (text.charCodeAt(i) === COLON) {
    const stop = Math.max(0, i - MAX_PREFIX - 1);
    for (i--; i > stop && isNameCode(text.charCodeAt(i)); i--);
  }
  return text.charCodeAt(i) === SLASH && text.charCodeAt(i - 1) === LT;
}

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
  for await (const chunk of zip.read(part, onPacked, CHUNK)) {
    const text = tail + chunk.toString('latin1');
    // Where the last tag counted ends, and where an unfinished one (cut by the chunk) starts.
    let counted = 0;
    let open = text.length;
    for (let at = text.indexOf('row'); at >= 0; at = text.indexOf('row', at + 3)) {
      if (!closesTag(text, at)) continue;
      let end = at + 3;
      while (end < text.length && isSpace(text.charCodeAt(end))) end++;
      if (end === text.length) {
        open = at;
        break;
      }
      if (text.charCodeAt(end) !== GT) continue;
      if (++count > atMost) return count;
      counted = end + 1;
    }
    // Kept: a tag cut by the chunk's end (its `</prefix:` included), never one already counted.
    tail = text.slice(Math.max(0, counted, Math.min(open - MAX_PREFIX - 2, text.length - TAIL)));
  }
  return count;
}
