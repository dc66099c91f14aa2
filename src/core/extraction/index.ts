/**
 * Extraction (issue 11): identifiers with their checksums, money, dates, organisations and persons,
 * found in a page's text as spans. Pure: text in, spans out.
 */
import { extractDates } from './dates/index.js';
import { extractIdentifiers } from './identifiers/index.js';
import { extractMoney } from './money/index.js';
import { extractParties } from './parties/index.js';
import type { Extractor } from './types.js';

export { dateExtractors, extractDates } from './dates/index.js';
export { extractMoney, moneyExtractors } from './money/index.js';
export {
  extractOrgs,
  extractParties,
  extractPersons,
  nominativeCandidates,
  partyExtractors,
  samePersons,
} from './parties/index.js';
export {
  extractIdentifiers,
  HS_CHAPTERS,
  HS_HEADINGS,
  hsHeading,
  IDENTIFIER_EXTRACTORS,
  identifierExtractors,
  removeOverlaps,
} from './identifiers/index.js';
export type { Extracted, Extractor } from './types.js';
export { type ExtractionRun, runExtractors } from './run.js';

/**
 * Every page of every document is run through these, in this order (src/app/documents):
 * identifiers (with their check digits), money, dates, then organisations and persons.
 */
export const extractors: readonly Extractor[] = [
  extractIdentifiers,
  extractMoney,
  extractDates,
  extractParties,
];
