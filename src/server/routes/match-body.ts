/**
 * The body of `POST /match/{dataset}` (yente's `EntityMatchQuery`), checked field by field so that
 * a wrong type is the caller's 400, never a crash deeper down.
 */
import type { EntityExample } from '../../core/matching/index.js';
import { BadRequest } from '../errors.js';
import { isObject } from '../http.js';

/** yente's YENTE_MAX_BATCH: clients split larger batches. */
export const MAX_BATCH = 100;

function refuseUnknownKeys(where: string, value: Record<string, unknown>, known: string[]) {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new BadRequest(`unknown field "${key}" in ${where}; accepted: ${known.join(', ')}`);
    }
  }
}

/**
 * Weight and configuration overrides are part of yente's contract, but Dossier's algorithms take
 * neither yet: an override is refused rather than silently ignored, since it would change scores.
 */
function refuseOverrides(body: Record<string, unknown>) {
  const { weights, config } = body;
  for (const [name, value] of [
    ['weights', weights],
    ['config', config],
  ] as const) {
    if (value === undefined || value === null) continue;
    if (!isObject(value)) throw new BadRequest(`"${name}" must be an object`);
    const [first] = Object.keys(value);
    if (first !== undefined) {
      throw new BadRequest(
        `"${name}" override "${first}" is not supported by Dossier's algorithms`,
      );
    }
  }
}

function parseProperties(where: string, raw: unknown): Record<string, string[]> {
  if (raw === undefined) return {};
  if (!isObject(raw)) throw new BadRequest(`${where}.properties must be an object`);
  const properties: Record<string, string[]> = {};
  for (const [prop, value] of Object.entries(raw)) {
    const values = Array.isArray(value) ? value : [value];
    if (!values.every((v) => typeof v === 'string')) {
      throw new BadRequest(`${where}.properties.${prop} must be a string or a list of strings`);
    }
    properties[prop] = values as string[];
  }
  return properties;
}

function parseExample(key: string, raw: unknown): EntityExample {
  const where = `queries.${key}`;
  if (!isObject(raw)) {
    throw new BadRequest(`${where} must be an object with "schema" and "properties"`);
  }
  refuseUnknownKeys(where, raw, ['id', 'schema', 'properties']);
  if (typeof raw.schema !== 'string') throw new BadRequest(`${where}.schema must be a string`);
  if (raw.id !== undefined && raw.id !== null && typeof raw.id !== 'string') {
    throw new BadRequest(`${where}.id must be a string`);
  }
  const example: EntityExample = {
    schema: raw.schema,
    properties: parseProperties(where, raw.properties),
  };
  if (typeof raw.id === 'string') example.id = raw.id;
  return example;
}

/** The queries of a batch, by the keys the client chose (they are echoed in `responses`). */
export function parseMatchBody(body: unknown): [string, EntityExample][] {
  if (!isObject(body)) throw new BadRequest('the body must be a JSON object with "queries"');
  refuseUnknownKeys('the body', body, ['queries', 'weights', 'config']);
  refuseOverrides(body);
  if (!isObject(body.queries)) {
    throw new BadRequest('"queries" must be an object of named example entities');
  }
  const entries = Object.entries(body.queries);
  if (entries.length === 0) throw new BadRequest('the batch is empty: give at least one query');
  if (entries.length > MAX_BATCH) {
    throw new BadRequest(`too many queries: ${entries.length}, at most ${MAX_BATCH} per request`);
  }
  return entries.map(([key, raw]) => [key, parseExample(key, raw)]);
}
