/**
 * Dates: numeric, Russian, Chinese and English forms, read to ISO 8601 by the same rules as the
 * list sources (src/core/normalise/dates), with ambiguous day/month readings marked.
 *
 * @example
 * ```ts
 * import { extractDates } from './dates/index.js';
 *
 * extractDates('Договор № 5 от «14» марта 2024 года')[0]?.value; // '2024-03-14'
 * extractDates('Invoice date: 04/03/2024')[0];
 * // { value: '2024-03-04', confidence: 0.6, details: { ambiguous: ['2024-04-03'] }, ... }
 * ```
 *
 * @packageDocumentation
 */
import type { Extractor } from '../types.js';
import { extractDates } from './extract.js';

export { extractDates } from './extract.js';

/** The date extractors, in the order the pipeline runs them (day-first convention). */
export const dateExtractors: readonly Extractor[] = [(text) => extractDates(text)];
