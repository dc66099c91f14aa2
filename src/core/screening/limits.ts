/**
 * Bounds on what one screening input may hold. A file of 200,000 columns or one header of
 * megabytes is a mistake or an attack, not a portfolio, and its cost lands on every other request
 * the server answers; it is refused when the header is read, before a run exists.
 */
import { UnsupportedFileError } from './errors.js';

export interface WidthLimits {
  /** Columns in the header (CSV, XLSX) or keys in one object (JSONL). */
  maxColumns: number;
  /** Characters in one header or one field. */
  maxFieldChars: number;
}

/** The defaults, the one place they are set (docs/screening.md lists them). */
export const DEFAULT_WIDTH_LIMITS: Readonly<WidthLimits> = {
  maxColumns: 1000,
  maxFieldChars: 64 * 1024,
};

/** Why a header or a row (`columns` wide, holding `texts`) breaks the limits, or null. */
export function overLimit(
  columns: number,
  texts: Iterable<string>,
  limits: WidthLimits,
): string | null {
  if (columns > limits.maxColumns) {
    return `${columns} columns, more than the limit of ${limits.maxColumns} (maxColumns)`;
  }
  for (const text of texts) {
    if (text.length > limits.maxFieldChars) {
      return (
        `a field of ${text.length} characters, more than the limit of ` +
        `${limits.maxFieldChars} (maxFieldChars)`
      );
    }
  }
  return null;
}

/** A header beyond the limits refuses the whole input: no row under it can be read. */
export function checkHeaderLimits(headers: readonly string[], limits: WidthLimits): void {
  const problem = overLimit(headers.length, headers, limits);
  if (problem) throw new UnsupportedFileError(`the input's header is too wide: ${problem}`);
}
