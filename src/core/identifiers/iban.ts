/**
 * IBAN (ISO 13616): country, two check digits, then the national account number. The check is
 * ISO 7064 MOD 97-10 over the code with its first four characters moved to the end.
 */
import { mod97 } from './checksum.js';
import { IBAN_LENGTHS } from './iban-lengths.js';
import { normalizeAlnum } from './text.js';
import type { IdentifierFormat } from './types.js';

const SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;

/**
 * Countries in the length table must have exactly their length; others (partner schemes) are
 * accepted within the ISO bounds of 15 to 34 characters, because mod 97 alone is a strong check.
 */
export function isValidIban(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  const length = IBAN_LENGTHS[value.slice(0, 2)];
  if (length !== undefined && value.length !== length) return false;
  return mod97(value.slice(4) + value.slice(0, 4)) === 1;
}

export const ibanFormat: IdentifierFormat = {
  type: 'iban',
  label: 'IBAN',
  checksum: true,
  // An entity holds many accounts: a shared IBAN is decisive, a different one is not telling.
  decisiveMatch: true,
  mismatchCounts: false,
  // "IB" is no country code, so an "IBAN" prefix can always go when a country and digits follow.
  normalize: (raw) => normalizeAlnum(raw, ['IBAN'], (rest) => /^[A-Z]{2}\d{2}/.test(rest)),
  isValid: isValidIban,
  key: (value) => value,
  variant: () => null,
};
