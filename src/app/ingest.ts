/**
 * Loading list files into a dataset: detect the format, stream the source's records into a new
 * version, and commit only when everything was read and the version passes its checks (not older
 * than the current version, not much smaller: ingest-guards.ts). Any failure aborts the load, so
 * the previous version stays current.
 */
import { resolve } from 'node:path';
import type { Rejected } from '../core/model/index.js';
import { checkFile, readHead, SourceError } from '../sources/io/index.js';
import { detectSource, sourceByFormat } from '../sources/registry.js';
import { Deletion, type Source } from '../sources/types.js';
import type { Store, VersionInfo } from '../store/index.js';
import {
  checkForward,
  checkShrink,
  DEFAULT_MAX_SHRINK,
  IngestInputError,
  publicationDay,
} from './ingest-guards.js';

export interface IngestRequest {
  files: string[];
  dataset: string;
  format?: string;
  /** The publication day (YYYY-MM-DD) for files that state none (OFAC's CSV, FtM exports). */
  published?: string;
  /** Load a file published before the current version (a deliberate rollback). */
  allowOlder?: boolean;
  /** Load a version that loses more than `maxShrink` of the current version's targets. */
  allowShrink?: boolean;
  /** The share of targets a version may lose (0 to 1); default DEFAULT_MAX_SHRINK. */
  maxShrink?: number;
  /** Called now and then with the bytes read so far, the total, and the entities written. */
  onProgress?: (done: number, total: number, entities: number) => void;
}

export interface IngestSummary {
  version: VersionInfo;
  files: string[];
  format: string;
  rejected: Rejected[];
  warnings: string[];
  /** What the user should know about the load itself (no publication date to compare, say). */
  notes: string[];
  seconds: number;
}

const DATASET_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export function checkDatasetName(name: string): void {
  // "default" names the collection of all datasets in the API.
  if (!DATASET_NAME.test(name) || name === 'default') {
    throw new IngestInputError(
      `invalid dataset name "${name}": use lower-case letters, digits, "-" and "_" (at most 64), not "default"`,
    );
  }
}

/** One source for all files: named by --format, or detected, and then the same for every file. */
function chooseSource(files: string[], format: string | undefined): Source {
  if (format) return sourceByFormat(format);
  const detected = files.map((file) => ({ file, source: detectSource(file) }));
  const first = detected[0]!;
  const other = detected.find((d) => d.source !== first.source);
  if (other) {
    throw new SourceError(
      other.file,
      null,
      `is ${other.source.format} but ${first.file} is ${first.source.format}; load one format per dataset`,
    );
  }
  return first.source;
}

export async function ingest(store: Store, request: IngestRequest): Promise<IngestSummary> {
  const started = performance.now();
  checkDatasetName(request.dataset);
  if (request.files.length === 0) throw new IngestInputError('no input files given');
  const source = chooseSource(request.files, request.format);
  const files = source.companions ? source.companions(request.files) : request.files;
  const total = files.reduce((sum, file) => sum + checkFile(file, source.maxBytes), 0);
  const published = publicationDay(
    files.map((file) => source.published?.(readHead(file)) ?? null),
    request.published,
  );

  const session = await store.beginLoad({
    dataset: request.dataset,
    format: source.format,
    // Absolute paths: provenance must still say which file after the working folder changes.
    sourceFiles: files.map((file) => resolve(file)),
    incremental: source.incremental ?? false,
    published,
  });
  const notes: string[] = [];
  // Checked under the load's lock, before a byte is parsed: another load cannot slip in between.
  try {
    const note = checkForward(request.dataset, published, session.previous, !!request.allowOlder);
    if (note) notes.push(note);
  } catch (error) {
    await session.abort();
    throw error;
  }
  const maxShrink = request.allowShrink ? 1 : (request.maxShrink ?? DEFAULT_MAX_SHRINK);
  const rejected: Rejected[] = [];
  const warnings: string[] = [];
  let done = 0;
  let written = 0;
  const ctx = {
    progress: (bytes: number) => {
      done += bytes;
      request.onProgress?.(done, total, written);
    },
    warn: (message: string) => warnings.push(message),
  };
  try {
    for await (const record of source.read(files, ctx)) {
      if (record instanceof Deletion) {
        if (!source.incremental) throw new Error(`${source.format} cannot delete entities`);
        session.remove(record.id);
        continue;
      }
      const statements = record.toStatements(request.dataset, session.loadedAt);
      session.write({
        id: record.id,
        schema: record.schema.name,
        target: record.isTarget,
        statements,
      });
      rejected.push(...record.rejected);
      written++;
    }
    if (written === 0 && !source.incremental) {
      throw new SourceError(
        files.join(', '),
        null,
        `no entities found in this ${source.format} input`,
      );
    }
    const version = await session.commit((next, previous) =>
      checkShrink(next, previous, maxShrink),
    );
    const seconds = (performance.now() - started) / 1000;
    return { version, files, format: source.format, rejected, warnings, notes, seconds };
  } catch (error) {
    await session.abort();
    throw error;
  }
}
