/**
 * China's Unified Social Credit Code (GB 32100-2015): 18 characters over a 31-symbol alphabet
 * that leaves out I, O, Z, S and V; the last is a check character modulo 31.
 */
import { normalizeAlnum } from './text.js';
import type { IdentifierFormat } from './types.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Position weights are 3^i modulo 31. */
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

export function isValidUscc(value: string): boolean {
  // Characters 3-8 are the registering authority's administrative division code: digits.
  if (value.length !== 18 || !/^..\d{6}/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(value[i] ?? '');
    if (v < 0) return false;
    sum += v * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET[check] === value[17];
}

export const usccFormat: IdentifierFormat = {
  type: 'uscc',
  label: 'Chinese Unified Social Credit Code',
  checksum: true,
  decisiveMatch: true,
  mismatchCounts: true,
  normalize: (raw) => normalizeAlnum(raw, ['USCC'], (rest) => rest.length === 18),
  isValid: isValidUscc,
  key: (value) => value,
  variant: () => null,
};
