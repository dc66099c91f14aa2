/**
 * Dates as FollowTheMoney stores them: an ISO 8601 prefix whose length is its precision
 * (1964, 1964-07, 1964-07-17). Sources write dates in many ways; this reads the common ones.
 */
import { lookupTable } from './text.js';

const MONTHS = lookupTable({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});

/** ISO 8601 dates of any precision, with an optional time (seconds kept, fractions and zone dropped). */
const ISO_DATE =
  /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ](\d{2}:\d{2}(?::\d{2})?)[\d.]*(?:Z|[+-]\d{2}:?\d{2})?|(?:Z|[+-]\d{2}:\d{2}))?$/;

export interface DateOptions {
  /** Read "01/02/1970" as day first (UK, EU, UN) rather than month first (US). Default true. */
  dayFirst?: boolean;
}

/**
 * A date as read, and its other reading when the text did not say which number is the day:
 * "09/07/1960" is 9 July by the convention (day first unless told otherwise) and 7 September
 * read month first. Null when the text reads only one way ("25/07/1960", "1960-07-09", "9 Jul
 * 1960", or the same day and month).
 */
export interface DateReading {
  date: string;
  /** The other reading of an ambiguous day and month, or null when the date is unambiguous. */
  alternative: string | null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Build the ISO prefix, dropping unknown (zero) parts and refusing impossible ones. */
function iso(year: number, month = 0, day = 0): string | null {
  if (year < 1000 || year > 2999) return null;
  if (month < 0 || month > 12 || day < 0 || day > 31) return null;
  if (month === 0) return String(year);
  if (day === 0) return `${year}-${pad(month)}`;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? MONTHS[w.slice(0, 3)];
}

/**
 * Clean a date to an ISO prefix, or null when the text holds no date. Qualifiers such as
 * "circa" and "approximately" are dropped: the precision of what remains carries the vagueness.
 */
export function cleanDate(raw: string, options: DateOptions = {}): string | null {
  return readDate(raw, options)?.date ?? null;
}

/**
 * Read a date (see `cleanDate`), saying when its day and month could be read the other way round:
 * numbers both 12 or less and different, written d/m/yyyy or m/d/yyyy. The convention reads them
 * day first (as the UK, EU and UN lists write them) unless `dayFirst` is false (US lists).
 */
export function readDate(raw: string, options: DateOptions = {}): DateReading | null {
  const dayFirst = options.dayFirst ?? true;
  const text = raw
    .trim()
    .replace(/^(circa|ca\.?|c\.|approx(imately)?\.?|about|around)\s+/i, '')
    .trim();
  const date = parse(text, dayFirst);
  if (date === null) return null;
  const m = NUMERIC_DATE.exec(text);
  const [a, b] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  const ambiguous = a !== b && a >= 1 && a <= 12 && b >= 1 && b <= 12;
  return { date, alternative: ambiguous ? parse(text, !dayFirst) : null };
}

/** Day, month and year in numbers, in an order the text does not say ("09/07/1960"). */
const NUMERIC_DATE = /^0?(\d{1,2})[/.-]0?(\d{1,2})[/.-](\d{4})$/;

function parse(text: string, dayFirst: boolean): string | null {
  if (text === '') return null;

  let m = ISO_DATE.exec(text);
  if (m) {
    const day = iso(Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0));
    // A time of day is kept (FtM dates go down to seconds), but midnight says nothing.
    const time = m[4] && !/^00:00(:00)?$/.test(m[4]) ? m[4] : null;
    return day && time && day.length === 10 ? `${day}T${time}` : day;
  }

  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return dayFirst ? iso(Number(m[3]), b, a) : iso(Number(m[3]), a, b);
  }

  m = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return iso(Number(m[2]), Number(m[1]));

  m = /^(\d{1,2})\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})$/.exec(text);
  if (m) {
    const month = monthNumber(m[2]!);
    return month ? iso(Number(m[3]), month, Number(m[1])) : null;
  }

  m = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? iso(Number(m[3]), month, Number(m[2])) : null;
  }

  m = /^([A-Za-z]{3,9}\.?),?\s+(\d{4})$/.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? iso(Number(m[2]), month) : null;
  }

  m = /^(\d{1,2})[-\s]([A-Za-z]{3})[-\s](\d{4})$/.exec(text);
  if (m) {
    const month = monthNumber(m[2]!);
    return month ? iso(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

/**
 * Read a date range such as "1964 to 1966" or "1964-1966" into its two ends, or null when the
 * text is not a range. Lists give ranges for uncertain birth years.
 */
export function splitDateRange(raw: string): [string, string] | null {
  const m = /^\s*(.+?)\s+(?:to|-|–|and)\s+(.+?)\s*$/i.exec(raw);
  if (!m) return null;
  return [m[1]!, m[2]!];
}
