/**
 * Telephone numbers in Russian ("+7 (495) 123-45-67", "8 (3412) 50-40-11"), Chinese ("+86 10
 * 6532 1234", "010-65321234", "138 1234 5678") and international ("+44 20 7946 0958",
 * "0044 ...") notation, parsed and validated by libphonenumber-js with its full metadata.
 * Candidates are found here rather than by its findNumbers, which is slow on large texts.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Extracted, Extractor } from '../types.js';
import { DOC_NUMBER, PHONE_LABEL } from './labels.js';
import { labelBefore, span } from './scan.js';

const CANDIDATE =
  /(?<![\p{L}\p{N}+\-/.,])(?:[+＋]|00)?(?:[\d０-９]|[(（][+＋]?)[\d０-９()（）－ \u00a0\-\u2010-\u2013]{5,24}[\d０-９](?![\p{N}]|[.,]\d)/gu;
const HAN = /\p{Script=Han}/u;
const CURRENCY_AFTER = /^\s?(?:руб|₽|р\.|USD|EUR|CNY|RMB|\$|€|¥|元|юан|доллар|евро|шт|pcs|kg|кг)/iu;
/** "1 234 567": digit groups of three after the first are thousands, not a phone. */
const THOUSANDS = /^\d{1,3}(?:[ \u00a0]\d{3})+$/;
const DATE = /^(?:\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4})$/;

interface Parsed {
  number: string;
  valid: boolean;
  country: string | undefined;
  type: string | undefined;
}

function parse(raw: string, country?: CountryCode): Parsed | null {
  const phone = parsePhoneNumberFromString(raw, country);
  if (phone === undefined || !phone.isPossible()) return null;
  const valid = phone.isValid();
  return {
    number: phone.number,
    valid,
    country: phone.country,
    type: valid ? phone.getType() : undefined,
  };
}

/**
 * The reading of a number: international as written; a national number as Russian first, or
 * Chinese first when Han text is near. The first valid reading wins; parsing is the costly step,
 * so the second country is tried only when the first is not valid.
 */
function reading(text: string, start: number, raw: string, labelled: boolean): Parsed | null {
  const compact = raw.replace(/[^\d+]/g, '');
  if (compact.startsWith('+')) return parse(raw);
  if (compact.startsWith('00')) return parse(`+${compact.slice(2)}`);
  const han = HAN.test(text.slice(Math.max(0, start - 40), start));
  let possible: Parsed | null = null;
  for (const country of han ? (['CN', 'RU'] as const) : (['RU', 'CN'] as const)) {
    const parsed = parse(raw, country);
    if (parsed?.valid) return parsed;
    possible ??= parsed;
  }
  return labelled ? possible : null;
}

export const extractPhone: Extractor = (text) => {
  const found: Extracted[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    // A parenthesis closed outside the candidate ("(тел. 123-45-67)") is not part of it.
    let raw = m[0].replace(/[\s(（\-\u2010-\u2013]+$/, '');
    if (/[)）]$/.test(raw) && !/[(（]/.test(raw)) raw = raw.slice(0, -1);
    const end = m.index + raw.length;
    // Full-width digits, plus and parentheses read as ASCII; one code unit each, so `end` holds.
    const plain = raw.normalize('NFKC');
    const digits = plain.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15 || DATE.test(plain)) continue;
    const labelled = labelBefore(text, m.index, PHONE_LABEL);
    const international = /^(?:\+|00)/.test(plain);
    const formatted = /[\s()\-\u2010-\u2013]/.test(plain);
    if (!labelled && !international) {
      if (!formatted || THOUSANDS.test(plain) || CURRENCY_AFTER.test(text.slice(end, end + 8)))
        continue;
      // "NIT # 800543219-8", "№ 8-800-123": a document or tax number, whatever it looks like.
      if (DOC_NUMBER.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    }
    const best = reading(text, m.index, plain, labelled);
    if (best === null || (!best.valid && !labelled)) continue;
    let confidence: number;
    if (!best.valid) confidence = 0.5;
    else if (labelled) confidence = 0.95;
    else confidence = international ? 0.9 : 0.8;
    const details: Record<string, string> = {};
    if (best.country !== undefined) details.country = best.country.toLowerCase();
    if (best.type !== undefined) details.type = best.type.toLowerCase();
    found.push(
      span(text, m.index, end, 'phone', best.number, 'identifiers/phone', confidence, details),
    );
  }
  return found;
};
