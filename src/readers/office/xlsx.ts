/**
 * Excel workbooks (XLSX). Layout, so that a mention's offset gives its sheet, row and column:
 * page n is the n-th sheet in workbook order (its name is `sheets[n-1]` in the properties);
 * line r of the page (1-based, lines split on `\n`) is row r of the sheet, empty when the row is;
 * field c of the line (split on `\t`) is column c (A = 1). Tabs and line breaks inside a cell
 * become spaces. Dates come out as ISO dates, numbers as stored.
 *
 * Bomb limits, the same kinds as the screening reader's (src/app/screening/xlsx), which readers
 * cannot import: the package's entries, unpacked bytes and ratio through the ZIP reader's limits
 * (ReadLimits), shared strings by count and characters (defaults as screening's), and the text
 * produced, which a single long shared string repeated in every cell could otherwise multiply.
 */
import type { ReadOutcome, ReadPage } from '../../core/documents/index.js';
import { ReadProblem, readSafely } from '../read-problem.js';
import type { DocumentReader, ReadInput } from '../types.js';
import { officeProperties } from './core-properties.js';
import { OfficePackage, type XmlHandlers } from './package.js';
import { type CellContext, cellText, columnOf, dateStyles, unescapeText } from './xlsx-cells.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Excel's own bounds: a reference past them is damage, not a sheet to pad out. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

export interface XlsxLimits {
  maxSharedStrings: number;
  maxSharedStringChars: number;
  /** Characters of text all the pages together may hold. */
  maxTextChars: number;
}

/** As src/app/screening/limits.ts sets them for screening inputs. */
export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxSharedStrings: 10_000_000,
  maxSharedStringChars: 100_000_000,
  maxTextChars: 256 * 1024 * 1024,
};

function limit(part: string, problem: string, name: string): ReadProblem {
  return new ReadProblem('text', 'archive-limits', `${part}: ${problem} (${name})`);
}

/** Text of `<si>` and `<is>`: plain `<t>` or rich runs, without phonetic guides (`<rPh>`). */
class StringText {
  private phonetic = 0;
  private inText = false;
  text = '';
  open(name: string) {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) this.inText = true;
  }
  close(name: string) {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inText = false;
  }
  add(t: string) {
    if (this.inText) this.text += t;
  }
}

async function sharedStrings(pkg: OfficePackage, part: string | null, limits: XlsxLimits) {
  const strings: string[] = [];
  if (part === null) return strings;
  let current: StringText | null = null;
  let chars = 0;
  await pkg.xml(part, {
    open(name) {
      if (name === 'si') current = new StringText();
      else current?.open(name);
    },
    close(name) {
      if (name !== 'si') current?.close(name);
      else if (current) {
        if (strings.length >= limits.maxSharedStrings) {
          throw limit(
            part,
            `holds more than ${limits.maxSharedStrings} shared strings`,
            'maxSharedStrings',
          );
        }
        strings.push(unescapeText(current.text));
        current = null;
      }
    },
    text(t) {
      chars += t.length;
      if (chars > limits.maxSharedStringChars) {
        const problem = `holds more than ${limits.maxSharedStringChars} characters of text`;
        throw limit(part, problem, 'maxSharedStringChars');
      }
      current?.add(t);
    },
  });
  return strings;
}

