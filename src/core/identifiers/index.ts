/**
 * Identifier normalisation, checksums and comparison for the matcher.
 *
 * Each identifier type has a format with `normalize(raw)` (strip separators and labels such as
 * "IMO" or "INN", fold case, look-alike letters and non-ASCII digits) and `isValid(normalized)`
 * (the real check digit where the type has one). `compareIdentifiers` applies the matching rule:
 * a valid identifier that matches is decisive; a different valid value of the same type counts
 * against.
 *
 * @example
 * ```ts
 * import { compareIdentifiers, IDENTIFIER_FORMATS, imoKind } from '../identifiers/index.js';
 *
 * IDENTIFIER_FORMATS.inn.isValid('1831083343'); // true
 * IDENTIFIER_FORMATS.imo.normalize('IMO 9187629'); // '9187629'
 * imoKind('5342883'); // 'company'
 * compareIdentifiers(
 *   { registrationNumber: ['1021801143374'] },
 *   { ogrnCode: ['1021801143374'], innCode: ['1831083343'] },
 * ); // [{ type: 'ogrn', outcome: 'match', strong: true, shared: ['1021801143374'], ... }]
 * ```
 *
 * @packageDocumentation
 */

export { type IdentifierComparison, compareIdentifiers } from './compare.js';
export {
  classifyIdentifier,
  extractIdentifiers,
  type IdentifierProps,
  type IdentifierValue,
  identifierTypeOf,
  PROPERTY_TYPES,
} from './ftm.js';
export { isValidBic, isValidIsin, isValidLei } from './finance.js';
export { isValidIban } from './iban.js';
export { IBAN_LENGTHS } from './iban-lengths.js';
export { type ImoKind, imoKind, isValidImo } from './imo.js';
export {
  IDENTIFIER_FORMATS,
  IDENTIFIER_TYPES,
  normalizeIdentifier,
  validIdentifier,
} from './registry.js';
export { isValidInn, isValidOgrn } from './russia.js';
export { isValidMmsi, normalizeStrict } from './simple.js';
export type { IdentifierFormat, IdentifierType } from './types.js';
export { isValidUscc } from './uscc.js';
