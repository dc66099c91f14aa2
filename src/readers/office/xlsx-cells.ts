/**
 * Cell values of a SpreadsheetML sheet as text: shared strings, inline strings, booleans, and
 * numbers, those styled as dates written as ISO dates. Which number formats are dates: the
 * built-in ids of ECMA-376 Part 1, 18.8.30 (14-22, 27-36 and 50-58 in East Asian locales, 45-47),
 * and custom formats whose code holds a day, month, year or hour outside quotes and brackets.
 */
import type { XmlHandlers } from './package.js';

const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Handlers for `styles.xml`: which cell style (`s`, an index into `cellXfs`) is a date. */
export function dateStyles(): { handlers: XmlHandlers; result: () => boolean[] } {
  const custom = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  const handlers: XmlHandlers = {
    open(name, attrs) {
      if (name === 'numFmt') custom.set(Number(attrs.numFmtId), isDateCode(attrs.formatCode ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attrs.numFmtId ?? 0);
        styles.push(custom.get(id) ?? BUILTIN_DATES.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  };
  return { handlers, result: () => styles };
}

/**
 * A serial date as ISO 8601 (a time of day after a space when there is one). The 1900 system
 * counts from 1899-12-31 and believes 1900 was a leap year, so from serial 61 on it counts from
 * 1899-12-30; the 1904 system counts from 1904-01-01.
 */
export function serialDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, serial >= 61 ? 30 : 31);
  const ms = Math.round(serial * 86_400_000);
  const iso = new Date(epoch + ms).toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

/** A column's number from a cell reference (`B2` is 2), or null without one. */
export function columnOf(ref: string | undefined): number | null {
  const letters = ref?.match(/^\$?([A-Za-z]{1,3})/)?.[1];
  if (!letters) return null;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

export interface CellContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Characters XML cannot hold (a carriage return kept as such) are written `_xHHHH_`. */
export function unescapeText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

export function cellText(
  type: string,
  style: number,
  value: string,
  inline: string | null,
  ctx: CellContext,
): string {
  if (inline !== null && (type === 'inlineStr' || value === '')) return inline;
  if (value === '') return '';
  if (type === 's') return ctx.strings[Number(value)] ?? '';
  if (type === 'b') return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
  if (type === 'str' || type === 'e' || type === 'inlineStr') return unescapeText(value);
  if (type === 'd') return value.replace(/T00:00:00(\.0+)?Z?$/, '');
  if (ctx.dateStyles[style]) return serialDate(Number(value), ctx.date1904) ?? value;
  return value;
}
