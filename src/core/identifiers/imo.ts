/**
 * IMO numbers: 7 digits. Ships use weights 7..2 over the first six digits, sum modulo 10. The
 * IMO Unique Company and Registered Owner Identification Number uses weights 8,6,4,2,9,7 and
 * (11 − sum mod 11) mod 10. Lists put both in one "IMO" field, so both are accepted.
 */
import { weightedSum } from './checksum.js';
import { isRepeated, normalizeDigits } from './text.js';
import type { IdentifierFormat } from './types.js';

const SHIP_WEIGHTS = [7, 6, 5, 4, 3, 2];
const COMPANY_WEIGHTS = [8, 6, 4, 2, 9, 7];

export type ImoKind = 'ship' | 'company' | 'ship-or-company';

/** Which IMO checksum a 7-digit value satisfies, or null for neither. */
export function imoKind(value: string): ImoKind | null {
  if (!/^\d{7}$/.test(value) || isRepeated(value)) return null;
  const check = Number(value[6]);
  const ship = weightedSum(value, SHIP_WEIGHTS) % 10 === check;
  const company = (11 - (weightedSum(value, COMPANY_WEIGHTS) % 11)) % 10 === check;
  if (ship && company) return 'ship-or-company';
  return ship ? 'ship' : company ? 'company' : null;
}

export function isValidImo(value: string): boolean {
  return imoKind(value) !== null;
}

/** Some lists drop leading zeros, so 5- and 6-digit runs are padded back to 7. */
function normalizeImo(raw: string): string | null {
  const digits = normalizeDigits(raw);
  if (digits === null) return null;
  return digits.length >= 5 && digits.length < 7 ? digits.padStart(7, '0') : digits;
}

export const imoFormat: IdentifierFormat = {
  type: 'imo',
  label: 'IMO number',
  checksum: true,
  decisiveMatch: true,
  mismatchCounts: true,
  normalize: normalizeImo,
  isValid: isValidImo,
  key: (value) => value,
  variant: imoKind,
};
