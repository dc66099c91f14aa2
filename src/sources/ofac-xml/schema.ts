/**
 * Property lookups on FtM schemata, memoised: the FtM package rebuilds a schema's property map
 * on every `hasProperty` call, and a loader asks the same few questions for every entry.
 */
import type { Schema } from '@opensanctions/followthemoney';

const types = new Map<string, string | null>();

/** The type name of a schema's property (inherited ones included), or null when it has none. */
export function propType(schema: Schema, prop: string): string | null {
  const key = `${schema.name}\u0000${prop}`;
  let type = types.get(key);
  if (type === undefined) {
    type = schema.getProperties().get(prop)?.type.name ?? null;
    types.set(key, type);
  }
  return type;
}
