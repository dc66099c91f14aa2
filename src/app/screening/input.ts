/**
 * Portfolio files, read as a stream of events: the header (CSV, XLSX), each row's cells, and the
 * rows that cannot be read, each with its line (CSV, JSONL) or sheet row (XLSX), so that a bad
 * row is reported and the rest of the file is screened.
 */
import { extname } from 'node:path';
import { checkHeaderLimits, overLimit, UnsupportedFileError } from '../../core/screening/index.js';
import type { Cell } from '../../core/screening/index.js';
import { type InputLimits, inputLimitsFromEnv } from './limits.js';
import { readCsvInput } from './read-csv.js';
import { readJsonlInput } from './read-jsonl.js';
import { readXlsxInput } from './read-xlsx.js';

export type InputEvent =
  | { kind: 'header'; row: number; headers: string[] }
  | { kind: 'row'; row: number; cells: Cell[] }
  | { kind: 'problem'; row: number; message: string };

export type FileFormat = 'csv' | 'jsonl' | 'xlsx';

const EXTENSIONS: Record<string, FileFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'jsonl',
  '.xlsx': 'xlsx',
};

/** The format of a file by its extension; `what` names the option in the message. */
export function fileFormat(path: string, what: string): FileFormat {
  const format = EXTENSIONS[extname(path).toLowerCase()];
  if (!format) {
    throw new UnsupportedFileError(
      `${what} ${path}: use a .csv, .jsonl or .xlsx file (the kind is read from the extension)`,
    );
  }
  return format;
}

/**
 * `onBytes` is told how many bytes of the file were read, for the progress line. The limits are
 * the environment's unless the caller gives its own. A header beyond the width limits refuses the
 * input (the first event, read before a run exists); a row beyond them is reported as a problem
 * and the rest is screened; past `maxRows` rows the input is refused.
 */
export function readInput(
  path: string,
  format: FileFormat,
  onBytes: (bytes: number) => void,
  limits: InputLimits = inputLimitsFromEnv(),
): AsyncIterable<InputEvent> {
  const events =
    format === 'csv'
      ? readCsvInput(path, onBytes)
      : format === 'jsonl'
        ? readJsonlInput(path, onBytes)
        : readXlsxInput(path, onBytes, limits.xlsx);
  return capRows(checkWidths(events, limits), path, limits.maxRows);
}

async function* checkWidths(
  events: AsyncIterable<InputEvent>,
  limits: InputLimits,
): AsyncIterable<InputEvent> {
  for await (const event of events) {
    if (event.kind === 'header') checkHeaderLimits(event.headers, limits);
    if (event.kind === 'row') {
      const problem = overLimit(event.cells.length, cellTexts(event.cells), limits);
      if (problem) {
        yield { kind: 'problem', row: event.row, message: `row too wide: ${problem}` };
        continue;
      }
    }
    yield event;
  }
}

function* cellTexts(cells: readonly Cell[]): Iterable<string> {
  for (const cell of cells) yield* cell.values;
}

/**
 * The events of an input, refused once it holds more than `maxRows` rows: counted here, as the
 * rows are read, so that one count holds for every format. Rows that cannot be read count too,
 * since each costs a record of its own.
 */
export async function* capRows(
  events: AsyncIterable<InputEvent>,
  path: string,
  maxRows: number,
): AsyncIterable<InputEvent> {
  let rows = 0;
  for await (const event of events) {
    if (event.kind !== 'header' && ++rows > maxRows) {
      throw new UnsupportedFileError(
        `${path}: more than ${maxRows} rows (at row ${event.row}); the limit is maxRows, ` +
          'split the file into smaller ones',
      );
    }
    yield event;
  }
}

/** Headers without text get a name, so that `--map` and messages can refer to them. */
export function headerNames(raw: readonly string[]): string[] {
  return raw.map((h, i) => (h.trim() === '' ? `column ${i + 1}` : h.trim()));
}

/** The cells of a row under a fixed header. */
export function cellsOf(headers: readonly string[], values: readonly string[]): Cell[] {
  return headers.map((header, i) => ({ header, values: [values[i] ?? ''] }));
}
