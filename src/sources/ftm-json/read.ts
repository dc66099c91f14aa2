/**
 * Reading FollowTheMoney entity files: JSON lines, one entity object per line
 * (`{id, schema, properties: {prop: [values]}}`, with OpenSanctions' export fields such as
 * `caption`, `datasets`, `referents`, `target`, `first_seen`), or delta lines
 * (`{op: ADD | MOD | DEL, entity}`). Lines are parsed one at a time, so memory stays flat.
 */
import { schemaNamed } from '../../core/model/index.js';
import { readText, SourceError } from '../io/index.js';

/** One entity as the file gives it; property values are checked when mapped. */
export interface FtmRecord {
  id: string;
  schema: string;
  /** Property name to values: a list as FtM writes it, or a single value, which FtM accepts. */
  properties: Record<string, unknown>;
  /** The `target` flag of OpenSanctions exports; null when absent. */
  target: boolean | null;
  /** Top-level keys that are neither FtM's nor OpenSanctions' export fields. */
  extraKeys: string[];
}

export type DeltaRecord = { op: 'ADD' | 'MOD'; entity: FtmRecord } | { op: 'DEL'; id: string };

/** Top-level keys of FtM entities and of OpenSanctions' exports (and yente's match results). */
export const KNOWN_KEYS = new Set([
  'id',
  'schema',
  'properties',
  'caption',
  'datasets',
  'referents',
  'target',
  'first_seen',
  'last_seen',
  'last_change',
  'score',
  'match',
  'features',
  'explanations',
]);

export interface JsonLine {
  line: number;
  value: unknown;
}

/** Stream the non-blank lines of a JSON lines file, parsed; invalid JSON names its line. */
export async function* readJsonLines(
  file: string,
  progress: (bytes: number) => void,
): AsyncIterable<JsonLine> {
  let rest = '';
  let line = 0;
  const parse = (text: string): JsonLine | null => {
    line++;
    if (text.trim() === '') return null;
    try {
      return { line, value: JSON.parse(text) };
    } catch (error) {
      throw new SourceError(file, `line ${line}`, `invalid JSON: ${(error as Error).message}`);
    }
  };
  for await (const chunk of readText(file, 'utf-8', progress)) {
    const text = rest + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      const parsed = parse(text.slice(start, nl));
      if (parsed) yield parsed;
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  const last = parse(rest);
  if (last) yield last;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a property value is an entity given inline (OpenSanctions' nested exports). */
export function isEntityObject(value: unknown): value is Record<string, unknown> {
  return isObject(value) && typeof value.id === 'string' && typeof value.schema === 'string';
}

/** Check an entity object's shape: an ID, a known concrete schema, properties as an object. */
export function parseEntity(value: unknown, file: string, where: string): FtmRecord {
  const fail = (problem: string) => new SourceError(file, where, problem);
  if (!isObject(value)) throw fail('not a JSON object');
  const { id, schema, properties } = value;
  if (typeof id !== 'string' || id.trim() === '') throw fail('entity without an id');
  if (typeof schema !== 'string' || schema === '') throw fail(`entity ${id} without a schema`);
  const spec = schemaNamed(schema);
  if (!spec) throw fail(`entity ${id} has the unknown schema "${schema}"`);
  if (spec.abstract) throw fail(`entity ${id} has the abstract schema ${schema}`);
  if (properties !== undefined && !isObject(properties)) {
    throw fail(`entity ${id}: "properties" is not an object`);
  }
  return {
    id,
    schema,
    properties: properties ?? {},
    target: typeof value.target === 'boolean' ? value.target : null,
    extraKeys: Object.keys(value).filter((k) => !KNOWN_KEYS.has(k)),
  };
}

/** Check a delta line: an operation and the entity (only its ID for a deletion). */
export function parseDelta(value: unknown, file: string, where: string): DeltaRecord {
  if (!isObject(value)) throw new SourceError(file, where, 'not a JSON object');
  const { op, entity } = value;
  if (op !== 'ADD' && op !== 'MOD' && op !== 'DEL') {
    throw new SourceError(file, where, `unknown delta operation ${JSON.stringify(op)}`);
  }
  if (op !== 'DEL') return { op, entity: parseEntity(entity, file, where) };
  const id = isObject(entity) ? entity.id : undefined;
  if (typeof id !== 'string' || id.trim() === '') {
    throw new SourceError(file, where, 'DEL without an entity id');
  }
  return { op, id };
}
