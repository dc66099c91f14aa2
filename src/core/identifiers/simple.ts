/**
 * Formats without a check digit: MMSI (shape only), passport numbers and the "strict" generic
 * normaliser for every other identifier (registration, tax, ID numbers of any country).
 */
import { foldIdentifier, isRepeated, normalizeDigits } from './text.js';
import type { IdentifierFormat } from './types.js';

/** MMSI: 9 digits (maritime identification digits + station). The shape is all there is. */
export function isValidMmsi(value: string): boolean {
  return /^\d{9}$/.test(value) && !isRepeated(value);
}

/** Upper case, folded, letters and digits only: what two lists agree on for any identifier. */
export function normalizeStrict(raw: string): string | null {
  const text = foldIdentifier(raw).replace(/[^\p{L}\p{N}]+/gu, '');
  return text === '' ? null : text;
}

/**
 * A generic value is usable when it has a digit and at least 4 characters: shorter values and
 * words ("UNKNOWN", "N/A") collide between unrelated entities.
 */
export function isUsableGeneric(value: string): boolean {
  return value.length >= 4 && /\d/.test(value) && !isRepeated(value);
}

/** Passports: a label prefix ("No.", "Passport") goes, then everything but letters and digits. */
function normalizePassport(raw: string): string | null {
  // NFKD has already turned "№" into "NO"; each label needs a separator after it.
  const text = foldIdentifier(raw).replace(/^(?:(?:PASSPORT|NUMBER|NO|NR|N°)[\s.:#]+)+/, '');
  return normalizeStrict(text);
}

export const mmsiFormat: IdentifierFormat = {
  type: 'mmsi',
  label: 'MMSI',
  checksum: false,
  // A ship's MMSI changes with its flag and numbers get reused, so neither side is conclusive.
  decisiveMatch: false,
  mismatchCounts: false,
  normalize: normalizeDigits,
  isValid: isValidMmsi,
  key: (value) => value,
  variant: () => null,
};

export const passportFormat: IdentifierFormat = {
  type: 'passport',
  label: 'passport number',
  checksum: false,
  // A person holds several passports over time and from several states.
  decisiveMatch: true,
  mismatchCounts: false,
  normalize: normalizePassport,
  isValid: (value) => value.length >= 5 && value.length <= 20 && /\d/.test(value),
  key: (value) => value,
  variant: () => null,
};

export const genericFormat: IdentifierFormat = {
  type: 'generic',
  label: 'identifier',
  checksum: false,
  // Registers of different countries reuse the same numbers.
  decisiveMatch: false,
  mismatchCounts: false,
  normalize: normalizeStrict,
  isValid: isUsableGeneric,
  key: (value) => value,
  variant: () => null,
};
