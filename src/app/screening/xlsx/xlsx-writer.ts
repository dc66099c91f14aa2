/**
 * An XLSX file of one sheet, written row by row: the least that Excel, LibreOffice and our own
 * reader open. Texts are inline strings (no shared strings table to hold in memory), numbers are
 * numbers. A cell's text is written as the spreadsheet stores it: characters XML 1.0 cannot hold
 * are dropped, except the carriage return, written `_x000D_` as Excel writes it (raw, an XML
 * parser would turn it into a line feed); a text that itself looks like such an escape has its
 * underscore escaped, so that it reads back as written. Spreadsheets cap a sheet at 1,048,576
 * rows and a cell at 32,767 characters; neither is enforced here.
 */
import { ZipWriter } from './zip-writer.js';

export type CellValue = string | number;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const OFFICE = 'application/vnd.openxmlformats-officedocument';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Characters outside XML 1.0's Char production, and lone surrogates (the `u` flag sees them as
 * one code point each); carriage returns and text that looks like an `_xHHHH_` escape.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const SURROGATE = /^[\uD800-\uDFFF]$/u;
const UNSAFE = /[&<>"\r]|_(?=x[0-9A-Fa-f]{4}_)/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '_x000D_',
  _: '_x005F_',
};

/**
 * Text for element content or a quoted attribute. A lone surrogate becomes U+FFFD, as it does
 * when the CSV and JSON lines outputs encode it as UTF-8; other forbidden characters are dropped.
 */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, (c) => (SURROGATE.test(c) ? '\uFFFD' : ''))
    .replace(UNSAFE, (c) => ENTITIES[c]!);
}

/** A column's letters: 1 is A, 27 is AA. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function cellXml(value: CellValue, ref: string): string {
  // NaN and the infinities are not numbers to a spreadsheet; they are kept as their text.
  if (typeof value === 'number' && Number.isFinite(value)) {
    return `<c r="${ref}"><v>${value}</v></c>`;
  }
  // Readers may trim spaces at the ends of a text without xml:space, which Excel writes only then.
  const text = xmlText(String(value));
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

export function rowXml(row: number, cells: readonly CellValue[]): string {
  const body = cells.map((value, i) => cellXml(value, `${columnName(i + 1)}${row}`)).join('');
  return `<row r="${row}">${body}</row>`;
}

function relationships(rels: [string, string][]): string {
  const body = rels
    .map(
      ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`,
    )
    .join('');
  return `${XML}<Relationships xmlns="${PACKAGE_RELS}">${body}</Relationships>`;
}

const CONTENT_TYPES =
  `${XML}<Types xmlns="${TYPES}">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/xl/workbook.xml" ContentType="${OFFICE}.spreadsheetml.sheet.main+xml"/>` +
  `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${OFFICE}.spreadsheetml.worksheet+xml"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="${OFFICE}.spreadsheetml.styles+xml"/>` +
  '</Types>';

/** One font, the two fills Excel reserves, one border, one cell format: Excel's defaults. */
const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * Write a workbook of one sheet, the header then the rows. The rows are taken as they come and
 * written in pieces, so memory holds a piece of the sheet, never the sheet. Every `pauseEvery`
 * rows the event loop is let run, so that a server stays responsive during a long write. A
 * failed write leaves an unfinished file, which the caller removes.
 */
export async function writeSheetXlsx(
  path: string,
  sheetName: string,
  header: readonly CellValue[],
  rows: Iterable<readonly CellValue[]> | AsyncIterable<readonly CellValue[]>,
  pauseEvery = 1000,
): Promise<number> {
  // Excel refuses a workbook whose sheet name is empty, long or holds one of these.
  if (!/^[^[\]:*?/\\]{1,31}$/.test(sheetName)) throw new Error(`not a sheet name: ${sheetName}`);
  const zip = new ZipWriter(path);
  let n = 0;
  try {
    zip.add('[Content_Types].xml', CONTENT_TYPES);
    zip.add('_rels/.rels', relationships([[`${REL}/officeDocument`, 'xl/workbook.xml']]));
    const workbook =
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      `<sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    zip.add('xl/workbook.xml', workbook);
    const rels: [string, string][] = [
      [`${REL}/worksheet`, 'worksheets/sheet1.xml'],
      [`${REL}/styles`, 'styles.xml'],
    ];
    zip.add('xl/_rels/workbook.xml.rels', relationships(rels));
    zip.add('xl/styles.xml', STYLES);
    const sheet = zip.begin('xl/worksheets/sheet1.xml');
    sheet.write(`${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>`);
    sheet.write(rowXml(1, header));
    for await (const cells of rows) {
      sheet.write(rowXml(n + 2, cells));
      if (++n % pauseEvery === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    sheet.write('</sheetData></worksheet>');
    sheet.end();
    zip.finish();
  } catch (error) {
    zip.close();
    throw error;
  }
  return n;
}
