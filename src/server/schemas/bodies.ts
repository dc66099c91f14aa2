/**
 * The JSON bodies: yente's `EntityMatchQuery`, a reviewer's decision and a reconciliation batch.
 * Each is checked with a compiled validator before the route reads it, and the OpenAPI document
 * shows the same schema, so that what is refused is what the document says is refused.
 */
import { Type } from 'typebox';
import { DECISION_KINDS } from '../../core/screening/decisions.js';

/** yente's YENTE_MAX_BATCH: clients split larger batches. */
export const MAX_BATCH = 100;

const stringOrList = Type.Union([Type.String(), Type.Array(Type.String())]);

export const ENTITY_EXAMPLE = Type.Object(
  {
    id: Type.Optional(
      Type.Union([Type.String(), Type.Null()], {
        description: 'Echoed back in `query`; never used for scoring.',
      }),
    ),
    schema: Type.String({ examples: ['Person', 'Company'] }),
    properties: Type.Optional(
      Type.Record(Type.String(), stringOrList, {
        examples: [{ name: ['Vladimir Putin'], birthDate: ['1952-10-07'] }],
      }),
    ),
  },
  { additionalProperties: false },
);

export const MATCH_BODY = Type.Object(
  {
    queries: Type.Record(Type.String(), ENTITY_EXAMPLE, {
      description: `At most ${MAX_BATCH} examples, by keys of your choice.`,
      minProperties: 1,
      maxProperties: MAX_BATCH,
    }),
    weights: Type.Optional(
      Type.Union([Type.Record(Type.String(), Type.Number()), Type.Null()], {
        description: "Feature weights replacing the algorithm's own (names as in /algorithms).",
      }),
    ),
    config: Type.Optional(
      Type.Union(
        [
          Type.Record(
            Type.String(),
            Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
          ),
          Type.Null(),
        ],
        {
          description:
            "yente's algorithm options. Dossier's algorithms take none: an option of the yente " +
            'algorithm named (logic-v2 `nm_*`) is ignored and listed in `ignored`; any other is a 400.',
        },
      ),
    ),
  },
  { additionalProperties: false },
);

/** Text with something besides spaces in it: the routes trim it. */
const text = (options: object = {}) => Type.String({ pattern: '\\S', ...options });

const DECISION_FIELDS = ['run_id', 'row or key', 'entity_id', 'decision', 'reason'];

/** A reviewer's decision; the `x-error`s are the messages clients already know. */
export const DECISION_BODY = Type.Object(
  {
    run_id: text({ 'x-error': '"run_id" must be the ID of the run that raised the hit' }),
    row: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: Number.MAX_SAFE_INTEGER,
        'x-error': '"row" must be a whole number from 1: the row of the hit',
      }),
    ),
    key: Type.Optional(
      text({
        description:
          "The hit's row key as the hits file shows it: the customer ID, or line:<n> for a row without one. Give it or row.",
        examples: ['C-17'],
        'x-error': '"key" must be the row key of the hit: the customer ID, or line:<n>',
      }),
    ),
    entity_id: text({
      examples: ['unsc-6908555'],
      'x-error': '"entity_id" must be the ID of the listed entity hit, e.g. ofac-12345',
    }),
    decision: Type.Enum([...DECISION_KINDS], {
      type: 'string',
      'x-error': `"decision" must be one of ${DECISION_KINDS.join(', ')}`,
    }),
    reason: text({
      description: 'Why: it goes into the audit trail.',
      'x-error': '"reason" must be a non-empty text: why (it goes into the audit trail)',
    }),
    by: Type.Optional(
      Type.Union([Type.String(), Type.Null()], {
        description: 'Who decided: admin keys only (default: the key)',
        'x-error': '"by" must be a string: who decided',
      }),
    ),
  },
  {
    additionalProperties: false,
    'x-error': `the body must be a JSON object with ${DECISION_FIELDS.join(', ')}`,
    'x-unknown': 'unknown field "{key}"; accepted: {accepted}',
  },
);

/** Candidates per reconciliation query: OpenRefine asks for few. */
export const RECON_DEFAULT_LIMIT = 5;
export const RECON_MAX_LIMIT = 100;

const RECON_VALUE = Type.Union([Type.String(), Type.Number(), Type.Object({ id: Type.String() })]);

export const RECON_QUERY = Type.Object(
  {
    query: text(),
    type: Type.Optional(Type.Union([stringOrList, Type.Null()])),
    limit: Type.Optional(
      Type.Union([
        Type.Integer({ minimum: 1, maximum: RECON_MAX_LIMIT, default: RECON_DEFAULT_LIMIT }),
        Type.Null(),
      ]),
    ),
    type_strict: Type.Optional(Type.Enum(['any', 'all', 'should'], { type: 'string' })),
    properties: Type.Optional(
      Type.Union([
        Type.Array(
          Type.Object({
            pid: text({ examples: ['birthDate', 'country'] }),
            v: Type.Union([RECON_VALUE, Type.Array(RECON_VALUE)]),
          }),
        ),
        Type.Null(),
      ]),
    ),
  },
  { additionalProperties: false },
);

export const RECON_BATCH = Type.Record(Type.String(), RECON_QUERY, {
  minProperties: 1,
  maxProperties: MAX_BATCH,
});
