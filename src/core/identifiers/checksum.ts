/** Check-digit arithmetic shared by several formats. */

/** Digit value of 0-9 and A-Z as 10-35 (the ISO 7064 / ISO 13616 letter convention). */
export function alnumValue(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return Number.NaN;
}

/** Sum of digit × weight over the first `weights.length` digits of `digits`. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * (weights[i] ?? 0);
  return sum;
}

/**
 * ISO 7064 MOD 97-10 remainder of an alphanumeric string, letters expanded to two digits.
 * Computed incrementally because the expanded number is far beyond 2^53.
 */
export function mod97(text: string): number {
  let rest = 0;
  for (const ch of text) {
    const value = alnumValue(ch);
    if (Number.isNaN(value)) return -1;
    rest = (rest * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return rest;
}

/** Remainder of a long decimal string modulo a small number, without BigInt. */
export function modDecimal(digits: string, modulus: number): number {
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % modulus;
  return rest;
}

/** Luhn check over a string of decimal digits (the last digit is the check digit). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
