/**
 * A screen request checked before anything is recorded: the input file (not empty, readable as
 * its kind), the settings, the dataset, and the header's columns (a `--map` column that is not
 * there, no column for the name). The input is hashed and its first event kept for the run.
 */
import { resolve } from 'node:path';
import { ColumnResolver } from '../../core/screening/index.js';
import { ScreeningError, UnsupportedFileError } from '../../core/screening/index.js';
import type { RunParams } from '../../core/screening/index.js';
import { checkFile } from '../../sources/io/index.js';
import type { Store } from '../../store/index.js';
import { fileSha256 } from './files.js';
import { type FileFormat, fileFormat, type InputEvent, readInput } from './input.js';
import { type InputLimits, inputLimitsFromEnv } from './limits.js';
import { checkXlsxRows } from './read-xlsx.js';
import { checkDataset, type SharedRequest, sharedParams } from './matching.js';

export interface ScreenRequest extends SharedRequest {
  input: string;
  map?: string[];
  /** The customer ID column, overriding detection (`--id-column`). */
  idColumn?: string | null;
  actor: string;
  /** Matching threads (0: match in this thread); they do not change the results. */
  workers?: number;
  /** `api`: submitted over HTTP, so that the server resumes it after a restart. */
  via?: 'api';
  /** How far the input may expand (./limits.ts); the defaults when not given. */
  limits?: InputLimits;
}

/** Portfolio files are streamed, so any size will do. */
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

function paramsOf(request: ScreenRequest, format: FileFormat): RunParams {
  if (request.output) fileFormat(request.output, '--out');
  for (const [flag, path] of [
    ['--out', request.output],
    ['--report', request.report],
  ]) {
    if (path && resolve(path) === resolve(request.input)) {
      throw new UnsupportedFileError(`${flag} must not be the input file`);
    }
  }
  return {
    inputFormat: format,
    ...sharedParams(request),
    map: request.map ?? [],
    ...(request.idColumn ? { idColumn: request.idColumn } : {}),
    ...(request.via ? { via: request.via } : {}),
  };
}

/**
 * Read the first event (the header of a CSV or XLSX) before the run exists, to check it. A file
 * that cannot be read as its kind (an XLSX that is not a zip) is the caller's mistake.
 */
async function peek(events: AsyncIterable<InputEvent>, what: string) {
  const iterator = events[Symbol.asyncIterator]();
  let first: IteratorResult<InputEvent>;
  try {
    first = await iterator.next();
  } catch (error) {
    if (error instanceof ScreeningError) throw error;
    throw new UnsupportedFileError(`cannot read ${what}: ${(error as Error).message}`);
  }
  async function* all(): AsyncIterable<InputEvent> {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield next.value;
    }
  }
  const close = async () => {
    await iterator.return?.();
  };
  return { first: first.done ? null : first.value, events: all(), close };
}

/** The input's size; an empty or unreadable file is the caller's mistake. */
export function checkInput(input: string): number {
  try {
    return checkFile(input, NO_LIMIT);
  } catch (error) {
    throw new UnsupportedFileError((error as Error).message);
  }
}

/** A request checked (file, columns, dataset), its input hashed, its first event read. */
export async function checkRequest(store: Store, request: ScreenRequest) {
  const input = resolve(request.input);
  const total = checkInput(input);
  const format = fileFormat(input, 'input');
  const params = paramsOf(request, format);
  const resolver = new ColumnResolver(params.map, params.idColumn ?? null);
  await checkDataset(store, params.dataset);
  const inputSha256 = await fileSha256(input);
  const limits = request.limits ?? inputLimitsFromEnv();
  let bytes = 0;
  const peeked = await peek(
    readInput(input, format, (n) => (bytes += n), limits),
    `${input} as ${format}`,
  );
  const { first } = peeked;
  try {
    // Rows cost the job's time, and an XLSX holds many in few bytes: counted now, up to the limit.
    if (format === 'xlsx') await checkXlsxRows(input, limits);
    if (first?.kind === 'header') {
      const { mapping, ignored, idColumn } = resolver.checkHeader(first.headers);
      Object.assign(params, { columns: mapping, ignoredColumns: ignored, usedIdColumn: idColumn });
    }
  } catch (error) {
    await peeked.close();
    throw error;
  }
  const reading = { bytes: () => bytes, total };
  return { input, inputSha256, params, peeked, reading };
}
