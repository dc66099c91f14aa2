/**
 * Portfolio files, read as a stream of events: the header (CSV, XLSX), each row's cells, and the
 * rows that cannot be read, each with its line (CSV, JSONL) or sheet row (XLSX), so that a bad
 * row is reported and the rest of the file is screened.
 */
import { extname } from 'node:path';
import {
  checkHeaderLimits,
  DEFAULT_INPUT_LIMITS,
  type InputLimits,
  overLimit,
  UnsupportedFileError,
} from '../../core/screening/index.js';
import type { Cell } from '../../core/screening/index.js';
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

/** The limits, with `DOSSIER_MAX_COLUMNS` and `DOSSIER_MAX_FIELD_CHARS` raising or lowering them. */
export function inputLimits(env: NodeJS.ProcessEnv = process.env): InputLimits {
  const read = (name: string, fallback: number) => {
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new UnsupportedFileError(`${name} must be a whole number above 0, not "${text}"`);
    }
    return value;
  };
  return {
    maxColumns: read('DOSSIER_MAX_COLUMNS', DEFAULT_INPUT_LIMITS.maxColumns),
    maxFieldChars: read('DOSSIER_MAX_FIELD_CHARS', DEFAULT_INPUT_LIMITS.maxFieldChars),
  };
}

/**
 * `onBytes` is told how many bytes of the file were read, for the progress line. A header beyond
 * `limits` refuses the input (the first event, read before a run exists); a row beyond them is
 * reported as a problem and the rest is screened.
 */
export async function* readInput(
  path: string,
  format: FileFormat,
  onBytes: (bytes: number) => void,
  limits: InputLimits = inputLimits(),
): AsyncIterable<InputEvent> {
  for await (const event of readFormat(path, format, onBytes)) {
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

function readFormat(
  path: string,
  format: FileFormat,
  onBytes: (bytes: number) => void,
): AsyncIterable<InputEvent> {
  if (format === 'csv') return readCsvInput(path, onBytes);
  if (format === 'jsonl') return readJsonlInput(path, onBytes);
  return readXlsxInput(path, onBytes);
}

/** Headers without text get a name, so that `--map` and messages can refer to them. */
export function headerNames(raw: readonly string[]): string[] {
  return raw.map((h, i) => (h.trim() === '' ? `column ${i + 1}` : h.trim()));
}

/** The cells of a row under a fixed header. */
export function cellsOf(headers: readonly string[], values: readonly string[]): Cell[] {
  return headers.map((header, i) => ({ header, values: [values[i] ?? ''] }));
}
