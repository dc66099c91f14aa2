/**
 * The FollowTheMoney model, taken from the `@opensanctions/followthemoney` package rather than copied.
 * The model is immutable reference data, so one shared instance is safe.
 */
import { defaultModel, Model, type Property, type Schema } from '@opensanctions/followthemoney';

export const model: Model = new Model(defaultModel);

/**
 * A schema by name, or null when the model has none. `model.schemata` is a plain object, so a
 * name such as "constructor" would find Object.prototype's member: only its own keys count.
 */
export function schemaNamed(name: string): Schema | null {
  return Object.hasOwn(model.schemata, name) ? (model.schemata[name] ?? null) : null;
}

/** Look up a schema by name, or throw an error naming it. */
export function getSchema(name: string): Schema {
  const schema = schemaNamed(name);
  if (!schema) throw new Error(`unknown FollowTheMoney schema "${name}"`);
  return schema;
}

/**
 * Each schema's properties, inherited ones included. The package rebuilds this map on every
 * call, which dominated loader time, so it is built once per schema here.
 */
const propertyMaps = new Map<string, Map<string, Property>>();

function propertiesOf(schema: Schema): Map<string, Property> {
  let map = propertyMaps.get(schema.name);
  if (!map) {
    map = schema.getProperties();
    propertyMaps.set(schema.name, map);
  }
  return map;
}

/** Whether the schema has this property (inherited ones included); fast, unlike Schema.hasProperty. */
export function schemaHasProperty(schema: Schema | string, prop: string): boolean {
  return propertiesOf(typeof schema === 'string' ? getSchema(schema) : schema).has(prop);
}

/** A schema's property (inherited ones included), or null when it has none. */
export function propertyOf(schema: Schema | string, prop: string): Property | null {
  return propertiesOf(typeof schema === 'string' ? getSchema(schema) : schema).get(prop) ?? null;
}

/** The type name of a schema's property ('name', 'date', 'identifier'...), or null if it has none. */
export function propertyType(schema: Schema | string, prop: string): string | null {
  const s = typeof schema === 'string' ? getSchema(schema) : schema;
  return propertiesOf(s).get(prop)?.type.name ?? null;
}

const reverseNames = new Map<Property, string | null>();

/**
 * The name of the property that points back along an entity-typed property (Sanction.entity →
 * `sanctions` on the sanctioned party), or null when it has none. Cached: the package looks it up
 * through the range schema's property map, which it rebuilds on every call.
 */
export function reversePropertyName(schema: Schema | string, prop: string): string | null {
  const property = propertyOf(schema, prop);
  if (!property) return null;
  let name = reverseNames.get(property);
  if (name === undefined) {
    name = property.hasReverse ? property.getReverse().name : null;
    reverseNames.set(property, name);
  }
  return name;
}

/** Look up a property of a schema (inherited ones included), or throw naming both. */
export function getProperty(schema: Schema | string, prop: string): Property {
  const s = typeof schema === 'string' ? getSchema(schema) : schema;
  const property = propertiesOf(s).get(prop);
  if (!property) throw new Error(`schema ${s.name} has no property "${prop}"`);
  return property;
}

/** Schemata whose entities are designated parties ("targets") when a list names them. */
const TARGET_SCHEMATA = ['LegalEntity', 'Vessel', 'Airplane'];

export function isTargetSchema(schema: Schema | string): boolean {
  const s = typeof schema === 'string' ? getSchema(schema) : schema;
  return s.isAny(TARGET_SCHEMATA);
}

/**
 * The more specific of two schemata when one extends the other (Person over LegalEntity);
 * otherwise null, because the two cannot describe the same entity.
 */
export function commonSchema(a: string, b: string): string | null {
  if (a === b) return a;
  const sa = getSchema(a);
  const sb = getSchema(b);
  if (sa.isA(sb)) return a;
  if (sb.isA(sa)) return b;
  return null;
}
