/**
 * Document numbers written inside free text, as the UN and UK lists give passports and national
 * identity numbers: in a sentence rather than a field of their own.
 */

/** A date written in digits (30.5.2017, 03/07/1996), which is never a document number. */
const NUMERIC_DATE = /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/;

/**
 * The document number in a free-text remark such as "Passport No: 592667 (Qatari passport issued
 * on 3 May 2007)" or "Tunisian passport number L 191609 issued on 28 Feb. 1996": the first token
 * of letters, digits and separators that holds at least four digits and is not a year or a date.
 * A lone capital letter just before it is kept ("D 000974"). Null when there is none.
 */
export function extractIdNumber(text: string): string | null {
  const tokens = text.split(/[\s,;()]+/).map((t) => t.replace(/[.:]+$/, ''));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!/^[A-Za-z0-9][A-Za-z0-9/.-]*$/.test(token)) continue;
    if ((token.match(/\d/g) ?? []).length < 4) continue;
    if (/^(19|20)\d\d$/.test(token) || NUMERIC_DATE.test(token)) continue;
    const before = tokens[i - 1];
    return before && /^[A-Z]$/.test(before) ? `${before} ${token}` : token;
  }
  return null;
}
