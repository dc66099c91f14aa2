/**
 * Alphanumeric codes with a check: the Chinese unified social credit code (mod 31), LEI and IBAN
 * (ISO 7064 mod 97), and BIC (no check: shape, a real country, and a label or bank words nearby).
 * Cyrillic look-alike capitals are folded to Latin and digit confusions to digits where the format
 * wants a digit; a folded value stands only when its check passes.
 */
import { getCountries } from 'libphonenumber-js/max';
import { IBAN_LENGTHS, isValidIban, isValidLei, isValidUscc } from '../../identifiers/index.js';
import type { Extracted, Extractor } from '../types.js';
import {
  BANK_CONTEXT,
  BANK_LABEL,
  BIC_LABEL,
  IBAN_LABEL,
  LEI_LABEL,
  USCC_LABEL,
} from './labels.js';
import { CODE_CHARS, CODE_LETTERS, FOLD_PENALTY, foldDigitsAt, foldLatin } from './ocr.js';
import { contextBefore, labelBefore, span } from './scan.js';

const token = (length: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])[${CODE_CHARS}]${length}(?![\\p{L}\\p{N}])`, 'gu');

/** Tries the text as written, then with Cyrillic folded, then with digit confusions folded. */
function firstValid(
  raw: string,
  valid: (value: string) => boolean,
  digitPositions: [number, number][],
): { value: string; folded: number } | null {
  const latin = foldLatin(raw);
  if (valid(latin.value)) return latin;
  let value = latin.value;
  let folded = latin.folded;
  for (const [from, to] of digitPositions) {
    const step = foldDigitsAt(value, from, to);
    value = step.value;
    folded += step.folded;
  }
  return folded > latin.folded && valid(value) ? { value, folded } : null;
}

/** A Chinese resident ID number (ISO 7064 MOD 11-2): 18 digits that are a person, not a company. */
function isPrcIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * weights[i]!;
  return '10X98765432'[sum % 11] === value[17];
}

const USCC_TOKEN = token('{18}');

/**
 * USCC: I, O, S (and Z, V) are not in its alphabet, so those letters are always OCR for 1, 0, 5;
 * B is read as 8 only in the division code (characters 3 to 8), which is digits.
 */
export const extractUscc: Extractor = (text) => {
  const found: Extracted[] = [];
  USCC_TOKEN.lastIndex = 0;
  for (let m = USCC_TOKEN.exec(text); m !== null; m = USCC_TOKEN.exec(text)) {
    const hit = firstValid(m[0], isValidUscc, [
      [0, 18],
      [2, 8],
    ]);
    if (hit === null) continue;
    const labelled = labelBefore(text, m.index, USCC_LABEL);
    // An all-digit code may be a resident ID number; without a label only letters make it a code.
    if (!labelled && (isPrcIdNumber(hit.value) || hit.folded > 0)) continue;
    let confidence = labelled ? 0.97 : /[A-Z]/.test(hit.value) ? 0.85 : 0.6;
    if (hit.folded > 0) confidence -= FOLD_PENALTY;
    found.push(
      span(text, m.index, m.index + m[0].length, 'uscc', hit.value, 'identifiers/uscc', confidence),
    );
  }
  return found;
};

const LEI_TOKEN = token('{20}');

/** LEI: the last two characters are check digits; an all-digit LEI needs its label (bank accounts). */
export const extractLei: Extractor = (text) => {
  const found: Extracted[] = [];
  LEI_TOKEN.lastIndex = 0;
  for (let m = LEI_TOKEN.exec(text); m !== null; m = LEI_TOKEN.exec(text)) {
    const hit = firstValid(m[0], isValidLei, [[18, 20]]);
    if (hit === null) continue;
    const labelled = labelBefore(text, m.index, LEI_LABEL);
    if (!labelled && !/[A-Z]/.test(hit.value)) continue;
    let confidence = labelled ? 0.97 : 0.85;
    if (hit.folded > 0) confidence -= FOLD_PENALTY;
    found.push(
      span(text, m.index, m.index + m[0].length, 'lei', hit.value, 'identifiers/lei', confidence),
    );
  }
  return found;
};

// A country and two check digits start an IBAN; the rest is read character by character.
const IBAN_START = new RegExp(
  `(?<![\\p{L}\\p{N}])[${CODE_LETTERS}]{2}[0-9OО]{2}(?=[ \\u00a0]?[${CODE_CHARS}])`,
  'gu',
);
const IBAN_CHAR = new RegExp(`[${CODE_CHARS}]`, 'u');
const IBAN_SEPARATOR = /[ \u00a0-]/;

/**
 * Reads `length` code characters from `from`, one separator allowed between two of them, and
 * returns the end offset when the code ends there (no further code character adjoins it).
 */
function readCode(text: string, from: number, length: number): { raw: string; end: number } | null {
  let raw = '';
  let i = from;
  while (raw.length < length && i < text.length) {
    const ch = text[i]!;
    if (IBAN_CHAR.test(ch)) raw += ch;
    else if (!(IBAN_SEPARATOR.test(ch) && raw.length > 0 && IBAN_CHAR.test(text[i + 1] ?? '')))
      break;
    i++;
  }
  if (raw.length !== length) return null;
  // The code must end at a word boundary: a next group glued to it means a longer code.
  if (/[\p{L}\p{N}]/u.test(text[i] ?? '')) return null;
  return { raw, end: i };
}

/** IBAN: the country's registered length, then mod 97 over the rearranged code. */
export const extractIban: Extractor = (text) => {
  const found: Extracted[] = [];
  IBAN_START.lastIndex = 0;
  for (let m = IBAN_START.exec(text); m !== null; m = IBAN_START.exec(text)) {
    const country = foldLatin(m[0].slice(0, 2)).value;
    const known = IBAN_LENGTHS[country];
    const lengths = known !== undefined ? [known] : [];
    if (known === undefined) for (let n = 34; n >= 15; n--) lengths.push(n);
    for (const length of lengths) {
      const code = readCode(text, m.index, length);
      if (code === null) continue;
      // Check digits and, when the country's accounts are digits only, the whole BBAN are digits.
      const hit =
        firstValid(code.raw, isValidIban, [[2, 4]]) ??
        firstValid(code.raw, isValidIban, [[2, length]]);
      if (hit === null) continue;
      const labelled = labelBefore(text, m.index, IBAN_LABEL);
      let confidence = labelled ? 0.98 : known !== undefined ? 0.93 : 0.8;
      if (hit.folded > 0) confidence -= FOLD_PENALTY;
      found.push(
        span(text, m.index, code.end, 'iban', hit.value, 'identifiers/iban', confidence, {
          country,
        }),
      );
      IBAN_START.lastIndex = code.end;
      break;
    }
  }
  return found;
};

const COUNTRIES = new Set<string>(getCountries());
const BIC_TOKEN = new RegExp(
  `(?<![\\p{L}\\p{N}])[${CODE_LETTERS}]{6}[${CODE_CHARS}]{2}(?:[${CODE_CHARS}]{3})?(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * BIC: bank (4 letters), ISO country (2), location (2), branch (3, optional). Any capitalised
 * 8-letter word has that shape, so a BIC needs its label (0.9), a bank word just before it
 * ("Beneficiary bank: BKCHCNBJ", 0.7), or bank words nearby and a digit or the "XXX" branch (0.6).
 */
export const extractBic: Extractor = (text) => {
  const found: Extracted[] = [];
  BIC_TOKEN.lastIndex = 0;
  for (let m = BIC_TOKEN.exec(text); m !== null; m = BIC_TOKEN.exec(text)) {
    const { value, folded } = foldLatin(m[0]);
    if (!COUNTRIES.has(value.slice(4, 6))) continue;
    let confidence: number;
    if (labelBefore(text, m.index, BIC_LABEL)) confidence = 0.9;
    else if (labelBefore(text, m.index, BANK_LABEL)) confidence = 0.7;
    else if (contextBefore(text, m.index, BANK_CONTEXT) && /\d|X{3}$/.test(value)) confidence = 0.6;
    else continue;
    if (folded > 0) confidence -= FOLD_PENALTY;
    found.push(
      span(text, m.index, m.index + m[0].length, 'bic', value, 'identifiers/bic', confidence, {
        country: value.slice(4, 6),
      }),
    );
  }
  return found;
};
