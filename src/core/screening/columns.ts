/**
 * Which column of a portfolio file holds what: detected from the header's words ("Full name",
 * "DOB", "INN"...) and overridden with `--map column=property`. A target is a FollowTheMoney
 * property of a party schema, `schema` (the party's kind) or `ignore`.
 */
import { model } from '../model/index.js';
import { ColumnMappingError } from './errors.js';

export const SCHEMA_TARGET = 'schema';
export const IGNORE_TARGET = 'ignore';

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
  return name === SCHEMA_TARGET || name === IGNORE_TARGET || PROPERTIES.has(name);
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
        `country, registrationNumber), "${SCHEMA_TARGET}" or "${IGNORE_TARGET}"`,
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

  constructor(specs: readonly string[]) {
    for (const spec of specs) {
      const { column, target } = parseMapping(spec);
      this.overrides.set(column.toLowerCase(), target);
    }
  }

  targetOf(header: string): string | null {
    let target = this.cache.get(header);
    if (target === undefined) {
      const override = this.overrides.get(header.trim().toLowerCase());
      target = override === IGNORE_TARGET ? null : (override ?? detectTarget(header));
      this.cache.set(header, target);
    }
    return target;
  }

  /**
   * Check a file's header: every `--map` column must be in it and some column must name the
   * party. Returns the mapping, for the run's record, and the headers that were left out.
   */
  checkHeader(headers: readonly string[]) {
    const present = new Set(headers.map((h) => h.trim().toLowerCase()));
    for (const column of this.overrides.keys()) {
      if (!present.has(column)) {
        throw new ColumnMappingError(
          `--map names a column "${column}" that the header does not have; it has: ${headers.join(', ')}`,
        );
      }
    }
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
    return { mapping: Object.fromEntries(mapping), ignored };
  }
}

/** The field separator of a CSV file, guessed from its header line (Excel writes ";" in some locales). */
export function sniffDelimiter(headerLine: string): string {
  const counts = [',', ';', '\t', '|'].map((d) => ({ d, n: headerLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 ? counts[0]!.d : ',';
}
