/**
 * Bodies checked against their schema with a compiled validator, the same schema the OpenAPI
 * document shows. A body the schema refuses is refused, in words the schema carries where it has
 * them (`x-error` on a field, `x-unknown` on an object for fields it does not know); otherwise in
 * the words of the route's own reading of the body, which clients and tests already know, and
 * failing both, in the validator's.
 */
import type { Static, TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { BadRequest } from '../errors.js';

type Validator = ReturnType<typeof Compile>;
type Node = Record<string, unknown>;
interface SchemaError {
  keyword: string;
  schemaPath: string;
  instancePath: string;
  params: Node;
}

const validators = new WeakMap<TSchema, Validator>();

export function validatorFor(schema: TSchema): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    validator = Compile(schema);
    validators.set(schema, validator);
  }
  return validator;
}

/** A JSON-pointer segment as the key it names. */
const fromPointer = (segment: string) => segment.replaceAll('~1', '/').replaceAll('~0', '~');

/** The schema nodes from the root down to the one a schema path names. */
function chain(root: TSchema, pointer: string): Node[] {
  const nodes: Node[] = [root as Node];
  for (const segment of pointer.split('/').slice(1)) {
    const next = nodes.at(-1)![fromPointer(segment)];
    if (typeof next !== 'object' || next === null) break;
    nodes.push(next as Node);
  }
  return nodes;
}

function valueAt(body: unknown, segments: string[]): unknown {
  let value = body;
  for (const s of segments) value = (value as Node | undefined)?.[s];
  return value;
}

/** The schema's own words for an error, if it has some. */
function worded(schema: TSchema, error: SchemaError, body: unknown): string | null {
  const nodes = chain(schema, error.schemaPath);
  const segments = error.instancePath.split('/').slice(1).map(fromPointer);
  const unknownField =
    error.keyword === 'boolean' && error.schemaPath.endsWith('/additionalProperties');
  if (unknownField || error.keyword === 'additionalProperties') {
    // The `false` of additionalProperties is no node: the last one is the object itself.
    const object = nodes.at(-1);
    const key = unknownField
      ? segments.at(-1)
      : (error.params.additionalProperties as string[] | undefined)?.[0];
    const template = object?.['x-unknown'];
    if (typeof template !== 'string' || key === undefined) return null;
    const accepted = Object.keys((object!.properties as Node | undefined) ?? {}).join(', ');
    return template.replaceAll('{key}', key).replaceAll('{accepted}', accepted);
  }
  if (error.keyword === 'required') {
    const name = (error.params.requiredProperties as string[] | undefined)?.[0] ?? '';
    const field = (nodes.at(-1)!.properties as Record<string, Node> | undefined)?.[name];
    return typeof field?.['x-error'] === 'string' ? field['x-error'] : null;
  }
  const owner = nodes.findLast((node) => typeof node['x-error'] === 'string');
  if (!owner) return null;
  const value = valueAt(body, segments);
  // A choice not among those offered is quoted back, as the reader used to.
  const given = error.keyword === 'enum' && typeof value === 'string' ? `, not "${value}"` : '';
  return `${owner['x-error']}${given}`;
}

/**
 * The body, if it fits `schema`; a 400 otherwise. `read` is the route's own reading, asked for
 * its wording when the schema has none for the error.
 */
export function checkBody<T extends TSchema>(
  schema: T,
  body: unknown,
  read?: (body: unknown) => unknown,
): Static<T> {
  const validator = validatorFor(schema);
  if (validator.Check(body)) return body as Static<T>;
  const [first] = validator.Errors(body) as SchemaError[];
  const message = first && worded(schema, first, body);
  if (message) throw new BadRequest(message);
  read?.(body);
  const where = first?.instancePath ? `the body at ${first.instancePath}` : 'the body';
  throw new BadRequest(`${where} ${(first as { message?: string })?.message ?? 'is malformed'}`);
}
