/**
 * Turning a caller's example entity into a comparable one: the schema must exist, every property
 * must belong to it, and values are cleaned by type as the lists' values were ("Russia" → "ru").
 */
import { DossierError } from '../errors/index.js';
import { cleanValue, MAX_NAME_LENGTH } from '../normalise/index.js';
import { model, propertyType, schemaNamed } from '../model/index.js';
import { unknownNameMessage } from '../suggest/index.js';
import { ANY_SCHEMA, anyPropertyType } from './kinds.js';
import type { EntityExample } from './types.js';

/** A caller's mistake in a query: the API answers it with a 4xx, never a 500. */
export class MatchInputError extends DossierError {
  override readonly name = 'MatchInputError';
  readonly code = 'invalid_input';
}

/** The schemata a query may name: those the model marks matchable. */
const MATCHABLE_SCHEMATA = model
  .getSchemata()
  .filter((s) => s.matchable)
  .map((s) => s.name)
  .sort();

/**
 * The refusal of a schema name nobody knows, with the near miss ("company": did you mean
 * "Company"?) and the schemata a query may name.
 */
export function unknownSchemaMessage(name: string): string {
  return unknownNameMessage('schema', name, MATCHABLE_SCHEMATA);
}

export function cleanExample(example: EntityExample): {
  schema: string;
  properties: Record<string, string[]>;
} {
  const schema = schemaNamed(example.schema);
  if (!schema) throw new MatchInputError(unknownSchemaMessage(example.schema));
  // Thing is abstract: it stands for a query that may be any kind of party (kinds.ts).
  const any = schema.name === ANY_SCHEMA;
  if (!schema.matchable && !any) {
    throw new MatchInputError(`schema ${schema.name} cannot be matched`);
  }
  const properties: Record<string, string[]> = {};
  for (const [prop, raw] of Object.entries(example.properties ?? {})) {
    const type = any ? anyPropertyType(prop) : propertyType(schema, prop);
    if (!type) {
      const owner = any ? 'no screened schema has' : `schema ${schema.name} has no`;
      throw new MatchInputError(`${owner} property "${prop}"`);
    }
    const values = Array.isArray(raw) ? raw : [raw];
    for (const value of values) {
      if (typeof value !== 'string') {
        throw new MatchInputError(`property "${prop}" must hold strings`);
      }
      // Refused, not dropped: a query whose name vanished would match on its other properties.
      if (type === 'name' && value.length > MAX_NAME_LENGTH) {
        throw new MatchInputError(
          `property "${prop}": a name of ${value.length} characters is longer than the limit of ${MAX_NAME_LENGTH}`,
        );
      }
      const clean = type === 'entity' ? null : cleanValue(type, value, { prop });
      if (clean === null) continue;
      properties[prop] ??= [];
      properties[prop].push(clean);
    }
  }
  return { schema: schema.name, properties };
}
