/**
 * XLSX portfolios, streamed with exceljs's WorkbookReader: the first worksheet, its first row
 * with text as the header. Rows are numbered as the sheet numbers them. Shared strings are held in
 * memory (the format keeps them apart from the rows), so memory grows with distinct texts.
 */
import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { cellsOf, headerNames, type InputEvent } from './input.js';

/** A cell's value as text: dates as ISO dates, formulas by their result, rich text joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) {
    return (v.richText as { text?: unknown }[]).map((t) => String(t.text ?? '')).join('');
  }
  if ('result' in v) return cellText(v.result);
  if ('text' in v) return cellText(v.text);
  return '';
}

function rowValues(values: unknown): string[] {
  // exceljs numbers columns from 1: index 0 is always empty.
  const list = Array.isArray(values) ? values.slice(1) : [];
  return Array.from(list, (v) => cellText(v));
}

export async function* readXlsxInput(
  path: string,
  onBytes: (bytes: number) => void,
): AsyncIterable<InputEvent> {
  const stream = createReadStream(path);
  stream.on('data', (chunk) => onBytes(chunk.length));
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Number formats are what tell a date from a number: without them a date reads 23575.
    styles: 'cache',
    worksheets: 'emit',
  });
  let headers: string[] | null = null;
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        const values = rowValues(row.values);
        if (values.every((v) => v.trim() === '')) continue;
        if (headers === null) {
          headers = headerNames(values);
          yield { kind: 'header', row: row.number, headers };
        } else if (values.slice(headers.length).some((v) => v.trim() !== '')) {
          const message = `a value beyond the header's ${headers.length} columns`;
          yield { kind: 'problem', row: row.number, message };
        } else {
          yield { kind: 'row', row: row.number, cells: cellsOf(headers, values) };
        }
      }
      break; // the first worksheet only
    }
  } finally {
    stream.destroy();
  }
}
