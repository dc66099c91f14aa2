/**
 * Cases and their documents (issue 11): the interface, its SQLite backend, and the folder where
 * the documents' bytes are kept.
 *
 * @example
 * ```ts
 * const cases = openCaseStore('dossier.db');
 * const blobs = openBlobStore('dossier.db');
 * await cases.createCase({ name: 'garpiya' });
 * const { sha256, size } = await blobs.putFile('leak/contract.pdf');
 * await cases.addDocument('garpiya', { id: sha256, size, fileName: 'contract.pdf',
 *   mediaType: 'application/pdf', path: 'leak/contract.pdf' });
 * ```
 */
export { type BlobInfo, type BlobStore, FolderBlobStore } from './blobs.js';
export { CaseExists, CaseNotFound, DocumentNotFound, InvalidDocumentData } from './errors.js';
export { MAX_NOTE, TAG_PATTERN } from './notes.js';
export { SqliteCaseStore } from './sqlite-cases.js';
export type * from './types.js';

import { type BlobStore, FolderBlobStore } from './blobs.js';
import { SqliteCaseStore } from './sqlite-cases.js';
import { sqliteLocation } from '../sqlite/connection.js';
import type { CaseStore } from './types.js';

export function openCaseStore(location: string): CaseStore {
  return new SqliteCaseStore(sqliteLocation(location));
}

/** The blob folder beside a database file: `cases.db` keeps its bytes in `cases.db.blobs/`. */
export function openBlobStore(location: string): BlobStore {
  return new FolderBlobStore(`${sqliteLocation(location)}.blobs`);
}
