/**
 * FollowTheMoney entities to drafts. Every value goes through `EntityDraft.add`, so a file
 * Dossier exported comes back with the same IDs, schemata and values. Entities given inline as
 * property values (OpenSanctions' nested exports) become drafts of their own.
 *
 * Values FtM itself would not load are skipped and counted, not fatal: properties the schema
 * lacks (FtM's reader ignores them too), values that are neither text, numbers nor entities, and
 * plain values of reverse properties (FtM refuses to set those; the entity on the other side
 * carries the link). The counts become one warning per kind and file.
 */
import type { Property, Schema } from '@opensanctions/followthemoney';
import {
  EntityDraft,
  getSchema,
  isTargetSchema,
  propertyOf,
  schemaHasProperty,
  schemaNamed,
} from '../../core/model/index.js';
import { type FtmRecord, isEntityObject, parseEntity } from './read.js';

type SkipKind = 'property' | 'value' | 'reverse' | 'key';

const SKIP_MESSAGES: Record<SkipKind, string> = {
  property: 'value(s) of properties their schema does not have',
  value: 'value(s) that are neither text, numbers nor entities',
  reverse: 'plain value(s) of reverse properties (the other entity carries the link)',
  key: 'top-level key(s) that are not FtM entity fields',
};

/** Skipped values, counted by kind and name, with the first line each was seen on. */
export class Skipped {
  private readonly seen = new Map<SkipKind, Map<string, { count: number; line: number }>>();

  note(kind: SkipKind, name: string, line: number): void {
    const byName = this.seen.get(kind) ?? new Map();
    this.seen.set(kind, byName);
    const entry = byName.get(name) ?? { count: 0, line };
    entry.count++;
    byName.set(name, entry);
  }

  /** One message per kind, naming up to five of the names with their first line. */
  messages(file: string): string[] {
    return [...this.seen].map(([kind, byName]) => {
      const total = [...byName.values()].reduce((sum, e) => sum + e.count, 0);
      const names = [...byName].slice(0, 5).map(([name, e]) => `${name} (line ${e.line})`);
      const more = byName.size > 5 ? `, and ${byName.size - 5} more` : '';
      return `${file}: skipped ${total} ${SKIP_MESSAGES[kind]}: ${names.join(', ')}${more}`;
    });
  }
}

export interface MapContext {
  file: string;
  line: number;
  skipped: Skipped;
}

/** A property by name, also as "Schema:prop" (statement files qualify names that way). */
function resolveProperty(schema: Schema, key: string): Property | null {
  const colon = key.indexOf(':');
  let name = key;
  if (colon > 0) {
    const qualifier = key.slice(0, colon);
    if (!schemaNamed(qualifier) || !schema.isA(qualifier)) return null;
    name = key.slice(colon + 1);
  }
  return propertyOf(schema, name);
}

/** A target when the file says so; without the flag, a target schema with topics. */
function isTarget(record: FtmRecord, schema: Schema): boolean {
  if (record.target !== null) return record.target;
  const topics = record.properties.topics;
  const hasTopics = Array.isArray(topics) ? topics.length > 0 : typeof topics === 'string';
  return hasTopics && isTargetSchema(schema);
}

function addNested(
  draft: EntityDraft,
  prop: Property,
  value: Record<string, unknown>,
  ctx: MapContext,
): EntityDraft[] {
  const nested = mapEntity(parseEntity(value, ctx.file, `line ${ctx.line}`), ctx);
  const child = nested[0]!;
  if (!prop.stub) draft.add(prop.name, child.id);
  else if (prop.hasReverse && schemaHasProperty(child.schema, prop.getReverse().name)) {
    // A reverse property lists entities that point here: make sure this one does.
    child.add(prop.getReverse().name, draft.id);
  }
  return nested;
}

function addValue(draft: EntityDraft, prop: Property, value: unknown, ctx: MapContext) {
  const name = `${draft.schema.name}:${prop.name}`;
  if (isEntityObject(value) && prop.type.name === 'entity')
    return addNested(draft, prop, value, ctx);
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string') ctx.skipped.note('value', name, ctx.line);
  else if (prop.stub) ctx.skipped.note('reverse', name, ctx.line);
  else draft.add(prop.name, text);
  return [];
}

/** The entity's draft first, then the drafts of entities nested in its values. */
export function mapEntity(record: FtmRecord, ctx: MapContext): EntityDraft[] {
  const schema = getSchema(record.schema);
  const draft = new EntityDraft(schema, record.id, isTarget(record, schema));
  const out = [draft];
  for (const [key, raw] of Object.entries(record.properties)) {
    const prop = resolveProperty(schema, key);
    if (!prop) {
      ctx.skipped.note('property', `${schema.name}:${key}`, ctx.line);
      continue;
    }
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      out.push(...addValue(draft, prop, value, ctx));
    }
  }
  for (const key of record.extraKeys) ctx.skipped.note('key', key, ctx.line);
  return out;
}
