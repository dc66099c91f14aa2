/**
 * Entities in FollowTheMoney JSON form, assembled from their statements.
 */
import { commonSchema, getSchema } from './ftm.js';
import { BASE_PROP, type Statement } from './statement.js';

export interface FtmEntity {
  id: string;
  schema: string;
  caption: string;
  properties: Record<string, string[]>;
  datasets: string[];
  /** Whether a list names this entity as a designated party (set in exports). */
  target?: boolean;
  first_seen?: string | null;
  last_seen?: string | null;
  /** When a value of this entity was last new: the latest first_seen of its statements. */
  last_change?: string | null;
}

/** The entity's caption: the first value of the schema's caption properties, as FtM defines it. */
export function captionOf(schema: string, properties: Record<string, string[]>, id: string) {
  for (const prop of getSchema(schema).caption) {
    const value = properties[prop]?.[0];
    if (value) return value;
  }
  return id;
}

/**
 * Assemble statements (all of one entity ID, from one or more datasets) into an entity.
 * Schemata that disagree resolve to the more specific one; incompatible ones are an error
 * because they mean two sources used one ID for different things.
 */
export function assembleEntity(statements: Statement[]): FtmEntity {
  const first = statements[0];
  if (!first) throw new Error('cannot assemble an entity from no statements');
  let schema = first.schema;
  const properties: Record<string, string[]> = {};
  const datasets = new Set<string>();
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  let lastChange: string | null = null;
  for (const s of statements) {
    if (s.entityId !== first.entityId) {
      throw new Error(`statement of ${s.entityId} mixed into entity ${first.entityId}`);
    }
    const merged = commonSchema(schema, s.schema);
    if (!merged) {
      throw new Error(`entity ${first.entityId} is both a ${schema} and a ${s.schema}`);
    }
    schema = merged;
    datasets.add(s.dataset);
    if (s.firstSeen && (!firstSeen || s.firstSeen < firstSeen)) firstSeen = s.firstSeen;
    if (s.lastSeen && (!lastSeen || s.lastSeen > lastSeen)) lastSeen = s.lastSeen;
    if (s.firstSeen && (!lastChange || s.firstSeen > lastChange)) lastChange = s.firstSeen;
    if (s.prop === BASE_PROP) continue;
    const values = properties[s.prop] ?? [];
    if (!values.includes(s.value)) values.push(s.value);
    properties[s.prop] = values;
  }
  return {
    id: first.entityId,
    schema,
    caption: captionOf(schema, properties, first.entityId),
    properties,
    datasets: [...datasets].sort(),
    first_seen: firstSeen,
    last_seen: lastSeen,
    last_change: lastChange,
  };
}
