/**
 * What a reviewer compares on a hit, gathered by kind of fact from the screened row and from the
 * listed party (its FollowTheMoney properties and its Sanction): names, dates and places of birth,
 * countries, identifiers, addresses; for the listed party also its programmes and authority.
 */
import type { EntityExample } from '../matching/index.js';
import type { FtmEntity } from '../model/index.js';
import { propertyOf, propertyType, schemaNamed } from '../model/index.js';

/** One line of the comparison: a kind of fact, the row's values and the listed party's. */
export interface FactRow {
  label: string;
  query: string[];
  listed: string[];
}

/** The kinds of fact, in the order a reviewer reads them, with the properties that hold each. */
const FACTS: readonly { label: string; props: readonly string[] }[] = [
  {
    label: 'Names',
    props: ['name', 'alias', 'weakAlias', 'previousName', 'firstName', 'middleName', 'lastName'],
  },
  { label: 'Dates of birth', props: ['birthDate', 'incorporationDate', 'buildDate'] },
  { label: 'Places of birth', props: ['birthPlace'] },
  { label: 'Nationalities', props: ['nationality', 'citizenship'] },
  { label: 'Countries', props: ['country', 'jurisdiction', 'mainCountry', 'flag'] },
  { label: 'Addresses', props: ['address'] },
  { label: 'Gender', props: ['gender'] },
];

/** Sanction properties shown as the listed party's programmes and the listing. */
const SANCTION_FACTS: readonly { label: string; props: readonly string[] }[] = [
  { label: 'Programmes', props: ['program', 'programId'] },
  { label: 'Authority', props: ['authority', 'authorityId', 'unscId'] },
  { label: 'Listed on', props: ['listingDate', 'startDate'] },
  { label: 'Reason', props: ['reason'] },
];

/** Shown elsewhere: the programme's ID is an identifier in FtM, but a reviewer reads it there. */
const FIXED = new Set([...FACTS.flatMap((f) => f.props), 'programId']);

function valuesOf(properties: Record<string, string[]>, props: readonly string[]): string[] {
  const out: string[] = [];
  for (const prop of props)
    for (const v of properties[prop] ?? []) if (!out.includes(v)) out.push(v);
  return out;
}

/** The identifier properties of an entity or row ("Passport number: 123"), labelled. */
function identifiers(schema: string, properties: Record<string, string[]>): string[] {
  if (!schemaNamed(schema)) return [];
  const out: string[] = [];
  for (const [prop, values] of Object.entries(properties)) {
    if (FIXED.has(prop) || propertyType(schema, prop) !== 'identifier') continue;
    const label = propertyOf(schema, prop)?.label ?? prop;
    for (const v of values) out.push(`${label}: ${v}`);
  }
  return out;
}

/** The comparison of a row with a listed party; rows of facts neither side has are left out. */
export function compareFacts(
  query: EntityExample | null,
  listed: FtmEntity | null,
  sanctions: readonly FtmEntity[],
): FactRow[] {
  const q = query?.properties ?? {};
  const l = listed?.properties ?? {};
  const rows: FactRow[] = FACTS.map((f) => ({
    label: f.label,
    query: valuesOf(q, f.props),
    listed: valuesOf(l, f.props),
  }));
  rows.push({
    label: 'Identifiers',
    query: query ? identifiers(query.schema, q) : [],
    listed: listed ? identifiers(listed.schema, l) : [],
  });
  for (const f of SANCTION_FACTS) {
    const listedValues = sanctions.flatMap((s) => valuesOf(s.properties, f.props));
    rows.push({ label: f.label, query: [], listed: [...new Set(listedValues)] });
  }
  return rows.filter((r) => r.query.length + r.listed.length > 0);
}

/** The URLs a list gives for an entry, on the entry or its Sanction. */
export function sourceUrls(listed: FtmEntity | null, sanctions: readonly FtmEntity[]): string[] {
  return [listed, ...sanctions].flatMap((e) => e?.properties.sourceUrl ?? []);
}
