import { DossierError } from '../../core/errors/index.js';

/** An input problem, located: which file, and where in it (line, record). */
export class SourceError extends DossierError {
  override readonly name = 'SourceError';
  readonly code = 'source_invalid';
  constructor(
    readonly file: string,
    readonly where: string | null,
    readonly problem: string,
  ) {
    super(where ? `${file}: ${where}: ${problem}` : `${file}: ${problem}`);
  }
}

/** A list file named that is not there: something named that does not exist (exit 3). */
export class MissingFileError extends DossierError {
  override readonly name = 'MissingFileError';
  readonly code = 'not_found';
  constructor(readonly file: string) {
    super(`${file}: cannot read: no such file`);
  }
}

/** A `--format` that names no source: a usage mistake (exit 2). */
export class UnknownFormatError extends DossierError {
  override readonly name = 'UnknownFormatError';
  readonly code = 'invalid_input';
}

/** The error for a file that cannot be opened: missing, or unreadable for another reason. */
export function unreadable(file: string, error: unknown): DossierError {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new MissingFileError(file);
  return new SourceError(file, null, `cannot read: ${(error as Error).message}`);
}
