/**
 * A documents service over a new database in a temporary folder, with a reader spy, for the tests
 * of src/app/documents (never shipped: *fixture* files are left out of the package).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Extractor } from '../../core/extraction/index.js';
import { type DocumentReader, readerFor } from '../../readers/index.js';
import { openBlobStore, openCaseStore } from '../../store/cases/index.js';
import { DocumentService } from './service.js';

export interface Fixture {
  dir: string;
  service: DocumentService;
  cases: ReturnType<typeof openCaseStore>;
  blobs: ReturnType<typeof openBlobStore>;
  /** File names each reader was asked to read, in order. */
  reads: string[];
  write(path: string, bytes: Uint8Array | string): string;
  close(): Promise<void>;
}

export function documentsFixture(
  options: { readers?: DocumentReader[]; extractors?: Extractor[] } = {},
): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-docs-'));
  const db = join(dir, 'case.db');
  const cases = openCaseStore(db);
  const blobs = openBlobStore(db);
  const reads: string[] = [];
  const pick = (mediaType: string, fileName: string): DocumentReader | null => {
    const reader =
      options.readers?.find((r) => r.accepts(mediaType, fileName)) ??
      readerFor(mediaType, fileName);
    if (!reader) return null;
    return {
      name: reader.name,
      accepts: () => true,
      read: (input) => {
        reads.push(input.fileName);
        return reader.read(input);
      },
    };
  };
  const service = new DocumentService({
    cases,
    blobs,
    readerFor: pick,
    extractors: options.extractors ?? [],
  });
  return {
    dir,
    service,
    cases,
    blobs,
    reads,
    write(path, bytes) {
      const file = join(dir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
      return file;
    },
    close: () => cases.close(),
  };
}
