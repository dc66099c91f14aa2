/**
 * Bodies checked against their schema with a compiled validator, the same schema the OpenAPI
 * document shows. A body the schema refuses is refused whatever the route's reading of it would
 * say; the reading is asked first only for its wording, which clients and tests already know
 * ("\"row\" must be a whole number from 1"), and the validator's own words are the fallback.
 */
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { BadRequest } from '../errors.js';

type Validator = ReturnType<typeof Compile>;

const validators = new WeakMap<TSchema, Validator>();

export function validatorFor(schema: TSchema): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    validator = Compile(schema);
    validators.set(schema, validator);
  }
  return validator;
}

/** Refuse a body that does not fit `schema`, in the words of `read` when it has some. */
export function checkBody(schema: TSchema, body: unknown, read: (body: unknown) => unknown): void {
  const validator = validatorFor(schema);
  if (validator.Check(body)) return;
  read(body);
  const [first] = validator.Errors(body);
  const where = first?.instancePath ? `the body at ${first.instancePath}` : 'the body';
  throw new BadRequest(`${where} ${first?.message ?? 'does not fit its schema'}`);
}
