/**
 * Extraction (issue 11): identifiers with their checksums, money, dates, organisations and persons,
 * found in a page's text as spans. Pure: text in, spans out.
 */
export { dateExtractors, extractDates } from './dates/index.js';
export { extractMoney, moneyExtractors } from './money/index.js';
export { extractOrgs, extractParties, extractPersons, partyExtractors } from './parties/index.js';
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
