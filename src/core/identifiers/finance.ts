/** Financial identifiers: LEI (ISO 17442), BIC/SWIFT (ISO 9362) and ISIN (ISO 6166). */
import { alnumValue, luhnValid, mod97 } from './checksum.js';
import { normalizeAlnum } from './text.js';
import type { IdentifierFormat } from './types.js';

/** LEI: 18 alphanumerics and two check digits; the whole code is 1 modulo 97 (ISO 7064). */
export function isValidLei(value: string): boolean {
  return /^[A-Z0-9]{18}\d{2}$/.test(value) && mod97(value) === 1;
}

/**
 * BIC: bank (4 letters), country (2 letters), location (2), optional branch (3). There is no
 * check digit, so only the shape is tested.
 */
export function isValidBic(value: string): boolean {
  return /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(value);
}

/** ISIN: country (2 letters), 9 alphanumerics, a Luhn check digit over the letters expanded. */
export function isValidIsin(value: string): boolean {
  if (!/^[A-Z]{2}[A-Z0-9]{9}\d$/.test(value)) return false;
  let digits = '';
  for (const ch of value) digits += String(alnumValue(ch));
  return luhnValid(digits);
}

export const leiFormat: IdentifierFormat = {
  type: 'lei',
  label: 'Legal Entity Identifier (LEI)',
  checksum: true,
  decisiveMatch: true,
  mismatchCounts: true,
  normalize: (raw) => normalizeAlnum(raw, ['LEI'], (rest) => rest.length === 20),
  isValid: isValidLei,
  key: (value) => value,
  variant: () => null,
};

export const bicFormat: IdentifierFormat = {
  type: 'bic',
  label: 'BIC/SWIFT code',
  checksum: false,
  decisiveMatch: true,
  mismatchCounts: true,
  normalize: (raw) =>
    normalizeAlnum(raw, ['SWIFTBIC', 'SWIFTCODE', 'SWIFT', 'BIC'], (rest) =>
      [8, 11].includes(rest.length),
    ),
  isValid: isValidBic,
  // Lists disagree on the branch suffix ("XXX" or none), so the institution's 8 are compared.
  key: (value) => value.slice(0, 8),
  variant: (value) => (value.length === 11 && !value.endsWith('XXX') ? 'branch' : 'institution'),
};

export const isinFormat: IdentifierFormat = {
  type: 'isin',
  label: 'ISIN',
  checksum: true,
  // An issuer has many securities: a shared ISIN is decisive, a different one is not telling.
  decisiveMatch: true,
  mismatchCounts: false,
  normalize: (raw) => normalizeAlnum(raw, ['ISIN'], (rest) => rest.length === 12),
  isValid: isValidIsin,
  key: (value) => value,
  variant: () => null,
};
