/**
 * Parties on no list: organisations by their legal form and persons by their title or the shape
 * of their name, in Russian, Chinese and English text.
 *
 * @example
 * ```ts
 * import { extractParties } from './parties/index.js';
 *
 * extractParties('ООО «Ромашка» в лице Генерального директора Иванова Ивана Ивановича');
 * // [{ kind: 'org', text: 'ООО «Ромашка»', value: 'ооо ромашка',
 * //    details: { name: 'Ромашка', form: 'ООО', class: 'llc' }, ... },
 * //  { kind: 'person', text: 'Иванова Ивана Ивановича',
 * //    details: { role: 'генеральный директор' }, ... }]
 * ```
 *
 * @packageDocumentation
 */
import { keepLongest } from '../longest.js';
import type { Extracted, Extractor } from '../types.js';
import { extractOrgs } from './orgs.js';
import { extractPersons } from './persons.js';

export { extractOrgs } from './orgs.js';
export { extractPersons } from './persons.js';
export { nominativeCandidates, samePersons } from './surnames.js';

/**
 * Organisations and persons in text order. Where they overlap an organisation wins (a person's
 * name inside a company name is the company's), and a titled reading of a person wins over the
 * same name found by its pattern alone.
 */
export function extractParties(text: string): Extracted[] {
  return keepLongest([...extractOrgs(text), ...extractPersons(text)]);
}

/** The party extractors, in the order the pipeline runs them. */
export const partyExtractors: readonly Extractor[] = [extractParties];
