/**
 * The caller's mistakes in screening, one class per kind, each with the stable code the front
 * ends translate (the CLI to an exit code, the API to a status) without parsing text.
 */
import { DossierError } from '../errors/index.js';

export abstract class ScreeningError extends DossierError {}

/** A `--map` that cannot apply, or an input without a name column. */
export class ColumnMappingError extends ScreeningError {
  override readonly name = 'ColumnMappingError';
  readonly code = 'invalid_input';
}

/** A file whose kind (by its extension) cannot be read or written. */
export class UnsupportedFileError extends ScreeningError {
  override readonly name = 'UnsupportedFileError';
  readonly code = 'invalid_input';
}

/** A decision that is not one of the known kinds, or without a reason. */
export class DecisionInputError extends ScreeningError {
  override readonly name = 'DecisionInputError';
  readonly code = 'invalid_input';
}

/** No run with this ID. */
export class RunNotFoundError extends ScreeningError {
  override readonly name = 'RunNotFoundError';
  readonly code = 'not_found';
  constructor(readonly runId: string) {
    super(`no screening run with ID ${runId} (dossier runs lists them)`);
  }
}

/** No hit for this run, row and entity. */
export class HitNotFoundError extends ScreeningError {
  override readonly name = 'HitNotFoundError';
  readonly code = 'not_found';
}

/** A run that cannot be resumed as asked: finished, running elsewhere, input or lists changed. */
export class ResumeError extends ScreeningError {
  override readonly name = 'ResumeError';
  readonly code = 'conflict';
}

/** The audit trail does not verify: `seq` is the first record that is wrong or missing. */
export class AuditBrokenError extends ScreeningError {
  override readonly name = 'AuditBrokenError';
  readonly code = 'integrity';
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
  readonly code = 'not_found';
}

/**
 * A run that cannot be cancelled or have its input deleted: made by the command line (its input is
 * the user's own file, never deleted), or at work in another process.
 */
export class RunStateError extends ScreeningError {
  // Widened: RunClaimedError, a kind of it, names itself.
  override readonly name: string = 'RunStateError';
  readonly code = 'conflict';
}

/**
 * A run another claim got first: two resumes (or a resume and a job runner) raced for it, and
 * the store let only one through. `holder` is the process that won, when it is at work on it.
 */
export class RunClaimedError extends RunStateError {
  override readonly name = 'RunClaimedError';
  constructor(
    readonly runId: string,
    readonly holder: number | null,
    readonly status: string,
  ) {
    super(
      holder !== null && status === 'running'
        ? `run ${runId} is being resumed by process ${holder}; nothing was written`
        : `run ${runId} is ${status} now (it changed while this resume prepared); nothing was written`,
    );
  }
}

/**
 * A submitter (an API key, or every caller of an open server) with as many jobs waiting as one
 * may have: refused before its file is received, so that one key cannot fill the queue (and the
 * disk) for everyone. Rate-limited, like a key past its request rate: it may submit again once one
 * of its jobs has started or been cancelled.
 */
export class JobQueueFullError extends ScreeningError {
  override readonly name = 'JobQueueFullError';
  readonly code = 'rate_limited';
  constructor(
    readonly submitter: string,
    readonly limit: number,
  ) {
    super(
      `${submitter} has ${limit} job(s) waiting, as many as one submitter may have ` +
        '(maxQueuedJobsPerKey); submit again once one has started, or cancel one ' +
        '(DELETE /screen/jobs/{id})',
    );
  }
}

/**
 * The chain holds but the trail lacks what the store says happened (a run or decision with no
 * record, an emptied trail), or it does not reach the head the user kept elsewhere.
 */
export class AuditIncompleteError extends ScreeningError {
  override readonly name = 'AuditIncompleteError';
  readonly code = 'integrity';
  constructor(readonly problem: string) {
    super(`the audit trail is incomplete: ${problem}`);
  }
}

/** An `--expect-head` (or `expect_head`) that is not `<seq>:<hash>`. */
export class AuditHeadFormatError extends ScreeningError {
  override readonly name = 'AuditHeadFormatError';
  readonly code = 'invalid_input';
  constructor(readonly text: string) {
    super(
      `the expected head must be <seq>:<sha-256 hex> as dossier audit head prints it, not "${text}"`,
    );
  }
}

/** A retention period, interval, key or checkpoint file that cannot be used as given. */
export class AuditOptionError extends ScreeningError {
  override readonly name = 'AuditOptionError';
  readonly code = 'invalid_input';
}

/**
 * A signed checkpoint that does not hold: its signature fails under the key given (forged or
 * altered), or it is not one.
 */
export class AuditCheckpointError extends ScreeningError {
  override readonly name = 'AuditCheckpointError';
  readonly code = 'integrity';
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`checkpoint ${line} does not hold: ${problem}`);
  }
}
