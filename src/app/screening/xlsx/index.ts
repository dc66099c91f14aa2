/**
 * Reading and writing XLSX workbooks without a spreadsheet library: a ZIP reader and writer of
 * our own, shared strings, date styles, sheets read row by row and a streamed sheet writer.
 */
export { readWorkbook, type Workbook } from './workbook.js';
export { type CellContext, type SheetRow, sheetRows } from './sheet.js';
export { Zip } from './zip.js';
export { type CellValue, columnName, rowXml, writeSheetXlsx, xmlText } from './xlsx-writer.js';
export { PartWriter, ZipWriter } from './zip-writer.js';
export { serialDate } from './dates.js';
