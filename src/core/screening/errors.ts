/**
 * The caller's mistakes in screening, one class per kind, so that each front end can answer them
 * in its own way (the CLI with an exit code, the API later with a status) without parsing text.
 * `kind` says which family a mistake belongs to.
 */
export type ScreeningErrorKind = 'usage' | 'not-found' | 'conflict' | 'integrity';

export abstract class ScreeningError extends Error {
  abstract readonly kind: ScreeningErrorKind;
}

/** A `--map` that cannot apply, or an input without a name column. */
export class ColumnMappingError extends ScreeningError {
  override readonly name = 'ColumnMappingError';
  readonly kind = 'usage';
}

/** A file whose kind (by its extension) cannot be read or written. */
export class UnsupportedFileError extends ScreeningError {
  override readonly name = 'UnsupportedFileError';
  readonly kind = 'usage';
}

/** A decision that is not one of the known kinds, or without a reason. */
export class DecisionInputError extends ScreeningError {
  override readonly name = 'DecisionInputError';
  readonly kind = 'usage';
}

/** No run with this ID. */
export class RunNotFoundError extends ScreeningError {
  override readonly name = 'RunNotFoundError';
  readonly kind = 'not-found';
  constructor(readonly runId: string) {
    super(`no screening run with ID ${runId} (dossier runs lists them)`);
  }
}

/** No hit for this run, row and entity. */
export class HitNotFoundError extends ScreeningError {
  override readonly name = 'HitNotFoundError';
  readonly kind = 'not-found';
}

/** A run that cannot be resumed as asked: finished, running elsewhere, input or lists changed. */
export class ResumeError extends ScreeningError {
  override readonly name = 'ResumeError';
  readonly kind = 'conflict';
}

/** The audit trail does not verify: `seq` is the first record that is wrong or missing. */
export class AuditBrokenError extends ScreeningError {
  override readonly name = 'AuditBrokenError';
  readonly kind = 'integrity';
  constructor(
    readonly seq: number,
    readonly problem: string,
  ) {
    super(`the audit trail is broken at record ${seq}: ${problem}`);
  }
}

/** A dataset that is not loaded (or no list loaded at all). */
export class DatasetNotFoundError extends ScreeningError {
  override readonly name = 'DatasetNotFoundError';
  readonly kind = 'not-found';
}

/**
 * A run that cannot be cancelled or have its input deleted: made by the command line (its input is
 * the user's own file, never deleted), or at work in another process.
 */
export class RunStateError extends ScreeningError {
  override readonly name = 'RunStateError';
  readonly kind = 'conflict';
}
