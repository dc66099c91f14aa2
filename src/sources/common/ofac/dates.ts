/**
 * OFAC's uncertain dates as FollowTheMoney date values. OFAC writes an uncertain birth year as a
 * range ("1964 to 1966" in SDN.XML, a DatePeriod from 1964-01-01 to 1966-12-31 in the advanced
 * XML). A date property holds alternatives, so the honest reading of a short range of years is
 * each year in it: a matcher comparing 1965 with {1964, 1965, 1966} then agrees with the list,
 * while the two ends alone would call 1965 a mismatch. Longer or uneven ranges keep their two
 * ends. Each value keeps the range text as its original, so the source statement is not lost.
 */
import { cleanDate, splitDateRange } from '../../../core/normalise/index.js';

/** Ranges of at most this many years are written out year by year. */
const MAX_YEARS = 10;

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A whole year or month written as a day range ("1964-01-01".."1964-12-31") at its precision. */
function coarsen(start: string, end: string): [string, string] {
  const s = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
  const e = /^(\d{4})-(\d{2})-(\d{2})$/.exec(end);
  if (!s || !e) return [start, end];
  const [sy, sm, sd, ey, em, ed] = [s[1], s[2], s[3], e[1], e[2], e[3]].map(Number) as number[];
  if (sm === 1 && sd === 1 && em === 12 && ed === 31) return [String(sy), String(ey)];
  if (sy === ey && sm === em && sd === 1 && ed === lastDay(ey!, em!)) {
    return [start.slice(0, 7), end.slice(0, 7)];
  }
  return [start, end];
}

/**
 * The date values for a span between two cleaned dates (ISO prefixes): one value when both ends
 * are the same date at their precision, each year of a short range of whole years, else both ends.
 */
export function spanValues(start: string, end: string): string[] {
  const [a, b] = coarsen(start, end);
  if (a === b) return [a];
  if (/^\d{4}$/.test(a) && /^\d{4}$/.test(b)) {
    const [from, to] = [Number(a), Number(b)];
    if (to > from && to - from <= MAX_YEARS) {
      return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
    }
  }
  return [a, b];
}

/**
 * The date values of a date as SDN.XML writes it: "17 Jul 1964", "circa 1964", "1964 to 1966".
 * Empty when the text is not a date (the caller records it as rejected).
 */
export function dateTextValues(text: string): string[] {
  const single = cleanDate(text);
  if (single) return [single];
  const range = splitDateRange(text);
  if (!range) return [];
  const [start, end] = range.map((t) => cleanDate(t));
  if (!start || !end) return [];
  return spanValues(start, end);
}
