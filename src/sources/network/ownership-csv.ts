/**
 * The ownership table (issue 12): one holding per row, with the columns `owner_id, owner_name,
 * owned_id, owned_name, percent, start_date, end_date, source` in any order (a header row names
 * them; only the two ids are required). A row that cannot be a holding is reported by its line
 * and left out; the rest loads. Whether an id names a loaded list entity, and cycles of 100%
 * holdings, are judged once the whole file is read (src/app/network/ingest.ts).
 */
import type { CsvRow } from '../io/index.js';
import { SourceError } from '../io/index.js';
import { isShare, parseIsoDate, parseShare, shareProperties } from './share.js';
import type { ParsedNetwork, ParsedRelation, Problem } from './types.js';

export const OWNERSHIP_COLUMNS = [
  'owner_id',
  'owner_name',
  'owned_id',
  'owned_name',
  'percent',
  'start_date',
  'end_date',
  'source',
] as const;

type Column = (typeof OWNERSHIP_COLUMNS)[number];
const REQUIRED: Column[] = ['owner_id', 'owned_id'];

function columnsOf(header: CsvRow, file: string): Map<Column, number> {
  const names = header.fields.map((f) =>
    f
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
  const columns = new Map<Column, number>();
  for (const column of OWNERSHIP_COLUMNS) {
    const at = names.indexOf(column);
    if (at !== -1) columns.set(column, at);
  }
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    throw new SourceError(
      file,
      `line ${header.line}`,
      `the header names no ${missing.join(' or ')} column (expected ${OWNERSHIP_COLUMNS.join(', ')})`,
    );
  }
  return columns;
}

/** One row as a holding, or the reason it is not one. */
function readRow(
  row: CsvRow,
  columns: Map<Column, number>,
  file: string,
): { relation: ParsedRelation; reason?: never } | { relation?: never; reason: string } {
  const cell = (c: Column) => {
    const at = columns.get(c);
    return at === undefined ? '' : (row.fields[at] ?? '').trim();
  };
  const ownerId = cell('owner_id');
  const ownedId = cell('owned_id');
  if (!ownerId || !ownedId) return { reason: `no ${ownerId ? 'owned_id' : 'owner_id'}` };
  if (ownerId === ownedId) return { reason: `${ownerId} cannot own itself` };
  const share = parseShare(cell('percent'));
  if (!isShare(share)) return { reason: share.error };
  const start = parseIsoDate(cell('start_date'));
  const end = parseIsoDate(cell('end_date'));
  for (const [name, date] of [
    ['start_date', start],
    ['end_date', end],
  ] as const) {
    if (date !== null && typeof date === 'object') return { reason: `${name}: ${date.error}` };
  }
  const startDate = start as string | null;
  const endDate = end as string | null;
  if (startDate && endDate && endDate < startDate) {
    return { reason: `end_date ${endDate} is before start_date ${startDate}` };
  }
  const properties = shareProperties(share);
  const percent = cell('percent');
  if (share.percentage === null && percent) properties.percentText = [percent];
  const source = cell('source');
  if (source) properties.source = [source];
  const relation: ParsedRelation = {
    where: `line ${row.line}`,
    key: `L${row.line}`,
    type: 'ownership',
    source: { id: ownerId, name: cell('owner_name') || null, schema: null },
    target: { id: ownedId, name: cell('owned_name') || null, schema: null },
    share,
    startDate,
    endDate,
    amount: null,
    currency: null,
    statementId: `${file}:${row.line}`,
    properties,
  };
  return { relation };
}

/**
 * Read the rows of an ownership table (the header first). `file` names the table in errors and
 * in each edge's statement id (`<file>:<line>`).
 */
export async function parseOwnershipCsv(
  rows: AsyncIterable<CsvRow> | Iterable<CsvRow>,
  file: string,
): Promise<ParsedNetwork> {
  let columns: Map<Column, number> | null = null;
  const relations: ParsedRelation[] = [];
  const problems: Problem[] = [];
  for await (const row of rows) {
    if (row.fields.every((f) => f.trim() === '')) continue;
    if (!columns) {
      columns = columnsOf(row, file);
      continue;
    }
    const read = readRow(row, columns, file);
    if (read.relation) relations.push(read.relation);
    else problems.push({ where: `line ${row.line}`, reason: read.reason });
  }
  if (!columns) throw new SourceError(file, null, 'empty: no header row');
  const notes: string[] = [];
  const exact = relations.flatMap((r) => (r.share.percentage === null ? [] : [r.share.percentage]));
  if (exact.length > 1 && exact.every((p) => p <= 1)) {
    notes.push(
      'every percent is 1 or less: percents are read as percentages ("0.5" is half a percent); write fractions as percentages ("50")',
    );
  }
  return { relations, parties: [], problems, notes };
}
