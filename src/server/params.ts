/**
 * Query parameters checked against a declared spec: every parameter has a kind, a default and its
 * bounds, and a parameter the spec does not name is refused, so that a misspelt filter
 * (`exclude_schemas`) fails loudly instead of silently matching everything.
 *
 * @example
 * ```ts
 * const spec = { limit: { kind: 'int', default: 5, min: 1, max: 500 }, topics: { kind: 'list' } };
 * const { limit, topics } = parseParams(new URLSearchParams('limit=3&topics=sanction'), spec);
 * ```
 */
import { BadRequest } from './errors.js';

interface NumberSpec {
  kind: 'int' | 'float';
  default: number;
  min: number;
  max: number;
}
interface TextSpec {
  kind: 'text';
  default: string | null;
  pattern?: RegExp;
  /** An example of the pattern, for the error message. */
  example?: string;
}
interface ListSpec {
  kind: 'list';
  /** The most values accepted. */
  max?: number;
}
interface BoolSpec {
  kind: 'bool';
  default: boolean;
}
export type ParamSpec = NumberSpec | TextSpec | ListSpec | BoolSpec;

type ValueOf<S> = S extends NumberSpec
  ? number
  : S extends ListSpec
    ? string[]
    : S extends BoolSpec
      ? boolean
      : S extends { default: string }
        ? string
        : string | null;

export type Params<T extends Record<string, ParamSpec>> = { [K in keyof T]: ValueOf<T[K]> };

/** Plain decimal notation only: Number() would also take "0x10", " 5 " and "". */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function parseNumber(name: string, raw: string, spec: NumberSpec): number {
  const value = Number(raw);
  const valid =
    DECIMAL.test(raw) &&
    Number.isFinite(value) &&
    (spec.kind === 'float' || Number.isInteger(value));
  if (!valid) {
    throw new BadRequest(`${name} must be ${spec.kind === 'int' ? 'an integer' : 'a number'}`);
  }
  if (value < spec.min || value > spec.max) {
    throw new BadRequest(`${name} must be between ${spec.min} and ${spec.max}`);
  }
  return value;
}

function parseBool(name: string, raw: string): boolean {
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new BadRequest(`${name} must be true or false`);
}

function parseOne(name: string, values: string[], spec: ParamSpec): unknown {
  if (spec.kind === 'list') {
    if (spec.max !== undefined && values.length > spec.max) {
      throw new BadRequest(`${name} takes at most ${spec.max} values`);
    }
    return values;
  }
  if (values.length === 0) return spec.default;
  if (values.length > 1) throw new BadRequest(`${name} was given more than once`);
  const raw = values[0]!;
  if (spec.kind === 'bool') return parseBool(name, raw);
  if (spec.kind === 'text') {
    if (spec.pattern && !spec.pattern.test(raw)) {
      throw new BadRequest(
        `${name} is malformed${spec.example ? `; use e.g. ${spec.example}` : ''}`,
      );
    }
    return raw;
  }
  return parseNumber(name, raw, spec);
}

export function parseParams<const T extends Record<string, ParamSpec>>(
  query: URLSearchParams,
  spec: T,
): Params<T> {
  for (const name of new Set(query.keys())) {
    if (!Object.hasOwn(spec, name)) {
      const known = Object.keys(spec).join(', ') || 'none';
      throw new BadRequest(`unknown query parameter "${name}"; accepted: ${known}`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(spec)) out[name] = parseOne(name, query.getAll(name), s);
  return out as Params<T>;
}
