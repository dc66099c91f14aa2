/**
 * One listed party of HM Treasury's CSV (all rows of a Group ID) to FollowTheMoney drafts: the
 * party, its Sanction, and its Address, Passport and Identification entities. Every row adds its
 * name; details repeat across rows (one row per name and per date of birth), so values are
 * taken from every row and deduplicated.
 */
import { EntityDraft } from '../../core/model/index.js';
import { cleanCountry, lookupTable } from '../../core/normalise/index.js';
import {
  addCountry,
  addIf,
  addressEntity,
  extractIdNumber,
  guessLang,
  hasProp,
  identityDocument,
  ownUnRef,
  sanctionEntity,
} from '../common/index.js';
import { countryInParentheses, imoNumbers, splitNumbered } from './parse.js';
import type { HmtRow } from './read.js';

export const AUTHORITY = 'HM Treasury Office of Financial Sanctions Implementation';

const SCHEMATA = lookupTable({
  individual: 'Person',
  entity: 'Organization',
  ship: 'Vessel',
});

/**
 * Alias Type to property. A "Primary name variation" is the primary name in another spelling,
 * as strong as an a.k.a., hence alias. A type not known here is read as an alias too.
 */
const NAME_PROPS = lookupTable({
  'prime alias': 'name',
  'primary name': 'name',
  'primary name variation': 'alias',
  aka: 'alias',
  fka: 'previousName',
});

export function groupEntityId(groupId: string): string {
  return `gb-hmt-${groupId}`;
}

/** The schema for a Group Type; null when the type is unknown. */
export function schemaOf(groupType: string): string | null {
  return SCHEMATA[groupType.toLowerCase()] ?? null;
}

/** The distinct non-blank values of one field over the rows. */
function distinct(rows: HmtRow[], field: (row: HmtRow) => string): string[] {
  return [...new Set(rows.map(field).filter((v) => v !== ''))];
}

/** The rows that differ in the given fields: one per name, or one per address. */
function distinctRows(rows: HmtRow[], key: (row: HmtRow) => string[]): HmtRow[] {
  const seen = new Map<string, HmtRow>();
  for (const row of rows) {
    const k = key(row).join('\u0000');
    if (!seen.has(k)) seen.set(k, row);
  }
  return [...seen.values()];
}

function addName(target: EntityDraft, row: HmtRow): void {
  const full = [...row.givenNames, row.surname].filter((n) => n !== '').join(' ');
  let prop = NAME_PROPS[row.aliasType.toLowerCase()] ?? 'alias';
  if (prop === 'alias' && /^low/i.test(row.aliasQuality)) prop = 'weakAlias';
  target.add(prop, full, { lang: guessLang(full) });
  if (prop !== 'name' || !hasProp(target, 'firstName')) return;
  target.add('firstName', row.givenNames[0]);
  target.addAll('middleName', row.givenNames.slice(1));
  target.add('lastName', row.surname);
}

function addPersonDetails(target: EntityDraft, rows: HmtRow[]): void {
  for (const title of distinct(rows, (r) => r.title)) addIf(target, 'title', title);
  for (const dob of distinct(rows, (r) => r.dob)) addIf(target, 'birthDate', dob);
  for (const position of distinct(rows, (r) => r.position)) addIf(target, 'position', position);
  for (const text of distinct(rows, (r) => r.townOfBirth)) {
    for (const town of splitNumbered(text)) addIf(target, 'birthPlace', town, { original: text });
  }
  for (const text of distinct(rows, (r) => r.countryOfBirth)) {
    for (const country of splitNumbered(text)) addCountry(target, 'birthCountry', country);
  }
  for (const text of distinct(rows, (r) => r.nationality)) {
    for (const country of splitNumbered(text)) addCountry(target, 'nationality', country);
  }
}

/** An address entity, or null when the row's address is only a country (kept on the party). */
function mapAddress(target: EntityDraft, row: HmtRow): EntityDraft | null {
  addCountry(target, 'country', row.country);
  const lines = row.addressLines;
  const parts = [...lines, row.postCode, row.country].filter((p) => p !== '');
  if (parts.length === (row.country ? 1 : 0)) return null;
  // Some addresses are a country alone, written in Address 1 ("Libya").
  if (parts.length === 1 && cleanCountry(parts[0]!) !== null) {
    addCountry(target, 'country', parts[0]!);
    return null;
  }
  const full = parts.join(', ');
  const address = addressEntity(target, full, {
    street: lines[0],
    street2: lines
      .slice(1, 5)
      .filter((l) => l !== '')
      .join(', '),
    city: lines[5],
    postalCode: row.postCode,
  });
  addCountry(address, 'country', row.country);
  return address;
}

/**
 * Passport or Identification entities from a Passport Details or NI Number cell: each item of
 * its numbered list that holds a number. The item is kept as the number's source text.
 */
function mapDocuments(target: EntityDraft, text: string, passport: boolean): EntityDraft[] {
  const prop = passport ? 'passportNumber' : 'idNumber';
  if (!hasProp(target, prop)) return [];
  const out: EntityDraft[] = [];
  for (const item of splitNumbered(text)) {
    const number = extractIdNumber(item);
    if (!number) continue;
    const type = passport ? 'Passport' : 'Identification';
    target.add(prop, number, { original: item });
    const ident = identityDocument(target, type, type, number, item);
    ident.add('summary', item);
    const country = countryInParentheses(item);
    if (country) addCountry(ident, 'country', country);
    out.push(ident);
  }
  return out;
}

function mapSanction(target: EntityDraft, rows: HmtRow[], groupId: string): EntityDraft {
  return sanctionEntity(target.id, {
    authority: AUTHORITY,
    authorityId: groupId,
    unscId: distinct(rows, (r) => r.otherInformation).map(ownUnRef),
    program: distinct(rows, (r) => r.regime),
    listingDate: distinct(rows, (r) => r.listedOn),
    modifiedAt: distinct(rows, (r) => r.lastUpdated),
  });
}

/** The drafts of one group: the party first, then its sanction, addresses and documents. */
export function mapGroup(rows: HmtRow[], schema: string): EntityDraft[] {
  const first = rows[0]!;
  const target = new EntityDraft(schema, groupEntityId(first.groupId), true);
  const names = (r: HmtRow) => [...r.givenNames, r.surname, r.aliasType, r.aliasQuality];
  for (const row of distinctRows(rows, names)) addName(target, row);
  target.add('topics', 'sanction');
  target.addAll(
    'program',
    distinct(rows, (r) => r.regime),
  );
  addPersonDetails(target, rows);
  const derived = new Map<string, EntityDraft>();
  for (const info of distinct(rows, (r) => r.otherInformation)) {
    target.add('notes', info);
    for (const imo of imoNumbers(info)) addIf(target, 'imoNumber', imo, { original: info });
  }
  const places = (r: HmtRow) => [...r.addressLines, r.postCode, r.country];
  for (const row of distinctRows(rows, places)) {
    const address = mapAddress(target, row);
    if (address) derived.set(address.id, address);
  }
  const docs = [
    ...distinct(rows, (r) => r.passportDetails).flatMap((t) => mapDocuments(target, t, true)),
    ...distinct(rows, (r) => r.niNumber).flatMap((t) => mapDocuments(target, t, false)),
  ];
  for (const doc of docs) derived.set(doc.id, doc);
  return [target, mapSanction(target, rows, first.groupId), ...derived.values()];
}
