/**
 * Entities prepared once for comparison: names turned into forms, identifiers classified, dates
 * and countries gathered. The index prepares every listed entity at build time; a query is
 * prepared once per request.
 */
import { extractIdentifiers, type IdentifierValue } from '../identifiers/index.js';
import { getSchema, model, propertyType } from '../model/index.js';
import { MAX_NAME_LENGTH } from '../normalise/index.js';
import { ANY_SCHEMA, anyPropertyType } from './kinds.js';
import { makeNameForms, type NameForm, type NameFormTools, reviveForm } from './name-forms.js';

export interface PreparedEntity {
  schema: string;
  isPerson: boolean;
  names: NameForm[];
  weakNames: NameForm[];
  identifiers: IdentifierValue[];
  /** The identifier-typed properties as given, for the identifier comparer. */
  identifierProps: Record<string, string[]>;
  birthDates: string[];
  countries: Set<string>;
  genders: Set<string>;
}

const NAME_PROPS = ['name', 'alias', 'previousName', 'firstName', 'lastName'];

/** Country-typed properties: all say where a party belongs, so they are compared together. */
const COUNTRY_PROPS = [
  'country',
  'nationality',
  'citizenship',
  'jurisdiction',
  'mainCountry',
  'birthCountry',
  'flag',
];

function identifierProps(schema: string, properties: Record<string, string[]>) {
  const out: Record<string, string[]> = {};
  const any = schema === ANY_SCHEMA;
  for (const [prop, values] of Object.entries(properties)) {
    const type = any ? anyPropertyType(prop) : propertyType(schema, prop);
    if (type === 'identifier' || COUNTRY_PROPS.includes(prop)) out[prop] = values;
  }
  return out;
}

function fullNames(properties: Record<string, string[]>): string[] {
  const names = [...(properties.name ?? []), ...(properties.alias ?? [])];
  names.push(...(properties.previousName ?? []));
  // A query may give only name parts.
  if (names.length === 0) {
    const parts = ['firstName', 'secondName', 'middleName', 'fatherName', 'lastName'];
    const joined = parts.flatMap((p) => properties[p]?.slice(0, 1) ?? []).join(' ');
    if (joined) names.push(joined);
  }
  return names;
}

export function prepareEntity(
  schema: string,
  properties: Record<string, string[]>,
  tools?: NameFormTools,
): PreparedEntity {
  const isPerson = getSchema(schema).isA('Person');
  // Ingest rejects longer names and queries refuse them; a store loaded before that limit may still
  // hold one, which would only slow the index build, so it is left out.
  const usable = (names: string[]) => names.filter((n) => n.length <= MAX_NAME_LENGTH);
  const forms = (names: string[]) =>
    usable(names).flatMap((n) => makeNameForms(n, isPerson, tools));
  const idProps = identifierProps(schema, properties);
  return {
    schema,
    isPerson,
    names: forms(fullNames(properties)),
    weakNames: forms(properties.weakAlias ?? []),
    identifiers: extractIdentifiers(idProps),
    identifierProps: idProps,
    birthDates: properties.birthDate ?? [],
    countries: new Set(COUNTRY_PROPS.flatMap((p) => properties[p] ?? [])),
    genders: new Set(properties.gender ?? []),
  };
}

/** A prepared entity read back from a snapshot, in the shapes the comparers expect (see reviveForm). */
export function revivePrepared(p: PreparedEntity): PreparedEntity {
  return {
    schema: p.schema,
    isPerson: p.isPerson,
    names: p.names.map(reviveForm),
    weakNames: p.weakNames.map(reviveForm),
    identifiers: p.identifiers,
    identifierProps: p.identifierProps,
    birthDates: p.birthDates,
    countries: p.countries,
    genders: p.genders,
  };
}

export { NAME_PROPS };

/**
 * A query as the matcher compares it: `search` finds the candidates, and each candidate is scored
 * against `person` if it is a person, else against `other`. They are one and the same except for
 * a query of any kind (Thing), which is prepared both ways: as a person (surname-first order,
 * titles, patronymics, person name weights) for persons, and as an organisation (legal forms,
 * generic business words) for the rest, so that each candidate meets the features of its kind.
 */
export interface PreparedQuery {
  search: PreparedEntity;
  person: PreparedEntity;
  other: PreparedEntity;
}

export function prepareQuery(
  schema: string,
  properties: Record<string, string[]>,
  tools?: NameFormTools,
): PreparedQuery {
  const other = prepareEntity(schema, properties, tools);
  if (schema !== ANY_SCHEMA) return { search: other, person: other, other };
  // Person has no vessel or company identifiers: identifierProps leaves those out of it.
  const person = prepareEntity('Person', properties, tools);
  // Candidates share keys with either reading; the index counts each key once.
  const search: PreparedEntity = {
    ...other,
    names: [...other.names, ...person.names],
    weakNames: [...other.weakNames, ...person.weakNames],
  };
  return { search, person, other };
}

/** Whether a candidate of one schema can be the party a query of another describes. */
export function schemataCompatible(query: string, candidate: string): boolean {
  const q = model.getSchema(query);
  const c = model.getSchema(candidate);
  return q.isA(c) || c.isA(q);
}
