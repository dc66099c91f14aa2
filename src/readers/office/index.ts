/**
 * Office files (issue 11): DOCX (body, tracked changes and comments as separate pages), XLSX
 * (a page per sheet, a line per row) and CSV/TSV (a line per record).
 */
export { csvReader, guessSeparator } from './csv.js';
export { docxReader } from './docx.js';
export { OfficePackage } from './package.js';
export { DEFAULT_XLSX_LIMITS, type XlsxLimits, xlsxReader, xlsxReaderWith } from './xlsx.js';
