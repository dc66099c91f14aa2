/**
 * Reading the BIS Denied Persons List text file: tab-separated, every field in double quotes,
 * a header row naming the columns. One row per party and address, so a party with several
 * addresses has several rows, one after the other (the file is sorted by name).
 */
import { collapseSpaces } from '../../core/normalise/index.js';
import { readCsv, SourceError } from '../io/index.js';

/** One row of the list; blank fields are null. */
export interface DplRow {
  /** Line in the file, for messages. */
  line: number;
  /** The denied party: a person or a company, the file does not say which. */
  name: string;
  street: string | null;
  city: string | null;
  /** US state or other region code. */
  state: string | null;
  /** ISO 3166 alpha-2 code as BIS writes it (some rows have "PRC"); often blank for the US. */
  country: string | null;
  postalCode: string | null;
  /** Start of the denial order, mm/dd/yyyy. */
  effectiveDate: string | null;
  /** End of the denial order, mm/dd/yyyy; blank for orders without an end. */
  expirationDate: string | null;
  /** "Y" when the standard terms of a denial order apply, "N" when not. */
  standardOrder: string | null;
  /** When BIS last changed the row, yyyy-mm-dd. */
  lastUpdate: string | null;
  /** BIS's log of the changes ("F.R. NOTICE ADDED, TDO RENEWAL"). */
  action: string | null;
  /** Federal Register citations of the order and its renewals ("87 F.R. 52741 8/29/2022"). */
  citation: string | null;
}

/** All the rows of one party: consecutive rows with the same name. */
export interface DplParty {
  name: string;
  rows: DplRow[];
}

export const COLUMNS = {
  name: 'Name',
  street: 'Street_Address',
  city: 'City',
  state: 'State',
  country: 'Country',
  postalCode: 'Postal_Code',
  effectiveDate: 'Effective_Date',
  expirationDate: 'Expiration_Date',
  standardOrder: 'Standard_Order',
  lastUpdate: 'Last_Update',
  action: 'Action',
  citation: 'FR_Citation',
} as const;

type Field = keyof typeof COLUMNS;

/** A field without its surrounding quotes; doubled quotes inside stand for one. */
export function unquote(raw: string): string | null {
  const text = raw.trim();
  if (!text.startsWith('"')) return text;
  if (text.length < 2 || !text.endsWith('"')) return null;
  return text.slice(1, -1).replaceAll('""', '"');
}

function fields(file: string, line: number, raw: string[]): string[] {
  return raw.map((f, i) => {
    const text = unquote(f);
    if (text === null)
      throw new SourceError(file, `line ${line}`, `unclosed quote in field ${i + 1}`);
    return text;
  });
}

/** Where each column is, from the header row; every documented column must be there. */
function columnIndex(file: string, header: string[]): Record<Field, number> {
  const index = {} as Record<Field, number>;
  const missing: string[] = [];
  for (const [field, column] of Object.entries(COLUMNS) as [Field, string][]) {
    index[field] = header.indexOf(column);
    if (index[field] === -1) missing.push(column);
  }
  if (missing.length > 0) {
    throw new SourceError(file, 'line 1', `header lacks the column(s) ${missing.join(', ')}`);
  }
  return index;
}

function toRow(file: string, line: number, values: string[], index: Record<Field, number>) {
  const get = (field: Field) => collapseSpaces(values[index[field]] ?? '') || null;
  const name = get('name');
  if (!name) throw new SourceError(file, `line ${line}`, 'row without a Name');
  const row = { line, name } as DplRow;
  for (const field of Object.keys(COLUMNS) as Field[]) {
    if (field !== 'name') row[field] = get(field);
  }
  return row;
}

/** Stream the rows of one file; a row with the wrong number of fields stops the read. */
export async function* readDplRows(
  file: string,
  progress: (bytes: number) => void,
): AsyncIterable<DplRow> {
  let index: Record<Field, number> | null = null;
  let width = 0;
  for await (const { line, fields: raw } of readCsv(file, {
    encoding: 'auto',
    delimiter: '\t',
    progress,
  })) {
    const values = fields(file, line, raw);
    if (index === null) {
      index = columnIndex(file, values);
      width = values.length;
      continue;
    }
    if (values.length !== width) {
      const problem = `expected ${width} tab-separated fields, found ${values.length}`;
      throw new SourceError(file, `line ${line}`, problem);
    }
    yield toRow(file, line, values, index);
  }
  if (index === null) throw new SourceError(file, null, 'no header row');
}

/** Group consecutive rows of the same name: one party, several addresses or orders. */
export async function* readDplParties(
  file: string,
  progress: (bytes: number) => void,
): AsyncIterable<DplParty> {
  let current: DplParty | null = null;
  for await (const row of readDplRows(file, progress)) {
    if (current && current.name === row.name) {
      current.rows.push(row);
      continue;
    }
    if (current) yield current;
    current = { name: row.name, rows: [row] };
  }
  if (current) yield current;
}
