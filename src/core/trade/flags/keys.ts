/**
 * How names, addresses and phones are compared across records and lists: the same party written
 * with other case, punctuation or spacing is the same party; a phone is its digits.
 */
import { lookupKey } from '../../normalise/index.js';

export function partyKey(name: string): string {
  return lookupKey(name);
}

/**
 * An address's key, or null when it is too vague to tie two parties together: a city alone
 * ("Moscow, Russia") is shared by thousands, so a street-level address (a number and at least three
 * words) is required.
 */
export function addressKey(address: string): string | null {
  const key = lookupKey(address);
  return /\d/.test(key) && key.split(' ').length >= 3 ? key : null;
}

/**
 * The last ten digits of a phone: "+7 (495) 123-45-67" and "8 495 1234567" are one number, as
 * national and international forms differ only in their prefix. Fewer than seven digits is no
 * phone worth comparing (null).
 */
export function phoneKey(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 7 ? digits.slice(-10) : null;
}
