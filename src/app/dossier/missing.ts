/**
 * A database that is not there. Opening one for reading must not create it: SQLite would make an
 * empty file, and a screen against it would answer "clear" for every name. Only commands that
 * load lists or must write (ingest, update, keys create) create the file.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DossierError } from '../../core/errors/index.js';

export class DatabaseNotFound extends DossierError {
  override readonly name = 'DatabaseNotFound';
  readonly code = 'not_found';
  constructor(readonly location: string) {
    const full = resolve(location);
    const where = full === location ? `"${location}"` : `"${location}" (${full})`;
    super(
      `no database at ${where}: load lists into it with "dossier update" or ` +
        '"dossier ingest <file> --dataset <name>" (or a case with "dossier case create <case>"), ' +
        'or name another with --db or DOSSIER_DB',
    );
  }
}

/** SQLite's in-memory and temporary databases have no file to look for. */
function isFileLocation(location: string): boolean {
  return location !== '' && location !== ':memory:' && !/^[a-z]+:\/\//i.test(location);
}

/** Throws DatabaseNotFound when the location names a file that does not exist. */
export function requireDatabase(location: string): void {
  if (isFileLocation(location) && !existsSync(location)) throw new DatabaseNotFound(location);
}
