/**
 * A worksheet's rows, parsed as its part is unpacked: a row is handed on once its `</row>` is
 * read, so memory holds a chunk of the sheet and never the sheet. Each row's values are text
 * by column, a missing cell an empty string.
 */
import { serialDate } from './dates.js';
import { StringText, unescapeText } from './strings.js';
import { parsePart } from './xml.js';
import type { Zip } from './zip.js';

export interface SheetRow {
  /** The row's number in the sheet (its `r`). */
  row: number;
  values: string[];
}

/** What a cell's value may refer to: the shared strings, and its style. */
export interface CellContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

interface Cell {
  column: number;
  type: string;
  style: number;
  value: string;
  inline: string | null;
}

/** A column's number from a cell reference (`B2` is 2), or null without one. */
function columnOf(ref: string | undefined): number | null {
  const letters = ref?.match(/^\$?([A-Za-z]{1,3})/)?.[1];
  if (!letters) return null;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** A cell's value as text: numbers as written, dates (by their style) as ISO dates. */
function cellText(cell: Cell, row: number, ctx: CellContext): string {
  const { type, value } = cell;
  if (cell.inline !== null && (type === 'inlineStr' || value === '')) return cell.inline;
  if (value === '') return '';
  if (type === 's') {
    const index = Number(value);
    const text = Number.isInteger(index) ? ctx.strings[index] : undefined;
    if (text === undefined) {
      const ref = `${columnName(cell.column)}${row}`;
      throw new Error(
        `cell ${ref} refers to shared string ${value}; there are ${ctx.strings.length}`,
      );
    }
    return text;
  }
  if (type === 'b') return value === '1' ? 'true' : value === '0' ? 'false' : value;
  if (type === 'd') return /^\d{4}-\d\d-\d\d/.test(value) ? value.slice(0, 10) : value;
  if (type === 'str' || type === 'e' || type === 'inlineStr') return unescapeText(value);
  if (ctx.dateStyles[cell.style]) return serialDate(Number(value), ctx.date1904) ?? value;
  return value;
}

export async function* sheetRows(
  zip: Zip,
  part: string,
  ctx: CellContext,
  onPacked: (bytes: number) => void,
): AsyncGenerator<SheetRow> {
  const ready: SheetRow[] = [];
  let row = 0;
  let values: string[] | null = null;
  let cell: Cell | null = null;
  let inValue = false;
  let inline: StringText | null = null;
  const handlers = {
    open(name: string, attrs: Record<string, string>) {
      if (inline) inline.open(name);
      else if (name === 'row') {
        const r = Number(attrs.r);
        row = Number.isInteger(r) && r > 0 ? r : row + 1;
        values = [];
      } else if (name === 'c' && values) {
        const column = columnOf(attrs.r) ?? (cell?.column ?? 0) + 1;
        const [type, style] = [attrs.t ?? 'n', Number(attrs.s ?? 0)];
        cell = { column, type, style, value: '', inline: null };
      } else if (name === 'v' && cell) inValue = true;
      else if (name === 'is' && cell) inline = new StringText();
    },
    close(name: string) {
      if (name === 'is' && inline && cell) {
        cell.inline = inline.take();
        inline = null;
      } else if (inline) inline.close(name);
      else if (name === 'v') inValue = false;
      else if (name === 'c' && cell && values) {
        values[cell.column - 1] = cellText(cell, row, ctx);
      } else if (name === 'row' && values) {
        ready.push({ row, values: Array.from(values, (v) => v ?? '') });
        values = null;
        cell = null;
      }
    },
    text(text: string) {
      if (inline) inline.add(text);
      else if (inValue && cell) cell.value += text;
    },
  };
  try {
    for await (const _ of parsePart(zip, part, handlers, onPacked)) yield* ready.splice(0);
  } catch (error) {
    // The rows read before a failure are handed on before it.
    yield* ready.splice(0);
    throw error;
  }
  yield* ready.splice(0);
}
