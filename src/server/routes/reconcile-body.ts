/**
 * The body of `POST /reconcile`: a batch of W3C reconciliation queries (v0.2), either form-encoded
 * as OpenRefine sends it (`queries=<json>`) or as a JSON body, checked field by field so that a
 * wrong type is the caller's 400.
 */
import type { IncomingMessage } from 'node:http';
import { schemaNamed } from '../../core/model/index.js';
import { BadRequest, UnsupportedMediaType } from '../errors.js';
import { isObject, readBody } from '../http.js';
import {
  checkBody,
  MAX_BATCH,
  RECON_BATCH,
  RECON_DEFAULT_LIMIT as DEFAULT_LIMIT,
  RECON_MAX_LIMIT as MAX_LIMIT,
} from '../schemas/index.js';

export interface ReconProperty {
  /** As the client named it: a FollowTheMoney property (`birthDate`, `Person:birthDate`) or alias. */
  pid: string;
  values: string[];
}

export interface ReconQuery {
  query: string;
  /** FollowTheMoney schemata; empty when the client gave no type. */
  types: string[];
  limit: number;
  properties: ReconProperty[];
}

const QUERY_FIELDS = ['query', 'type', 'limit', 'properties', 'type_strict'];

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BadRequest(`${what} is not valid JSON: ${(error as Error).message}`);
  }
}

/** OpenRefine's form: exactly one `queries` field; data extension (`extend`) is not offered. */
function parseForm(text: string): unknown {
  const form = new URLSearchParams(text);
  for (const field of new Set(form.keys())) {
    if (field === 'extend') throw new BadRequest('data extension ("extend") is not supported');
    if (field !== 'queries') throw new BadRequest(`unknown form field "${field}"; send "queries"`);
  }
  const queries = form.getAll('queries');
  if (queries.length !== 1) throw new BadRequest('the form needs one "queries" field');
  return parseJson(queries[0]!, '"queries"');
}

/** The batch as JSON, by the body's content type (sniffed when there is none). */
export async function readBatch(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const text = (await readBody(req, maxBytes)).toString('utf8');
  if (text.trim() === '') {
    throw new BadRequest('the request needs a body: queries=<json> (form-encoded) or JSON');
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return parseForm(text);
  if (type === 'application/json') return parseJson(text, 'the body');
  // No type, or fetch's default for a string body: JSON if it looks like it, else a form.
  if (type === '' || type === 'text/plain') {
    return text.trimStart().startsWith('{') ? parseJson(text, 'the body') : parseForm(text);
  }
  throw new UnsupportedMediaType(
    `unsupported content type "${type}"; send application/x-www-form-urlencoded or application/json`,
  );
}

function parseTypes(where: string, raw: unknown): string[] {
  if (raw === undefined || raw === null) return [];
  const types = Array.isArray(raw) ? raw : [raw];
  return types.map((type) => {
    if (typeof type !== 'string')
      throw new BadRequest(`${where}.type must be a string or a list of strings`);
    const schema = schemaNamed(type);
    if (!schema?.matchable) {
      throw new BadRequest(
        `${where}.type: unknown or unmatchable type "${type}"; use a FollowTheMoney schema such as Person, Company or Vessel`,
      );
    }
    return schema.name;
  });
}

function parseLimit(where: string, raw: unknown): number {
  if (raw === undefined || raw === null) return DEFAULT_LIMIT;
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1 || raw > MAX_LIMIT) {
    throw new BadRequest(`${where}.limit must be an integer from 1 to ${MAX_LIMIT}`);
  }
  return raw;
}

/** A property value: text, a number, or an object with an `id`; a list of those. Blanks drop. */
function parseValues(where: string, raw: unknown): string[] {
  const values = Array.isArray(raw) ? raw : [raw];
  return values
    .map((v) => {
      if (typeof v === 'string') return v.trim();
      if (typeof v === 'number' && Number.isFinite(v)) return String(v);
      if (isObject(v) && typeof v.id === 'string') return v.id.trim();
      throw new BadRequest(`${where}.v must be a string, a number, {"id": ...} or a list of them`);
    })
    .filter((v) => v !== '');
}

function parseProperties(where: string, raw: unknown): ReconProperty[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new BadRequest(`${where}.properties must be a list of {pid, v}`);
  return raw.map((p, i) => {
    const at = `${where}.properties[${i}]`;
    if (!isObject(p) || typeof p.pid !== 'string' || p.pid.trim() === '' || !('v' in p)) {
      throw new BadRequest(`${at} must be an object {"pid": "<property>", "v": <value>}`);
    }
    return { pid: p.pid.trim(), values: parseValues(at, p.v) };
  });
}

function parseQuery(key: string, raw: unknown): ReconQuery {
  if (!isObject(raw)) throw new BadRequest(`${key} must be an object with "query"`);
  for (const field of Object.keys(raw)) {
    if (!QUERY_FIELDS.includes(field)) {
      throw new BadRequest(
        `unknown field "${field}" in ${key}; accepted: ${QUERY_FIELDS.join(', ')}`,
      );
    }
  }
  if (typeof raw.query !== 'string' || raw.query.trim() === '') {
    throw new BadRequest(`${key}.query must be a non-empty string`);
  }
  if (
    raw.type_strict !== undefined &&
    !['any', 'all', 'should'].includes(raw.type_strict as string)
  ) {
    throw new BadRequest(`${key}.type_strict must be "any", "all" or "should"`);
  }
  return {
    query: raw.query.trim(),
    types: parseTypes(key, raw.type),
    limit: parseLimit(key, raw.limit),
    properties: parseProperties(key, raw.properties),
  };
}

/** The queries of a batch by the client's keys (`q0`, `q1`, ... from OpenRefine). */
export function parseBatch(raw: unknown): [string, ReconQuery][] {
  checkBody(RECON_BATCH, raw, readBatchQueries);
  return readBatchQueries(raw);
}

function readBatchQueries(raw: unknown): [string, ReconQuery][] {
  if (!isObject(raw))
    throw new BadRequest('the queries must be a JSON object: {"q0": {"query": ...}}');
  const entries = Object.entries(raw);
  if (entries.length === 0) throw new BadRequest('the batch is empty: give at least one query');
  if (entries.length > MAX_BATCH) {
    throw new BadRequest(`too many queries: ${entries.length}, at most ${MAX_BATCH} per request`);
  }
  return entries.map(([key, query]) => [key, parseQuery(key, query)]);
}