/** A sheet's rows as lines, line r being row r; `budget` counts every character produced. */
function sheetHandlers(ctx: CellContext, part: string, budget: { left: number }) {
  const rows = new Map<number, string[]>();
  let lastRow = 0;
  let row: string[] | null = null;
  let cell: {
    column: number;
    type: string;
    style: number;
    value: string;
    inline: string | null;
  } | null = null;
  let highest = 0;
  let inValue = false;
  let inline: StringText | null = null;
  const spend = (chars: number) => {
    budget.left -= chars;
    if (budget.left < 0)
      throw limit(part, 'the sheets give more text than the limit', 'maxTextChars');
  };
  const handlers: XmlHandlers = {
    open(name, attrs) {
      if (inline) inline.open(name);
      else if (name === 'row') {
        const r = Number(attrs.r);
        lastRow = Number.isInteger(r) && r > 0 ? r : lastRow + 1;
        if (lastRow > MAX_ROW)
          throw new ReadProblem(
            'text',
            'corrupt',
            `${part}: row ${lastRow} is past Excel's last row`,
          );
        row = [];
      } else if (name === 'c' && row) {
        const column = columnOf(attrs.r) ?? (cell?.column ?? row.length) + 1;
        if (column > MAX_COLUMN)
          throw new ReadProblem('text', 'corrupt', `${part}: a cell is past Excel's last column`);
        cell = {
          column,
          type: attrs.t ?? 'n',
          style: Number(attrs.s ?? 0),
          value: '',
          inline: null,
        };
      } else if (name === 'v' && cell) inValue = true;
      else if (name === 'is' && cell) inline = new StringText();
    },
    close(name) {
      if (name === 'is' && inline && cell) {
        cell.inline = unescapeText(inline.text);
        inline = null;
      } else if (inline) inline.close(name);
      else if (name === 'v') inValue = false;
      else if (name === 'c' && cell && row) {
        const text = cellText(cell.type, cell.style, cell.value, cell.inline, ctx).replace(
          /[\t\r\n]/g,
          ' ',
        );
        spend(text.length + Math.max(cell.column - row.length, 1));
        row[cell.column - 1] = text;
      } else if (name === 'row' && row) {
        // Every row up to this one becomes a line, empty or not.
        spend(Math.max(lastRow - highest, 1));
        highest = Math.max(highest, lastRow);
        rows.set(
          lastRow,
          Array.from(row, (v) => v ?? ''),
        );
        row = null;
        cell = null;
      }
    },
    text(t) {
      if (inline) inline.add(t);
      else if (inValue && cell) cell.value += t;
    },
  };
  const text = () => {
    const lines: string[] = [];
    for (let r = 1; r <= highest; r++)
      lines.push(rows.get(r)?.join('\t').replace(/\t+$/, '') ?? '');
    return lines.join('\n');
  };
  return { handlers, text };
}

interface SheetRef {
  name: string;
  part: string;
}

async function workbook(pkg: OfficePackage) {
  const main = await pkg.related('', 'officeDocument', 'xl/workbook.xml');
  if (main === null) throw new ReadProblem('text', 'corrupt', 'no workbook part: not an XLSX');
  const declared: { name: string; id: string }[] = [];
  let date1904 = false;
  await pkg.xml(main, {
    open(name, attrs) {
      if (name === 'sheet') declared.push({ name: attrs.name ?? '', id: attrs.id ?? '' });
      else if (name === 'workbookPr')
        date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
    },
  });
  const rels = await pkg.relationships(main);
  const sheets: SheetRef[] = [];
  for (const sheet of declared) {
    const rel = rels.find((r) => r.id === sheet.id && r.type.endsWith('/worksheet'));
    // Chart sheets and dialog sheets hold no cells: they are not pages.
    if (rel && pkg.has(rel.part)) sheets.push({ name: sheet.name, part: rel.part });
  }
  const find = (type: string) => rels.find((r) => r.type.endsWith(`/${type}`))?.part ?? null;
  return { sheets, date1904, strings: find('sharedStrings'), styles: find('styles') };
}

export async function readXlsx(
  input: ReadInput,
  limits = DEFAULT_XLSX_LIMITS,
): Promise<ReadOutcome> {
  const pkg = await OfficePackage.open(input.bytes, input.limits, input.signal);
  try {
    const book = await workbook(pkg);
    if (book.sheets.length > input.limits.maxPages) {
      const problem = `holds ${book.sheets.length} sheets; the limit is ${input.limits.maxPages} pages`;
      throw new ReadProblem('text', 'too-large', `${problem} (maxPages)`);
    }
    const strings = await sharedStrings(pkg, book.strings, limits);
    const styles = dateStyles();
    if (book.styles) await pkg.xml(book.styles, styles.handlers);
    const ctx: CellContext = { strings, dateStyles: styles.result(), date1904: book.date1904 };
    const budget = { left: Math.min(limits.maxTextChars, input.limits.maxUnpackedBytes) };
    const pages: ReadPage[] = [];
    for (const sheet of book.sheets) {
      const { handlers, text } = sheetHandlers(ctx, sheet.part, budget);
      await pkg.xml(sheet.part, handlers);
      pages.push({
        page: pages.length + 1,
        text: text(),
        method: 'text',
        language: null,
        confidence: null,
        width: null,
        height: null,
      });
    }
    const properties = await officeProperties(pkg);
    properties.sheets = book.sheets.map((s) => s.name);
    return { status: 'processed', properties, pages, children: [] };
  } finally {
    pkg.close();
  }
}

/** An XLSX reader with its own shared-string and text limits (tests set them low). */
export function xlsxReaderWith(limits: Partial<XlsxLimits> = {}): DocumentReader {
  const all = { ...DEFAULT_XLSX_LIMITS, ...limits };
  return {
    name: 'xlsx',
    accepts(mediaType, fileName) {
      return mediaType === XLSX_TYPE || /\.(xlsx|xlsm)$/i.test(fileName);
    },
    read(input) {
      return readSafely('text', () => readXlsx(input, all));
    },
  };
}

export const xlsxReader = xlsxReaderWith();
