/**
 * A reader's failure as an exception, so that deep helpers (a render, an OCR run) can stop a read
 * and the reader's `read` turns it into a `failed` outcome with its stage and reason.
 */
import type { ReadFailure, ReadOutcome } from '../../core/documents/index.js';

export class ReadFailureError extends Error {
  constructor(readonly failure: ReadFailure) {
    super(failure.message);
    this.name = 'ReadFailureError';
  }
}

export function failed(stage: string, reason: string, message: string): ReadOutcome {
  return { status: 'failed', failure: { stage, reason, message } };
}

/** The outcome for an error thrown while reading: a ReadFailureError's own, else `fallback`. */
export function failureOutcome(error: unknown, fallback: ReadFailure): ReadOutcome {
  if (error instanceof ReadFailureError) return { status: 'failed', failure: error.failure };
  return { status: 'failed', failure: fallback };
}
