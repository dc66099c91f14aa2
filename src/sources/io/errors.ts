/** An input problem, located: which file, and where in it (line, record). */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  constructor(
    readonly file: string,
    readonly where: string | null,
    readonly problem: string,
  ) {
    super(where ? `${file}: ${where}: ${problem}` : `${file}: ${problem}`);
  }
}
