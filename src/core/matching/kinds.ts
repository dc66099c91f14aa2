/**
 * The kinds of party a query may be screened against. A query without a schema is FollowTheMoney's
 * root schema, Thing, which every screened schema extends: no kind of target (person,
 * organisation, company, vessel, aircraft...) is left out because a caller guessed the wrong one.
 * Thing itself has few properties, so such a query may use any property of any screened schema.
 */
import { model } from '../model/index.js';

/** The schema of a query that may be any kind of party. */
export const ANY_SCHEMA = 'Thing';

/** Schemata worth screening against; addresses, sanctions and links are context, not parties. */
export const SCREENED_SCHEMATA: readonly string[] = model
  .getSchemata()
  .filter((s) => s.matchable && !s.abstract && s.name !== 'Address')
  .map((s) => s.name);

/**
 * Property name → type over every screened schema. FollowTheMoney gives a property name one type
 * wherever it appears (checked over the model when this was written), so the union is unambiguous.
 */
const ANY_TYPES = new Map<string, string>();
for (const name of SCREENED_SCHEMATA) {
  for (const [prop, property] of model.getSchema(name).getProperties()) {
    if (!ANY_TYPES.has(prop)) ANY_TYPES.set(prop, property.type.name);
  }
}

/** The type of a property that some screened schema has, or null if none has it. */
export function anyPropertyType(prop: string): string | null {
  return ANY_TYPES.get(prop) ?? null;
}
