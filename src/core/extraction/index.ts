/**
 * Extraction (issue 11): identifiers with their checksums, money, dates, organisations and persons,
 * found in a page's text as spans. Pure: text in, spans out.
 */
import type { Extractor } from './types.js';

export type { Extracted, Extractor } from './types.js';
export { type ExtractionRun, runExtractors } from './run.js';

/**
 * Every page of every document is run through these, in this order (src/app/documents). Each
 * extractor's own folder adds it here.
 */
export const extractors: readonly Extractor[] = [];
