/**
 * Russian taxpayer (INN) and state registration (OGRN, OGRNIP) numbers. The check digits follow
 * the Federal Tax Service's published weights; both numbers appear on most Russian designations.
 */
import { modDecimal, weightedSum } from './checksum.js';
import { isRepeated, normalizeDigits } from './text.js';
import type { IdentifierFormat } from './types.js';

const INN10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_FIRST = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_SECOND = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** A check digit is the weighted sum modulo 11, with 10 written as 0. */
function innCheck(digits: string, weights: readonly number[]): number {
  return (weightedSum(digits, weights) % 11) % 10;
}

/** INN: 10 digits for organisations, 12 for individuals (two check digits). */
export function isValidInn(value: string): boolean {
  // The first two digits are a region code; "00" never occurs.
  if (!/^\d{10}(\d{2})?$/.test(value) || value.startsWith('00') || isRepeated(value)) return false;
  if (value.length === 10) return innCheck(value, INN10) === Number(value[9]);
  return (
    innCheck(value, INN12_FIRST) === Number(value[10]) &&
    innCheck(value, INN12_SECOND) === Number(value[11])
  );
}

/**
 * OGRN: 13 digits, the first 12 modulo 11 then 10 give the last. OGRNIP (sole traders): 15 digits,
 * modulo 13 then 10. The first digit says which register: 1 or 5 for OGRN, 3 for OGRNIP; the other
 * digits mark plain record numbers (GRN), which do not identify an entity.
 */
export function isValidOgrn(value: string): boolean {
  if (/^[15]\d{12}$/.test(value)) {
    return modDecimal(value.slice(0, 12), 11) % 10 === Number(value[12]);
  }
  if (/^3\d{14}$/.test(value)) {
    return modDecimal(value.slice(0, 14), 13) % 10 === Number(value[14]);
  }
  return false;
}

export const innFormat: IdentifierFormat = {
  type: 'inn',
  label: 'Russian taxpayer number (INN)',
  checksum: true,
  decisiveMatch: true,
  mismatchCounts: true,
  normalize: normalizeDigits,
  isValid: isValidInn,
  key: (value) => value,
  variant: (value) => (value.length === 10 ? 'legal-entity' : 'individual'),
};

export const ogrnFormat: IdentifierFormat = {
  type: 'ogrn',
  label: 'Russian state registration number (OGRN/OGRNIP)',
  checksum: true,
  decisiveMatch: true,
  mismatchCounts: true,
  normalize: normalizeDigits,
  isValid: isValidOgrn,
  key: (value) => value,
  variant: (value) => (value.length === 15 ? 'ogrnip' : 'ogrn'),
};
