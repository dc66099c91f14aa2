/**
 * Reading HM Treasury's (OFSI) consolidated list CSV: a "Last Updated" line, a header row, then
 * one row per name of each listed party ("group"), the party's details repeated on every row.
 * Columns are found by their header, so the later layout's extra columns ("Alias Quality",
 * "UK Sanctions List Ref") do not disturb the reading. Published in Windows-1252 and, later,
 * UTF-8: the encoding is detected.
 */
import { readCsv, SourceError } from '../io/index.js';

export interface HmtRow {
  /** Where the row starts in the file, for messages. */
  line: number;
  /** Group ID: OFSI's key for the listed party, shared by all its rows. */
  groupId: string;
  /** Group Type: "Individual", "Entity" or (later layout) "Ship". */
  groupType: string;
  /** Alias Type: "Prime Alias", "AKA", "FKA"; later "Primary name", "Primary name variation". */
  aliasType: string;
  /** Alias Quality (later layout only): "Good", "Low". */
  aliasQuality: string;
  /** Name 1 to Name 5: given names, blanks kept in place. */
  givenNames: string[];
  /** Name 6: the surname, or an entity's whole name. */
  surname: string;
  title: string;
  /** DOB: dd/mm/yyyy with 00 for an unknown day or month. */
  dob: string;
  townOfBirth: string;
  countryOfBirth: string;
  /** Nationality: one, or a numbered list "1) Saudi Arabia 2) Qatar". */
  nationality: string;
  /** Passport Details and NI Number: free text, often numbered lists, with remarks. */
  passportDetails: string;
  niNumber: string;
  position: string;
  /** Address 1 to Address 6 (Address 6 is the town). */
  addressLines: string[];
  postCode: string;
  country: string;
  /** Other Information: remarks, including "UN Ref QDe.004" for UN listings. */
  otherInformation: string;
  /** Regime: the sanctions programme. */
  regime: string;
  /** Listed On and Last Updated: dd/mm/yyyy. */
  listedOn: string;
  lastUpdated: string;
}

const REQUIRED = ['Name 6', 'Group Type', 'Alias Type', 'Group ID'];
/** Lines allowed before the header ("Last Updated,13/04/2018"). */
const MAX_PREAMBLE = 5;

type Columns = Map<string, number>;

/** The header's column positions, or null when this row is not the header. */
function headerOf(fields: string[]): Columns | null {
  const names = fields.map((f) => f.trim());
  if (names[0] !== 'Name 6' && !names.includes('Group ID')) return null;
  return new Map(names.map((name, i) => [name, i]));
}

function toRow(fields: string[], columns: Columns, line: number, path: string): HmtRow {
  const cell = (name: string) => {
    const i = columns.get(name);
    return i === undefined ? '' : (fields[i] ?? '').trim();
  };
  const groupId = cell('Group ID');
  if (groupId === '') throw new SourceError(path, `line ${line}`, 'row without a Group ID');
  if (!/^\d+$/.test(groupId)) {
    throw new SourceError(path, `line ${line}`, `Group ID "${groupId}" is not a number`);
  }
  const groupType = cell('Group Type');
  if (groupType === '') throw new SourceError(path, `line ${line}`, 'row without a Group Type');
  return {
    line,
    groupId,
    groupType,
    aliasType: cell('Alias Type'),
    aliasQuality: cell('Alias Quality'),
    givenNames: [1, 2, 3, 4, 5].map((n) => cell(`Name ${n}`)),
    surname: cell('Name 6'),
    title: cell('Title'),
    dob: cell('DOB'),
    townOfBirth: cell('Town of Birth'),
    countryOfBirth: cell('Country of Birth'),
    nationality: cell('Nationality'),
    passportDetails: cell('Passport Details'),
    niNumber: cell('NI Number'),
    position: cell('Position'),
    addressLines: [1, 2, 3, 4, 5, 6].map((n) => cell(`Address ${n}`)),
    postCode: cell('Post/Zip Code'),
    country: cell('Country'),
    otherInformation: cell('Other Information'),
    regime: cell('Regime'),
    listedOn: cell('Listed On'),
    lastUpdated: cell('Last Updated'),
  };
}

function checkHeader(columns: Columns, line: number, path: string): void {
  const missing = REQUIRED.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    throw new SourceError(path, `line ${line}`, `header lacks the column(s) ${missing.join(', ')}`);
  }
}

/** Stream the rows of one file. Malformed CSV, a missing header or Group ID stop the read. */
export async function* readHmtRows(
  path: string,
  progress: (bytes: number) => void,
): AsyncIterable<HmtRow> {
  let columns: Columns | null = null;
  let count = 0;
  for await (const { line, fields } of readCsv(path, { encoding: 'auto', progress })) {
    if (columns) {
      count++;
      yield toRow(fields, columns, line, path);
      continue;
    }
    columns = headerOf(fields);
    if (columns) checkHeader(columns, line, path);
    else if (line > MAX_PREAMBLE) {
      throw new SourceError(path, `line ${line}`, 'no header row ("Name 6,Name 1,...,Group ID")');
    }
  }
  if (!columns) throw new SourceError(path, null, 'no header row ("Name 6,Name 1,...,Group ID")');
  if (count === 0) throw new SourceError(path, null, 'no rows after the header');
}
