/**
 * Which column of a portfolio file holds what: detected from the header's words ("Full name",
 * "DOB", "INN"...) and overridden with `--map column=property`. A target is a FollowTheMoney
 * property of a party schema, `schema` (the party's kind) or `ignore`.
 */
import { model } from '../model/index.js';
import { ColumnMappingError } from './errors.js';

export const SCHEMA_TARGET = 'schema';
export const IGNORE_TARGET = 'ignore';
/** The customer's own ID: not a property of the party, but what its row is known by. */
export const ID_TARGET = 'id';

/**
 * Header words of the customer's ID column, most telling first: when a file has several (an "ID"
 * and an "Account number"), the first of these words that a header has wins.
 */
const ID_WORDS = [
  'customer id',
  'client id',
  'customer number',
  'client number',
  'customer ref',
  'client ref',
  'customer reference',
  'client reference',
  'id',
  'account number',
  'account no',
  'account',
  'reference',
  'ref',
];
const ID_RANK = new Map(ID_WORDS.map((w, i) => [w, i + 1]));

/** How telling a header is as the customer ID column (lower is better), or null if it is not one. */
export function idRank(header: string): number | null {
  return ID_RANK.get(headerWords(header)) ?? null;
}

/** Header words (lower case, single-spaced, no punctuation) for each target. */
const HEADER_WORDS: Record<string, string[]> = {
  name: [
    'name',
    'full name',
    'fullname',
    'names',
    'entity',
    'entity name',
    'company',
    'company name',
  ]
    .concat(['organisation', 'organization', 'organisation name', 'organization name'])
    .concat(['customer', 'customer name', 'client', 'client name', 'party', 'party name'])
    .concat(['counterparty', 'counterparty name', 'legal name', 'beneficiary', 'vessel name']),
  alias: ['alias', 'aliases', 'aka', 'other names', 'also known as', 'alternative name'],
  firstName: ['first name', 'given name', 'forename', 'first names', 'given names'],
  lastName: ['last name', 'surname', 'family name'],
  middleName: ['middle name', 'middle names'],
  [SCHEMA_TARGET]: ['type', 'entity type', 'party type', 'schema', 'kind', 'customer type'].concat([
    'client type',
  ]),
  country: ['country', 'country code', 'residence', 'country of residence', 'domicile'],
  nationality: ['nationality', 'citizenship'],
  jurisdiction: ['jurisdiction', 'country of incorporation', 'incorporation country'],
  birthDate: ['birth date', 'birthdate', 'date of birth', 'dob', 'born'],
  innCode: ['inn', 'inn code'],
  ogrnCode: ['ogrn', 'ogrn code'],
  imoNumber: ['imo', 'imo number', 'imo no'],
  leiCode: ['lei', 'lei code'],
  registrationNumber: ['registration number', 'registration no', 'reg number', 'reg no'].concat([
    'company number',
    'registration',
    'company registration number',
  ]),
  passportNumber: ['passport', 'passport number', 'passport no'],
  taxNumber: ['tax id', 'tax number', 'tin', 'tax identification number', 'vat', 'vat number'],
  idNumber: ['id number', 'national id', 'identity number', 'national id number'],
  address: ['address', 'full address', 'street address', 'registered address'],
  gender: ['gender', 'sex'],
  swiftBic: ['bic', 'swift', 'swift bic', 'swift code'],
};

const BY_WORDS = new Map(
  Object.entries(HEADER_WORDS).flatMap(([target, words]) => words.map((w) => [w, target])),
);

/** The schemata a portfolio row can be; their properties are the valid targets. */
export const PARTY_SCHEMATA = [
  'LegalEntity',
  'Person',
  'Organization',
  'Company',
  'PublicBody',
  'Vessel',
  'Airplane',
];

const PROPERTIES = new Set(
  PARTY_SCHEMATA.flatMap((s) => [...model.getSchema(s).getProperties().keys()]),
);

export function isTarget(name: string): boolean {
  return (
    name === SCHEMA_TARGET || name === IGNORE_TARGET || name === ID_TARGET || PROPERTIES.has(name)
  );
}

