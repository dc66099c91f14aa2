/**
 * One document through a reader, into what the store saves: pages with their search forms, the
 * extractors' findings as mentions, or a failure with its reason. Checks the limits a reader
 * cannot see (empty, too large, nested too deep) before any reader runs.
 */
import {
  type ReadFailure,
  type ReadLimits,
  type ReadOutcome,
  type ReadPage,
  searchable,
  spanBox,
} from '../../core/documents/index.js';
import { type Extractor, runExtractors } from '../../core/extraction/index.js';
import type { DocumentReader } from '../../readers/index.js';
import type { DocumentResult, MentionInput, PageInput } from '../../store/cases/index.js';

export interface ReadRequest {
  /** All of them, or only the first ones when the file is over the size limit (never read). */
  bytes: Uint8Array;
  size: number;
  fileName: string;
  mediaType: string;
  depth: number;
  limits: ReadLimits;
  ocrLanguages: string;
  signal?: AbortSignal;
}

const failed = (stage: string, reason: string, message: string): ReadOutcome => ({
  status: 'failed',
  failure: { stage, reason, message },
});

/** The reader's outcome, or a failure: a reader that throws fails its file, not the batch. */
export async function readDocument(
  request: ReadRequest,
  pick: (mediaType: string, fileName: string) => DocumentReader | null,
): Promise<{ outcome: ReadOutcome; reader: string | null }> {
  const { bytes, size, limits } = request;
  if (size === 0) return { outcome: failed('detect', 'empty', 'the file is empty'), reader: null };
  if (size > limits.maxFileBytes || bytes.length !== size) {
    const message = `${size} bytes, more than the limit of ${limits.maxFileBytes}`;
    return { outcome: failed('detect', 'too-large', message), reader: null };
  }
  if (request.depth > limits.maxDepth) {
    const message = `nested ${request.depth} deep, more than the limit of ${limits.maxDepth}`;
    return { outcome: failed('unpack', 'archive-limits', message), reader: null };
  }
  const reader = pick(request.mediaType, request.fileName);
  if (!reader) {
    const message = `no reader for ${request.mediaType} (${request.fileName})`;
    return { outcome: failed('detect', 'unknown-type', message), reader: null };
  }
  try {
    const { size: _size, ...input } = request;
    return { outcome: await reader.read(input), reader: reader.name };
  } catch (error) {
    if (request.signal?.aborted) throw error;
    const message = `${reader.name} reader: ${(error as Error).message}`;
    return { outcome: failed('read', 'corrupt', message), reader: reader.name };
  }
}

function pageInput(page: ReadPage): PageInput {
  return {
    page: page.page,
    text: page.text,
    method: page.method,
    language: page.language,
    confidence: page.confidence,
    width: page.width,
    height: page.height,
    ...(page.words ? { words: page.words } : {}),
    ...searchable(page.text),
  };
}

/** Each page's findings as mentions, with the box of the words they cover where there is one. */
export function mentionsOf(
  pages: readonly ReadPage[],
  extractors: readonly Extractor[],
  problems: string[],
): MentionInput[] {
  const mentions: MentionInput[] = [];
  if (extractors.length === 0) return mentions;
  for (const page of pages) {
    const run = runExtractors(page.text, extractors);
    for (const problem of run.problems) problems.push(`page ${page.page}: ${problem}`);
    for (const found of run.found) {
      mentions.push({
        page: page.page,
        start: found.start,
        end: found.end,
        kind: found.kind,
        text: found.text,
        value: found.value,
        extractor: found.extractor,
        confidence: found.confidence,
        box: spanBox(page.words, found.start, found.end),
      });
    }
  }
  return mentions;
}

/** What the store saves for an outcome; `reader` is kept as a property, for `dossier doc`. */
export function resultOf(
  outcome: ReadOutcome,
  reader: string | null,
  extractors: readonly Extractor[],
  problems: string[],
): DocumentResult {
  const properties = { ...(outcome.properties ?? {}), ...(reader ? { reader: [reader] } : {}) };
  if (outcome.status === 'failed') {
    return { status: 'failed', failure: outcome.failure, properties };
  }
  return {
    status: 'processed',
    properties,
    pages: outcome.pages.map(pageInput),
    mentions: mentionsOf(outcome.pages, extractors, problems),
  };
}

/** A failure for a result the store refused (a reader's span outside its page, say). */
export function refused(error: unknown): DocumentResult {
  const failure: ReadFailure = {
    stage: 'save',
    reason: 'invalid-output',
    message: (error as Error).message,
  };
  return { status: 'failed', failure };
}
