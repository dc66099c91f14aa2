/**
 * Which cell styles show dates. A sheet stores a date as a number (days since an epoch); only
 * its style's number format tells it from any other number.
 */
import type { Zip } from './zip.js';
import { readPart } from './xml.js';

/** Built-in formats that show a date or a time (ECMA-376 18.8.30, with the East Asian ones). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Literal text (quoted, backslash-escaped), the `_x` and `*x` spacing codes and bracketed
 * colours, conditions and locales hold letters that are not date codes; but `[h]`, `[mm]` and
 * `[ss]` are elapsed time, which is a time code.
 */
const NOT_CODES = /"[^"]*"|\\.|[_*].|\[([^\]]*)\]/g;

/** Whether a format code shows a date or a time: a date or time letter outside literals. */
export function isDateFormat(code: string): boolean {
  const codes = code
    .replace(NOT_CODES, (_, bracket?: string) =>
      bracket && /^(h+|m+|s+)$/i.test(bracket) ? 'h' : '',
    )
    .replace(/general/gi, '')
    // Scientific notation (0.00E+00), not an era year.
    .replace(/e[+-]/gi, '');
  return /[dmyhse]/i.test(codes);
}

/** For each cell style (an index into `cellXfs`), whether it shows a date. */
export async function readDateStyles(zip: Zip, part: string | null): Promise<boolean[]> {
  if (part === null) return [];
  const custom = new Map<number, string>();
  const formats: number[] = [];
  // Differential formats (`dxfs`) have `numFmt`s too, and cell style records (`cellStyleXfs`)
  // have `xf`s: only those of `numFmts` and `cellXfs` are the cells'.
  let inside: 'numFmts' | 'cellXfs' | null = null;
  await readPart(zip, part, {
    open(name, attrs) {
      if (name === 'numFmts' || name === 'cellXfs') inside = name;
      else if (name === 'numFmt' && inside === 'numFmts') {
        custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
      } else if (name === 'xf' && inside === 'cellXfs') {
        formats.push(Number(attrs.numFmtId ?? 0));
      }
    },
    close(name) {
      if (name === inside) inside = null;
    },
  });
  return formats.map((id) => {
    const code = custom.get(id);
    return code === undefined ? BUILTIN_DATE_FORMATS.has(id) : isDateFormat(code);
  });
}
