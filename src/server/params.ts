/**
 * Query parameters checked against the endpoint's schema (src/server/schemas/), the same schema
 * the OpenAPI document lists them from. Text is coerced by the schema's types, defaults filled
 * in, and the result checked by a compiled validator; a parameter the schema does not name is
 * refused, so that a misspelt filter (`exclude_schemas`) fails loudly instead of silently
 * matching everything. Messages are worded from the schema too ("limit must be between 1 and
 * 500"), so that they cannot state other bounds than those checked.
 *
 * @example
 * ```ts
 * const spec = query({ limit: Type.Integer({ minimum: 1, maximum: 500, default: 5 }) });
 * const { limit } = parseParams(new URLSearchParams('limit=3'), spec);
 * ```
 */
import type { Static, TObject, TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { BadRequest } from './errors.js';

/** The parsed parameters: optional ones that were not given are null. */
export type Params<T extends TObject> = {
  [K in keyof Static<T>]-?: undefined extends Static<T>[K]
    ? Exclude<Static<T>[K], undefined> | null
    : Static<T>[K];
};

/** A parameter's schema, as far as this file reads it. */
type Schema = TSchema & {
  type?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  enum?: unknown[];
  examples?: unknown[];
  'x-error'?: string;
};

interface Compiled {
  entries: [string, Schema][];
  known: string;
  check: (value: unknown) => boolean;
  errors: (value: unknown) => { keyword: string; instancePath: string; params: object }[];
}

/** Compiled once per schema: compiling is slow, checking with the result is not. */
const compiled = new WeakMap<TObject, Compiled>();

function compiledFor(schema: TObject): Compiled {
  let c = compiled.get(schema);
  if (!c) {
    const validator = Compile(schema);
    const entries = Object.entries(schema.properties) as [string, Schema][];
    c = {
      entries,
      known: entries.map(([name]) => name).join(', ') || 'none',
      check: (value) => validator.Check(value),
      errors: (value) => [...validator.Errors(value)],
    };
    compiled.set(schema, c);
  }
  return c;
}

/** Plain decimal notation only: Number() would also take "0x10", " 5 " and "". */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function coerce(name: string, raw: string, schema: Schema): unknown {
  if (schema.type === 'integer' || schema.type === 'number') {
    const value = Number(raw);
    const integer = schema.type === 'integer';
    if (!DECIMAL.test(raw) || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
      throw new BadRequest(`${name} must be ${integer ? 'an integer' : 'a number'}`);
    }
    return value;
  }
  if (schema.type === 'boolean') {
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    throw new BadRequest(`${name} must be true or false`);
  }
  return raw;
}

/** "a, b or c" */
function alternatives(values: unknown[]): string {
  const texts = values.map(String);
  return texts.length < 2 ? texts.join('') : `${texts.slice(0, -1).join(', ')} or ${texts.at(-1)}`;
}

/** The message for a value the validator refused, worded from the parameter's schema. */
function explain(c: Compiled, error: ReturnType<Compiled['errors']>[number]): string {
  const missing = (error.params as { requiredProperties?: string[] }).requiredProperties;
  const name = missing?.[0] ?? error.instancePath.split('/')[1] ?? '';
  const schema = c.entries.find(([n]) => n === name)?.[1];
  if (!schema) return `the query ${error.instancePath} is invalid`;
  if (schema['x-error']) return schema['x-error'];
  switch (error.keyword) {
    case 'required':
      return `${name} is required`;
    case 'minimum':
    case 'maximum':
      return `${name} must be between ${schema.minimum} and ${schema.maximum}`;
    case 'maxItems':
      return `${name} takes at most ${schema.maxItems} values`;
    case 'enum':
    case 'pattern': {
      const examples = schema.enum ?? schema.examples;
      return `${name} is malformed${examples ? `; use e.g. ${alternatives(examples)}` : ''}`;
    }
    default:
      return `${name} is invalid`;
  }
}

export function parseParams<const T extends TObject>(query: URLSearchParams, spec: T): Params<T> {
  const c = compiledFor(spec);
  for (const name of new Set(query.keys())) {
    if (!Object.hasOwn(spec.properties, name)) {
      throw new BadRequest(`unknown query parameter "${name}"; accepted: ${c.known}`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const [name, schema] of c.entries) {
    const values = query.getAll(name);
    if (schema.type === 'array') out[name] = values;
    else if (values.length === 1) out[name] = coerce(name, values[0]!, schema);
    else if (values.length > 1) throw new BadRequest(`${name} was given more than once`);
    else if (schema.default !== undefined) out[name] = schema.default;
  }
  if (!c.check(out)) throw new BadRequest(explain(c, c.errors(out)[0]!));
  // Checked first: the validator would refuse null for an optional parameter.
  for (const [name] of c.entries) if (!(name in out)) out[name] = null;
  return out as Params<T>;
}
