/**
 * Dates in running text: numeric (14.03.2024, 14/03/2024, 2024-03-14), Russian (14 марта 2024 г.,
 * «14» марта 2024 года), Chinese (2024年3月14日, 二〇二四年三月十四日) and English (March 14,
 * 2024; 14 March 2024). Every reading goes through `readDate` (src/core/normalise/dates), which
 * validates the day and holds the convention for numeric dates: day first, with the other reading
 * reported when both numbers could be the month. A year alone is not a date here.
 */
import { type DateOptions, readDate } from '../../normalise/index.js';
import { keepLongest } from '../longest.js';
import type { Extracted } from '../types.js';
import { EN_MONTHS, RU_MONTHS, ZH_DIGITS } from './months.js';

const EXTRACTOR = 'dates';

/** d.m.yyyy with one separator throughout, never inside a longer run of digits. */
const NUMERIC = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d]|[./-]\d)(\s?г\.)?/g;
const ISO = /(?<![\d./-])(\d{4})-(\d{2})-(\d{2})(?![\d]|[-./]\d)/g;
const RU_MONTH = Object.keys(RU_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** Day, genitive month, year and the optional "г." / "года" after it. */
const RUSSIAN = new RegExp(
  `(?=[«"“\\d])(?<![\\d\\p{L}])([«"“]?)(\\d{1,2})([»"”]?)\\s?(${RU_MONTH})(\\.?)\\s+(\\d{4})(?!\\d)` +
    '(\\s?(?:года|г\\.|г(?!\\p{L})))?',
  'giu',
);
const EN_MONTH = EN_MONTHS.flatMap((m) => [m, m.toUpperCase()]).join('|');
const EN_MONTH_DAY = new RegExp(
  `(?<![\\p{L}])(${EN_MONTH})(\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  'gu',
);
const EN_DAY_MONTH = new RegExp(
  `(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${EN_MONTH})(\\.?),?\\s+(\\d{4})(?!\\d)`,
  'gu',
);
/** Year, month and day in digits (ASCII or full-width) and 年月日. */
const CHINESE =
  /(?<![\d０-９])([\d０-９]{4})\s?年\s?([\d０-９]{1,2})\s?月\s?([\d０-９]{1,2})\s?[日号號]/g;
const CHINESE_CHARS =
  /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})[日号號]/g;

function span(
  m: RegExpExecArray,
  value: string,
  confidence: number,
  details?: Extracted['details'],
): Extracted {
  const found: Extracted = {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'date',
    text: m[0],
    value,
    extractor: EXTRACTOR,
    confidence,
  };
  if (details) found.details = details;
  return found;
}

/** A full date (day precision) built from numbers, or null when it does not exist (31.02). */
function fullDate(year: number, month: number, day: number): string | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = readDate(`${year}-${pad(month)}-${pad(day)}`)?.date ?? null;
  return date?.length === 10 ? date : null;
}

function numeric(m: RegExpExecArray, options: DateOptions): Extracted | null {
  const raw = `${m[1]}${m[2]}${m[3]}${m[2]}${m[4]}`;
  // A date the convention cannot read may read the other way round ("03/14/2024").
  const reading =
    readDate(raw, options) ?? readDate(raw, { dayFirst: !(options.dayFirst ?? true) });
  if (reading?.date.length !== 10) return null;
  if (reading.alternative === null) return span(m, reading.date, 0.9);
  return span(m, reading.date, 0.6, { ambiguous: [reading.alternative] });
}

/** Chinese characters for a number: digit by digit for years, with 十 for months and days. */
function zhNumber(text: string): number {
  if (!text.includes('十')) return Number([...text].map((ch) => ZH_DIGITS[ch] ?? 0).join(''));
  const [tens, units] = text.split('十');
  return (tens ? (ZH_DIGITS[tens] ?? 0) : 1) * 10 + (units ? (ZH_DIGITS[units] ?? 0) : 0);
}

function fullWidthDigits(text: string): number {
  return Number(text.replace(/[０-９]/g, (ch) => String(ch.charCodeAt(0) - 0xff10)));
}

/**
 * Every date in the text, in text order. `options.dayFirst` (default true) is the convention for
 * numeric dates whose day and month could be swapped; the other reading goes in
 * `details.ambiguous`.
 */
export function extractDates(text: string, options: DateOptions = {}): Extracted[] {
  const found: Extracted[] = [];
  const push = (s: Extracted | null) => {
    if (s) found.push(s);
  };
  for (const m of text.matchAll(NUMERIC)) push(numeric(m, options));
  for (const m of text.matchAll(ISO)) {
    const date = fullDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) push(span(m, date, 0.95));
  }
  for (const m of text.matchAll(RUSSIAN)) {
    // Quotes around the day come in pairs: «14» марта.
    if ((m[1] === '') !== (m[3] === '')) continue;
    const month = RU_MONTHS[m[4]!.toLowerCase()];
    const date = month ? fullDate(Number(m[6]), month, Number(m[2])) : null;
    if (date) push(span(m, date, 0.95));
  }
  for (const m of text.matchAll(EN_MONTH_DAY)) {
    push(english(m, `${m[1]}${m[2]} ${m[3]}, ${m[4]}`));
  }
  for (const m of text.matchAll(EN_DAY_MONTH)) {
    push(english(m, `${m[1]} ${m[2]}${m[3]} ${m[4]}`));
  }
  if (/[年]/.test(text)) {
    for (const m of text.matchAll(CHINESE)) {
      const [y, mo, d] = [m[1]!, m[2]!, m[3]!].map(fullWidthDigits);
      const date = fullDate(y!, mo!, d!);
      if (date) push(span(m, date, 0.95));
    }
    for (const m of text.matchAll(CHINESE_CHARS)) {
      const date = fullDate(zhNumber(m[1]!), zhNumber(m[2]!), zhNumber(m[3]!));
      if (date) push(span(m, date, 0.9));
    }
  }
  return keepLongest(found);
}

function english(m: RegExpExecArray, normalised: string): Extracted | null {
  const date = readDate(normalised)?.date;
  return date?.length === 10 ? span(m, date, 0.95) : null;
}
