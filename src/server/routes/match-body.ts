/**
 * The body of `POST /match/{dataset}` (yente's `EntityMatchQuery`), checked field by field so that
 * a wrong type is the caller's 400, never a crash deeper down.
 */
import type { EntityExample, WeightOverrides } from '../../core/matching/index.js';
import { BadRequest } from '../errors.js';
import { isObject } from '../http.js';
import { checkBody, MATCH_BODY, MAX_BATCH } from '../schemas/index.js';

export { MAX_BATCH };

function refuseUnknownKeys(where: string, value: Record<string, unknown>, known: string[]) {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new BadRequest(`unknown field "${key}" in ${where}; accepted: ${known.join(', ')}`);
    }
  }
}

/**
 * yente's `config`: the algorithm's options. Dossier's algorithms have none; the names are checked
 * against the algorithm the request names (an option of yente's logic-v2 is reported as ignored,
 * a name no algorithm has is refused: see core/matching/yente-algorithms.ts).
 */
function parseConfig(body: Record<string, unknown>): string[] {
  const { config } = body;
  if (config === undefined || config === null) return [];
  if (!isObject(config)) throw new BadRequest('"config" must be an object');
  return Object.keys(config);
}

/**
 * yente's `weights`: feature name → weight, replacing the algorithm's own for this request (the
 * matcher checks the names against the chosen algorithm).
 */
function parseWeights(body: Record<string, unknown>): WeightOverrides | undefined {
  const { weights } = body;
  if (weights === undefined || weights === null) return undefined;
  if (!isObject(weights)) throw new BadRequest('"weights" must be an object of feature weights');
  for (const [name, value] of Object.entries(weights)) {
    if (typeof value !== 'number') throw new BadRequest(`weights.${name} must be a number`);
  }
  return weights as WeightOverrides;
}

function parseProperties(where: string, raw: unknown): Record<string, string[]> {
  if (raw === undefined) return {};
  if (!isObject(raw)) throw new BadRequest(`${where}.properties must be an object`);
  // fromEntries defines own keys: a "__proto__" property stays one, for the matcher to refuse.
  return Object.fromEntries(
    Object.entries(raw).map(([prop, value]) => {
      const values = Array.isArray(value) ? value : [value];
      if (!values.every((v) => typeof v === 'string')) {
        throw new BadRequest(`${where}.properties.${prop} must be a string or a list of strings`);
      }
      return [prop, values as string[]];
    }),
  );
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

export interface MatchBody {
  /** The queries of the batch, by the keys the client chose (echoed in `responses`). */
  queries: [string, EntityExample][];
  weights: WeightOverrides | undefined;
  /** The option names given in `config`. */
  config: string[];
}

/** The body, checked against its schema (MATCH_BODY), as the matcher takes it. */
export function parseMatchBody(body: unknown): MatchBody {
  checkBody(MATCH_BODY, body, readMatchBody);
  return readMatchBody(body);
}

function readMatchBody(body: unknown): MatchBody {
  if (!isObject(body)) throw new BadRequest('the body must be a JSON object with "queries"');
  refuseUnknownKeys('the body', body, ['queries', 'weights', 'config']);
  const weights = parseWeights(body);
  if (!isObject(body.queries)) {
    throw new BadRequest('"queries" must be an object of named example entities');
  }
  const entries = Object.entries(body.queries);
  if (entries.length === 0) throw new BadRequest('the batch is empty: give at least one query');
  if (entries.length > MAX_BATCH) {
    throw new BadRequest(`too many queries: ${entries.length}, at most ${MAX_BATCH} per request`);
  }
  const queries = entries.map(([key, raw]): [string, EntityExample] => [
    key,
    parseExample(key, raw),
  ]);
  return { queries, weights, config: parseConfig(body) };
}
