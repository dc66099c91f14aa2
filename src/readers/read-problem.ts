/**
 * A reader's failure as it travels inside the reader: thrown where the problem is found, turned
 * into a `failed` ReadOutcome once, at the reader's edge, with whatever was read before it.
 */
import type { ChildFile, ReadFailure, ReadOutcome } from '../core/documents/index.js';

export class ReadProblem extends Error {
  override readonly name = 'ReadProblem';
  constructor(
    readonly stage: string,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }

  get failure(): ReadFailure {
    return { stage: this.stage, reason: this.reason, message: this.message };
  }
}

/** A failed outcome, keeping what could be taken out before the failure. */
export function failed(
  failure: ReadFailure,
  children?: ChildFile[],
  properties?: Record<string, string[]>,
): ReadOutcome {
  return {
    status: 'failed',
    failure,
    ...(properties && Object.keys(properties).length > 0 ? { properties } : {}),
    ...(children && children.length > 0 ? { children } : {}),
  };
}

/**
 * Run a reader's body: a ReadProblem becomes its failure; any other error (a library choking on
 * malformed bytes) is the file's fault, reported as `corrupt` at `stage`, never thrown to the
 * pipeline, so that one bad file never stops a batch.
 */
export async function readSafely(
  stage: string,
  body: () => Promise<ReadOutcome>,
): Promise<ReadOutcome> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof ReadProblem) return failed(error.failure);
    if ((error as Error).name === 'AbortError') throw error;
    const message = error instanceof Error ? error.message : String(error);
    return failed({ stage, reason: 'corrupt', message: `cannot be read: ${message}` });
  }
}

/** A byte count as people read it. */
export function showBytes(bytes: number): string {
  const MIB = 1024 * 1024;
  if (bytes >= MIB) return `${(bytes / MIB).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
