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
