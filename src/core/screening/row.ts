/**
 * One portfolio row to one example entity: values gathered by target, the party's kind read
 * from its type column (or inferred), values cleaned as the lists' values were. A row that cannot
 * be screened says why; a row screened with some values left out says which.
 */

import { ANY_SCHEMA, anyPropertyType, type EntityExample } from '../matching/index.js';
import { cleanExample } from '../matching/query.js';
import { schemaHasProperty } from '../model/index.js';
import {
  type ColumnResolver,
  ID_TARGET,
  namesParty,
  PARTY_SCHEMATA,
  SCHEMA_TARGET,
} from './columns.js';

/** One field of a row: the header it sits under and its values (a JSON list gives several). */
export interface Cell {
  header: string;
  values: string[];
}

export type RowOutcome =
  | { ok: true; example: EntityExample; notes: string[] }
  | { ok: false; problem: string };

/** Words in type columns, lower case, for each schema. */
const TYPE_WORDS: Record<string, string[]> = {
  Person: ['person', 'individual', 'natural person', 'private person', 'people', 'human'],
  Organization: [
    'company',
    'organisation',
    'organization',
    'entity',
    'legal entity',
    'business',
  ].concat(['corporation', 'corporate', 'firm', 'legal person', 'org', 'institution']),
  Vessel: ['vessel', 'ship', 'boat', 'tanker'],
  Airplane: ['aircraft', 'airplane', 'aeroplane', 'plane'],
  // Any kind of party (kinds.ts): no vessel or aircraft is left out for want of a type.
  [ANY_SCHEMA]: ['unknown', 'other', 'party', 'any'],
};

const BY_TYPE = new Map(
  Object.entries(TYPE_WORDS).flatMap(([schema, words]) => words.map((w) => [w, schema])),
);
const BY_SCHEMA_NAME = new Map(PARTY_SCHEMATA.map((s) => [s.toLowerCase(), s]));

/** Values only a person has: a row without a type that has one of them is a person. */
const PERSON_ONLY = ['birthDate', 'nationality', 'passportNumber', 'firstName', 'lastName'].concat([
  'middleName',
  'gender',
  'citizenship',
]);

/** Where a party belongs, when its schema lacks the column's property: a company's "nationality". */
const COUNTRY_FALLBACK: Record<string, string> = {
  nationality: 'country',
  citizenship: 'country',
  jurisdiction: 'country',
};

/** The schema a type cell names ("individual" → Person, "Vessel" → Vessel), or null. */
export function schemaForType(text: string): string | null {
  const trimmed = text.trim();
  // A schema's own name, as written in FtM data, is taken as it is ("Company" stays a Company).
  if (PARTY_SCHEMATA.includes(trimmed)) return trimmed;
  const word = trimmed.toLowerCase().replace(/\s+/g, ' ');
  return BY_TYPE.get(word) ?? BY_SCHEMA_NAME.get(word) ?? null;
}

/**
 * Appended in place, one by one: copying the list for each cell made a wide row (thousands of
 * "Name" columns) cost the square of its width, and spreading a long list overflows the stack.
 */
function append(into: string[], values: readonly string[]): void {
  for (const value of values) into.push(value);
}

function gather(cells: readonly Cell[], resolver: ColumnResolver) {
  const values: Record<string, string[]> = {};
  const types: string[] = [];
  for (const cell of cells) {
    const target = resolver.targetOf(cell.header);
    // The customer's ID says which row it is (./identity.ts), not who the party is.
    if (target === null || target === ID_TARGET) continue;
    const present = cell.values.map((v) => v.trim()).filter((v) => v !== '');
    if (target === SCHEMA_TARGET) append(types, present);
    else if (present.length > 0) {
      values[target] ??= [];
      append(values[target], present);
    }
  }
  return { values, types };
}

function chooseSchema(types: string[], values: Record<string, string[]>, notes: string[]) {
  const type = types[0];
  if (type !== undefined) {
    const schema = schemaForType(type);
    if (schema) return schema;
    notes.push(`type "${type}" is not known: screened as any kind of party`);
  }
  // A row that says nothing of its kind is screened against every kind (persons, companies,
  // vessels, aircraft), each candidate scored as its own kind: a guess could hide the listed party.
  return PERSON_ONLY.some((p) => values[p]) ? 'Person' : ANY_SCHEMA;
}

/** Whether a query of this schema may carry the property (a Thing query: any screened schema's). */
function takes(schema: string, prop: string): boolean {
  return schema === ANY_SCHEMA ? anyPropertyType(prop) !== null : schemaHasProperty(schema, prop);
}

/** Cleaning drops values that hold nothing of their type (a country no table knows). */
function noteRejected(before: Record<string, string[]>, after: Record<string, string[]>) {
  const notes: string[] = [];
  for (const [prop, values] of Object.entries(before)) {
    const kept = after[prop]?.length ?? 0;
    if (kept < values.length) {
      const shown = values.map((v) => JSON.stringify(v)).join(', ');
      notes.push(`${prop} ${shown} not understood: ${kept === 0 ? 'left out' : 'partly left out'}`);
    }
  }
  return notes;
}

export function rowToExample(cells: readonly Cell[], resolver: ColumnResolver): RowOutcome {
  const { values, types } = gather(cells, resolver);
  if (!Object.keys(values).some((t) => namesParty(t))) return { ok: false, problem: 'no name' };
  const notes: string[] = [];
  const schema = chooseSchema(types, values, notes);
  const properties: Record<string, string[]> = {};
  for (const [given, list] of Object.entries(values)) {
    const prop = takes(schema, given) ? given : COUNTRY_FALLBACK[given];
    if (prop && takes(schema, prop)) {
      properties[prop] ??= [];
      append(properties[prop], list);
    } else notes.push(`${given} does not apply to ${schema}: left out`);
  }
  const clean = cleanExample({ schema, properties });
  notes.push(...noteRejected(properties, clean.properties));
  if (!Object.keys(clean.properties).some((t) => namesParty(t))) {
    return { ok: false, problem: 'no name' };
  }
  return { ok: true, example: clean, notes };
}

/** The party's name for people to read: its name, or its name parts joined. */
export function displayName(example: EntityExample): string {
  const p = example.properties;
  const name = p.name?.[0] ?? p.alias?.[0];
  if (name) return name;
  return ['firstName', 'middleName', 'lastName'].flatMap((k) => p[k]?.slice(0, 1) ?? []).join(' ');
}