/** "Date of Birth", "date_of_birth" and "dateOfBirth" all become "date of birth". */
export function headerWords(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The target a header names by itself, or null when it names none. */
export function detectTarget(header: string): string | null {
  // Words first: "type" is a vessel's property, but in a portfolio it says what the party is.
  return BY_WORDS.get(headerWords(header)) ?? (PROPERTIES.has(header) ? header : null);
}

/** `--map "Client Ref=ignore"` → the column (as written in the header) and its target. */
export function parseMapping(spec: string): { column: string; target: string } {
  const eq = spec.lastIndexOf('=');
  const column = spec.slice(0, eq).trim();
  const target = spec.slice(eq + 1).trim();
  if (eq <= 0 || column === '' || target === '') {
    throw new ColumnMappingError(`--map takes <column>=<property>, not "${spec}"`);
  }
  if (!isTarget(target)) {
    throw new ColumnMappingError(
      `--map ${spec}: "${target}" is not a property of a party (e.g. name, alias, birthDate, ` +
        `country, registrationNumber), "${SCHEMA_TARGET}", "${ID_TARGET}" or "${IGNORE_TARGET}"`,
    );
  }
  return { column, target };
}

/** Whether a target gives the party a name: without one, a row cannot be screened. */
export function namesParty(target: string | null): boolean {
  return target !== null && ['name', 'alias', 'firstName', 'lastName'].includes(target);
}

/** Headers to targets: the `--map` overrides first, then detection; remembered per header. */
export class ColumnResolver {
  private readonly overrides = new Map<string, string>();
  private readonly cache = new Map<string, string | null>();
  /**
   * The header of the customer ID column once a header line is checked; undefined before (JSON
   * lines have no header: each row's best ID key is taken).
   */
  private idHeader: string | null | undefined = undefined;
  /** Whether some row or header had a customer ID column: rows without an ID are then warned of. */
  hasIdColumn = false;

  /** `idColumn` (`--id-column`) names the customer ID column, overriding detection. */
  constructor(specs: readonly string[], idColumn: string | null = null) {
    for (const spec of specs) {
      const { column, target } = parseMapping(spec);
      this.overrides.set(column.toLowerCase(), target);
    }
    if (idColumn !== null && idColumn.trim() !== '') {
      this.overrides.set(idColumn.trim().toLowerCase(), ID_TARGET);
    }
  }

  targetOf(header: string): string | null {
    let target = this.cache.get(header);
    if (target === undefined) {
      const override = this.overrides.get(header.trim().toLowerCase());
      if (override !== undefined) target = override === IGNORE_TARGET ? null : override;
      else if (idRank(header) !== null && !this.explicitId()) {
        target = this.idHeader === undefined || this.idHeader === header ? ID_TARGET : null;
      } else target = detectTarget(header);
      this.cache.set(header, target);
    }
    return target;
  }

  private explicitId(): boolean {
    for (const target of this.overrides.values()) if (target === ID_TARGET) return true;
    return false;
  }

  /** Rank of a header as the ID column: an explicit one first, then by its words. */
  private rankOf(header: string): number {
    if (this.overrides.get(header.trim().toLowerCase()) === ID_TARGET) return 0;
    return idRank(header) ?? Number.MAX_SAFE_INTEGER;
  }

  /** The customer's ID in a row: the best ID column's value, or null when it has none. */
  idOf(cells: readonly { header: string; values: string[] }[]): string | null {
    let best: { rank: number; value: string } | null = null;
    for (const cell of cells) {
      if (this.targetOf(cell.header) !== ID_TARGET) continue;
      this.hasIdColumn = true;
      const value = cell.values.map((v) => v.trim()).find((v) => v !== '');
      const rank = this.rankOf(cell.header);
      if (value !== undefined && (best === null || rank < best.rank)) best = { rank, value };
    }
    return best?.value ?? null;
  }

  /** One ID column per file: the explicit one, else the header with the most telling words. */
  private chooseIdHeader(headers: readonly string[]): string | null {
    const candidates = headers.filter(
      (h) =>
        this.overrides.get(h.trim().toLowerCase()) === ID_TARGET ||
        (!this.overrides.has(h.trim().toLowerCase()) && idRank(h) !== null),
    );
    candidates.sort((a, b) => this.rankOf(a) - this.rankOf(b));
    return candidates[0] ?? null;
  }

  /**
   * Check a file's header: every `--map` column must be in it and some column must name the
   * party. Returns the mapping, for the run's record, and the headers that were left out.
   */
  checkHeader(headers: readonly string[]) {
    const present = new Set(headers.map((h) => h.trim().toLowerCase()));
    for (const column of this.overrides.keys()) {
      if (!present.has(column)) {
        const what = this.overrides.get(column) === ID_TARGET ? '--id-column' : '--map';
        throw new ColumnMappingError(
          `${what} names a column "${column}" that the header does not have; it has: ${headers.join(', ')}`,
        );
      }
    }
    this.idHeader = this.chooseIdHeader(headers);
    this.hasIdColumn = this.idHeader !== null;
    this.cache.clear();
    const mapping = new Map<string, string>();
    const ignored: string[] = [];
    for (const header of headers) {
      const target = this.targetOf(header);
      if (target === null) ignored.push(header);
      else mapping.set(header, target);
    }
    if (!headers.some((h) => namesParty(this.targetOf(h)))) {
      throw new ColumnMappingError(
        `no column holds the party's name (headers: ${headers.join(', ')}); ` +
          'name one with --map <column>=name',
      );
    }
    // Own keys, whatever the header: a column "__proto__" is recorded like any other.
    return { mapping: Object.fromEntries(mapping), ignored, idColumn: this.idHeader };
  }
}

/** The field separator of a CSV file, guessed from its header line (Excel writes ";" in some locales). */
export function sniffDelimiter(headerLine: string): string {
  const counts = [',', ';', '\t', '|'].map((d) => ({ d, n: headerLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 ? counts[0]!.d : ',';
}
