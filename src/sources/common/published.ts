/**
 * The publication date a list file states about itself, read from its first bytes (the head the
 * sources sniff), as a day: YYYY-MM-DD. Ingest records it with the version and refuses a file
 * older than the current version. Each publisher writes it its own way:
 * - OFAC SDN.XML: `<Publish_Date>02/20/2024</Publish_Date>`, month first (US);
 * - OFAC advanced XML: `<DateOfIssue><Year>2026</Year><Month>9</Month><Day>9</Day></DateOfIssue>`;
 * - UN: `dateGenerated="2026-02-27T00:00:09.554Z"` on the root element;
 * - EU FSF: `generationDate="2026-08-05T16:47:04.449+02:00"` on the root element;
 * - UK FCDO XML: `<DateGenerated>10/09/2026</DateGenerated>`, day first (UK);
 * - UK HM Treasury CSV: a first line `Last Updated,13/04/2018`, day first.
 * A time stamp is taken at the day it states in its own time zone: versions are compared by day.
 */

/** A calendar day as YYYY-MM-DD, or null when the parts do not make one. */
export function calendarDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** The day of an ISO date or time stamp ("2018-10-29T19:09:49.856-04:00" is 2018-10-29). */
export function dayOfIso(text: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text ?? '');
  return m ? calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A slashed date, day first (`dmy`, UK) or month first (`mdy`, US). */
export function dayOfSlashed(text: string | null | undefined, order: 'dmy' | 'mdy'): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text ?? '');
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return order === 'dmy' ? calendarDay(Number(m[3]), b, a) : calendarDay(Number(m[3]), a, b);
}

/** The text of the first element of this local name in the head (any namespace prefix). */
export function headElementText(head: string, name: string): string | null {
  const m = new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([^<]{0,100})</`).exec(head);
  return m ? m[1]! : null;
}

/** The value of an attribute in a start tag (such as the root's, from `xmlRoot`). */
export function tagAttribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[1] ?? m[2]!) : null;
}
