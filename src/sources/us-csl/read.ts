/**
 * Reading the trade.gov Consolidated Screening List CSV: one row per listed party, columns named
 * by a header row. List-valued columns (names, addresses, dates, IDs) separate their items with
 * "; ". Two layouts are in use: the older one without `_id`, writing an ID as
 * "country, number, type"; the current one (CSL API v1) with `_id`, writing "type, number, country".
 */
import { collapseSpaces } from '../../core/normalise/index.js';
import { readCsv, SourceError } from '../io/index.js';

/** One entry of the `ids` column: a document, a registration, or a sanctions detail. */
export interface CslId {
  /** "Passport", "Tax ID No.", "Website", "Secondary sanctions risk:"... */
  type: string;
  number: string;
  /** ISO 3166 alpha-2, when the entry has one. */
  country: string | null;
  /** The entry as written, for the record. */
  raw: string;
}

/** One row; blank fields are null, list fields empty arrays. */
export interface CslRow {
  line: number;
  /** trade.gov's ID of the row (`_id`), in the current layout only. */
  id: string | null;
  /** The list the row comes from: "Entity List (EL) - Bureau of Industry and Security". */
  source: string;
  /** The list's own number for the party (OFAC's UID for Treasury lists). */
  entityNumber: string | null;
  /** Individual, Entity, Vessel, Aircraft, or blank (lists that do not say). */
  type: string | null;
  programs: string[];
  name: string;
  /** A person's office or title. */
  title: string | null;
  addresses: string[];
  federalRegisterNotice: string | null;
  startDate: string | null;
  endDate: string | null;
  standardOrder: string | null;
  licenseRequirement: string | null;
  licensePolicy: string | null;
  callSign: string | null;
  vesselType: string | null;
  grossTonnage: string | null;
  grossRegisteredTonnage: string | null;
  vesselFlag: string | null;
  vesselOwner: string | null;
  remarks: string | null;
  sourceListUrl: string | null;
  altNames: string[];
  citizenships: string[];
  datesOfBirth: string[];
  nationalities: string[];
  placesOfBirth: string[];
  sourceInformationUrl: string | null;
  ids: CslId[];
}

/** Columns without which a file is not this list. */
export const REQUIRED = ['source', 'name', 'type', 'programs', 'alt_names', 'addresses', 'ids'];

const COUNTRY_CODE = /^[A-Z]{2}$/;

/** Parse one `ids` entry in either layout; the number may itself contain ", ". */
export function parseId(raw: string, typeFirst: boolean): CslId | null {
  const parts = raw.split(', ').map((p) => p.trim());
  if (parts.length < 2) return null;
  const type = (typeFirst ? parts.shift() : parts.pop())!;
  let country: string | null = null;
  if (parts.length >= 2) {
    const candidate = typeFirst ? parts.at(-1)! : parts[0]!;
    if (COUNTRY_CODE.test(candidate)) {
      country = candidate;
      if (typeFirst) parts.pop();
      else parts.shift();
    }
  }
  const number = parts.join(', ');
  return type && number ? { type, number, country, raw } : null;
}

function list(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(';')
    .map((item) => collapseSpaces(item))
    .filter((item) => item !== '');
}

function header(file: string, fields: string[]): Map<string, number> {
  const columns = new Map(fields.map((f, i) => [f.trim().replace(/^\ufeff/, ''), i]));
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    throw new SourceError(file, 'line 1', `header lacks the column(s) ${missing.join(', ')}`);
  }
  return columns;
}

type Getter = (column: string) => string | null;

function toRow(file: string, line: number, get: Getter, typeFirst: boolean): CslRow {
  const name = get('name');
  const source = get('source');
  if (!name) throw new SourceError(file, `line ${line}`, 'row without a name');
  if (!source) throw new SourceError(file, `line ${line}`, 'row without a source list');
  return {
    line,
    id: get('_id'),
    source,
    entityNumber: get('entity_number'),
    type: get('type'),
    programs: list(get('programs')),
    name,
    title: get('title'),
    addresses: list(get('addresses')),
    federalRegisterNotice: get('federal_register_notice'),
    startDate: get('start_date'),
    endDate: get('end_date'),
    standardOrder: get('standard_order'),
    licenseRequirement: get('license_requirement'),
    licensePolicy: get('license_policy'),
    callSign: get('call_sign'),
    vesselType: get('vessel_type'),
    grossTonnage: get('gross_tonnage'),
    grossRegisteredTonnage: get('gross_registered_tonnage'),
    vesselFlag: get('vessel_flag'),
    vesselOwner: get('vessel_owner'),
    remarks: get('remarks'),
    sourceListUrl: get('source_list_url'),
    altNames: list(get('alt_names')),
    citizenships: list(get('citizenships')),
    datesOfBirth: list(get('dates_of_birth')),
    nationalities: list(get('nationalities')),
    placesOfBirth: list(get('places_of_birth')),
    sourceInformationUrl: get('source_information_url'),
    ids: list(get('ids'))
      .map((raw) => parseId(raw, typeFirst))
      .filter((id) => id !== null),
  };
}

/**
 * Stream the rows of one file. In the layout with `_id`, every row must have one (it is the
 * entity's ID); a row with fewer fields than the header (a truncated file) stops the read.
 */
export async function* readCslRows(
  file: string,
  progress: (bytes: number) => void,
): AsyncIterable<CslRow> {
  let columns: Map<string, number> | null = null;
  for await (const { line, fields } of readCsv(file, { encoding: 'auto', progress })) {
    if (columns === null) {
      columns = header(file, fields);
      continue;
    }
    if (fields.length < columns.size) {
      const problem = `expected ${columns.size} fields, found ${fields.length}`;
      throw new SourceError(file, `line ${line}`, problem);
    }
    const index = columns;
    const get: Getter = (column) => {
      const i = index.get(column);
      return i === undefined ? null : fields[i]?.trim() || null;
    };
    const typeFirst = index.has('_id');
    if (typeFirst && !get('_id')) throw new SourceError(file, `line ${line}`, 'row without an _id');
    yield toRow(file, line, get, typeFirst);
  }
  if (columns === null) throw new SourceError(file, null, 'no header row');
}
