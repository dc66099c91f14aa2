/**
 * XLSX portfolios: the workbook's first worksheet, its first row with text as the header. Rows
 * are numbered as the sheet numbers them. The zip is read through its central directory (see
 * ./xlsx/), so the order of its parts does not matter, and the sheet is parsed as it is
 * unpacked. Shared strings are held in memory (the format keeps them apart from the rows), so
 * memory grows with distinct texts, up to the limits of ./limits.ts.
 */
import { UnsupportedFileError } from '../../core/screening/index.js';
import { cellsOf, headerNames, type InputEvent } from './input.js';
import { DEFAULT_INPUT_LIMITS, type InputLimits, type XlsxLimits } from './limits.js';
import { countSheetRows } from './xlsx/count.js';
import { sheetRows } from './xlsx/index.js';
import { readSharedStrings } from './xlsx/strings.js';
import { readDateStyles } from './xlsx/styles.js';
import { readWorkbook } from './xlsx/index.js';
import { Zip } from './xlsx/index.js';

/**
 * `onBytes` is told the file's size less the sheet once the workbook is read, then the sheet's
 * bytes as they are read: the total is the file's size. `limits` bound what the zip may unpack
 * to and the shared strings held (see ./limits.ts).
 */
export async function* readXlsxInput(
  path: string,
  onBytes: (bytes: number) => void,
  limits: XlsxLimits = DEFAULT_INPUT_LIMITS.xlsx,
): AsyncIterable<InputEvent> {
  const zip = await Zip.open(path, limits);
  try {
    const book = await readWorkbook(zip);
    const strings = await readSharedStrings(zip, book.sharedStrings);
    const dateStyles = await readDateStyles(zip, book.styles);
    onBytes(zip.size - zip.packedSize(book.sheet));
    const ctx = { strings, dateStyles, date1904: book.date1904 };
    let headers: string[] | null = null;
    for await (const { row, values } of sheetRows(zip, book.sheet, ctx, onBytes)) {
      if (values.every((v) => v.trim() === '')) continue;
      if (headers === null) {
        headers = headerNames(values);
        yield { kind: 'header', row, headers };
      } else if (values.slice(headers.length).some((v) => v.trim() !== '')) {
        const message = `a value beyond the header's ${headers.length} columns`;
        yield { kind: 'problem', row, message };
      } else {
        yield { kind: 'row', row, cells: cellsOf(headers, values) };
      }
    }
  } finally {
    zip.close();
  }
}

/**
 * Refuse a workbook whose first sheet holds more than `maxRows` rows below its header, counted
 * before a run is recorded (./xlsx/count.ts): a job that would fail at the limit hours later is
 * refused as it is submitted. Only the rows up to the limit are unpacked. Returns the rows
 * counted (the header's included). `onPacked` is told the sheet's packed bytes as they are read.
 */
export async function checkXlsxRows(
  path: string,
  limits: InputLimits,
  onPacked?: (bytes: number) => void,
): Promise<number> {
  const zip = await Zip.open(path, limits.xlsx);
  try {
    const book = await readWorkbook(zip);
    // The header's row is one of the sheet's rows, not one of the input's.
    const rows = await countSheetRows(zip, book.sheet, limits.maxRows + 1, onPacked);
    if (rows > limits.maxRows + 1) {
      throw new UnsupportedFileError(
        `${path}: its sheet holds more than ${limits.maxRows} rows (counted before reading ` +
          'them); the limit is maxRows, split the file into smaller ones',
      );
    }
    return rows;
  } finally {
    zip.close();
  }
}
