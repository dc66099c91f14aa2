/**
 * Identifiers found in text, each checked where its format has a check: INN, KPP, OGRN, OGRNIP,
 * the Chinese unified social credit code, IMO, MMSI, LEI, IBAN, BIC, passport numbers, HS / ТН
 * ВЭД codes with their heading, e-mails, phones, URLs and crypto-currency addresses. OCR
 * confusions (O for 0, l for 1, Cyrillic for Latin) are folded before a check and the folded value
 * is kept only when the check passes, with less confidence; the span is always the original text.
 *
 * @example
 * ```ts
 * import { extractIdentifiers } from './index.js';
 *
 * extractIdentifiers('ИНН/КПП 1834100037/183401001');
 * // [{ kind: 'inn', value: '1834100037', start: 8, end: 18, confidence: 0.97, ... },
 * //  { kind: 'kpp', value: '183401001', start: 19, end: 28, confidence: 0.85, ... }]
 * ```
 *
 * @packageDocumentation
 */
import type { Extracted, Extractor } from '../types.js';
import { extractBic, extractIban, extractLei, extractUscc } from './codes.js';
import { extractEmail, extractUrl } from './contact.js';
import { extractCrypto } from './crypto.js';
import { extractHs, hsHeading } from './hs.js';
import { extractImo, extractMmsi } from './maritime.js';
import { removeOverlaps } from './overlaps.js';
import { extractPassport } from './passport.js';
import { extractPhone } from './phone.js';
import { extractInn, extractKpp, extractOgrn, extractOgrnip } from './russia.js';

export { HS_CHAPTERS } from './hs-chapters.js';
export { HS_HEADINGS } from './hs-headings.js';
export { midCountry } from './mid.js';
export {
  extractBic,
  extractCrypto,
  extractEmail,
  extractHs,
  extractIban,
  extractImo,
  extractInn,
  extractKpp,
  extractLei,
  extractMmsi,
  extractOgrn,
  extractOgrnip,
  extractPassport,
  extractPhone,
  extractUrl,
  extractUscc,
  hsHeading,
  removeOverlaps,
};

/** The identifier extractors by the kind they find (`ogrn` and `ogrnip` apart). */
export const IDENTIFIER_EXTRACTORS: Readonly<Record<string, Extractor>> = {
  inn: extractInn,
  kpp: extractKpp,
  ogrn: extractOgrn,
  ogrnip: extractOgrnip,
  uscc: extractUscc,
  imo: extractImo,
  mmsi: extractMmsi,
  lei: extractLei,
  iban: extractIban,
  bic: extractBic,
  passport: extractPassport,
  hs: extractHs,
  email: extractEmail,
  phone: extractPhone,
  url: extractUrl,
  crypto: extractCrypto,
};

/** Every identifier extractor, in no particular order: the pipeline runs each on each page. */
export const identifierExtractors: readonly Extractor[] = Object.values(IDENTIFIER_EXTRACTORS);

/** All identifier extractors over one text, overlaps settled, in text order. */
export function extractIdentifiers(text: string): Extracted[] {
  return removeOverlaps(identifierExtractors.flatMap((extract) => extract(text)));
}
