/**
 * Building blocks of the query-parameter schemas. A query schema is a TypeBox object whose
 * properties are the parameters: it is both what `parseParams` validates against and what the
 * OpenAPI document lists, so the two cannot disagree.
 *
 * Conventions, read by params.ts and openapi-params.ts alike: an array is a repeatable parameter
 * (`?topics=a&topics=b`); a parameter with a `default` is optional however TypeBox marks it (so
 * that its static type has no `undefined`); `Type.Optional` marks one that may be absent (null
 * in the parsed result); `x-error` replaces the message a failure would otherwise get.
 */
import { type TProperties, Type } from 'typebox';

/** A parameter that may be repeated, for several values. */
export function list(description: string, maxItems?: number) {
  return Type.Array(Type.String(), {
    description: `${description} Repeat the parameter for several values.`,
    default: [],
    ...(maxItems === undefined ? {} : { maxItems }),
  });
}

/** The parameters of one endpoint; any other is refused. */
export function query<P extends TProperties>(properties: P) {
  return Type.Object(properties, { additionalProperties: false });
}

/** An endpoint that takes no query parameters (it still refuses any it is given). */
export const NO_QUERY = query({});

export const threshold = (fallback = 0.7) =>
  Type.Number({
    minimum: 0,
    maximum: 1,
    default: fallback,
    description: 'A result at or above this score is a match.',
  });

export const algorithm = Type.String({
  default: 'best',
  description: 'A matching algorithm from /algorithms; `best` is the default one.',
});
