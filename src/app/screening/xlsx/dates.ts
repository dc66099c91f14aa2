/**
 * Date serials: days since an epoch, the time of day as the fraction. The 1900 system counts
 * 1900-02-29, a day that never was (Lotus 1-2-3's mistake, kept by Excel), so its serials after
 * it are one day ahead; the 1904 system (older Mac workbooks) starts at 1904-01-01.
 */

const DAY_MS = 86_400_000;
const LEAP_BUG = 60;
/** 9999-12-31 in each system: Excel shows no later date. */
const LAST_1900 = 2_958_465;
const LAST_1904 = LAST_1900 - 1462;

/** A serial as an ISO date, or null for a value that is no date (a time alone, out of range). */
export function serialDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial)) return null;
  // Serials are fractions of a day: rounded to the millisecond, 0.99999999 of a day is the next.
  const day = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  if (date1904) {
    if (day < 0 || day > LAST_1904) return null;
    return isoDate(Date.UTC(1904, 0, 1) + day * DAY_MS);
  }
  if (day < 1 || day > LAST_1900) return null;
  if (day === LEAP_BUG) return '1900-02-29';
  const epoch = day > LEAP_BUG ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return isoDate(epoch + day * DAY_MS);
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
