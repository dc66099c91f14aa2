/**
 * The OpenAPI 3.1 description of the API, written by hand so that it says what the handlers do,
 * including the limits and the error shape. Served at `/openapi.json`.
 */
import { ACCESS_ERRORS, RECONCILE_PATHS, SECURITY_SCHEMES } from './openapi-reconcile.js';
import { SCREENING_PATHS, SCREENING_SCHEMAS } from './openapi-screening.js';

const ERROR_TEXT: Record<number, string> = {
  400: 'A malformed request: bad JSON, a wrong type, an unknown parameter or schema',
  404: 'Unknown dataset or entity',
  413: 'The body is larger than the limit (1 MiB unless configured)',
  503: 'The index is still being built',
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const list = (name: string, description: string, maxItems?: number) => ({
  name,
  in: 'query',
  description: `${description} Repeat the parameter for several values.`,
  schema: { type: 'array', items: { type: 'string' }, ...(maxItems ? { maxItems } : {}) },
  style: 'form',
  explode: true,
});
const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      {
        description: ERROR_TEXT[code],
        content: { 'application/json': { schema: ref('Error') } },
      },
    ]),
  );
const ok = (schema: object, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

const stringList = { type: 'array', items: { type: 'string' } };

const schemas = {
  Error: {
    type: 'object',
    required: ['detail'],
    properties: { detail: { type: 'string' } },
  },
  EntityExample: {
    type: 'object',
    required: ['schema'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', description: 'Echoed back in `query`; never used for scoring.' },
      schema: { type: 'string', examples: ['Person', 'Company'] },
      properties: {
        type: 'object',
        additionalProperties: { oneOf: [{ type: 'string' }, stringList] },
        examples: [{ name: ['Vladimir Putin'], birthDate: ['1952-10-07'] }],
      },
    },
  },
  EntityMatchQuery: {
    type: 'object',
    required: ['queries'],
    additionalProperties: false,
    properties: {
      queries: {
        type: 'object',
        description: 'At most 100 examples, by keys of your choice.',
        additionalProperties: ref('EntityExample'),
        minProperties: 1,
        maxProperties: 100,
      },
      weights: {
        type: 'object',
        additionalProperties: { type: 'number', minimum: -1, maximum: 1 },
        description: "Feature weights replacing the algorithm's own (names as in /algorithms).",
      },
      config: { type: 'object', description: 'Not supported: must be empty if given.' },
    },
  },
  Entity: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      caption: { type: 'string' },
      schema: { type: 'string' },
      properties: { type: 'object', additionalProperties: stringList },
      datasets: stringList,
      referents: stringList,
      target: { type: 'boolean' },
      first_seen: { type: ['string', 'null'] },
      last_seen: { type: ['string', 'null'] },
      last_change: { type: ['string', 'null'] },
    },
  },
  Explanation: {
    type: 'object',
    properties: {
      detail: { type: 'string' },
      score: { type: 'number' },
      weight: { type: 'number' },
      query: { type: ['string', 'null'] },
      candidate: { type: ['string', 'null'] },
    },
  },
  ScoredEntity: {
    allOf: [
      ref('Entity'),
      {
        type: 'object',
        properties: {
          score: { type: 'number', minimum: 0, maximum: 1 },
          match: { type: 'boolean', description: 'score >= threshold' },
          explanations: { type: 'object', additionalProperties: ref('Explanation') },
        },
      },
    ],
  },
  Total: {
    type: 'object',
    properties: { value: { type: 'integer' }, relation: { type: 'string', enum: ['eq'] } },
  },
  MatchResponse: {
    type: 'object',
    properties: {
      responses: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          properties: {
            status: { type: 'integer', const: 200 },
            results: { type: 'array', items: ref('ScoredEntity') },
            total: ref('Total'),
            query: ref('EntityExample'),
          },
        },
      },
      limit: { type: 'integer' },
    },
  },
};

const filters = [
  list('include_dataset', 'Only these datasets (intersected with the path scope).'),
  list('exclude_dataset', 'Not these datasets.'),
  list('exclude_schema', 'Not entities of these schemata.'),
  list('topics', 'Only entities with one of these topics, e.g. sanction.'),
  param('changed_since'),
];

const paths = {
  '/match/{dataset}': {
    post: {
      summary: 'Screen a batch of example entities against a dataset',
      parameters: [
        param('dataset'),
        {
          name: 'limit',
          in: 'query',
          schema: { type: 'integer', default: 5, minimum: 1, maximum: 500 },
        },
        {
          name: 'threshold',
          in: 'query',
          schema: { type: 'number', default: 0.7, minimum: 0, maximum: 1 },
        },
        { name: 'cutoff', in: 'query', deprecated: true, schema: { type: 'number', default: 0 } },
        { name: 'algorithm', in: 'query', schema: { type: 'string', default: 'best' } },
        ...filters,
        list('exclude_entity_ids', 'Suppress these entity IDs (at most 50).', 50),
      ],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: ref('EntityMatchQuery') } },
      },
      responses: {
        '200': ok(ref('MatchResponse')),
        ...errors(400, 404, 413, 503),
        ...ACCESS_ERRORS,
      },
    },
  },
  '/search/{dataset}': {
    get: {
      summary: 'Find entities by name; scored by the default algorithm with no threshold',
      parameters: [
        param('dataset'),
        { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1 } },
        { name: 'schema', in: 'query', schema: { type: 'string', default: 'Thing' } },
        {
          name: 'limit',
          in: 'query',
          schema: { type: 'integer', default: 10, minimum: 1, maximum: 500 },
        },
        {
          name: 'offset',
          in: 'query',
          schema: { type: 'integer', default: 0, minimum: 0, maximum: 9499 },
        },
        list('countries', 'Only entities with one of these country codes.'),
        list('facets', 'Facets to count: countries, topics, datasets (the default) and schema.'),
        ...filters,
      ],
      responses: { '200': ok({ type: 'object' }), ...errors(400, 404, 503), ...ACCESS_ERRORS },
    },
  },
  '/entities/{entity_id}': {
    get: {
      summary: 'One entity, assembled from every dataset that lists it',
      parameters: [
        { name: 'entity_id', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'nested', in: 'query', schema: { type: 'boolean', default: true } },
      ],
      responses: { '200': ok(ref('Entity')), ...errors(400, 404), ...ACCESS_ERRORS },
    },
  },
  '/catalog': {
    get: {
      summary: 'Loaded datasets and whether the index is current',
      responses: { '200': ok({ type: 'object' }), ...ACCESS_ERRORS },
    },
  },
  '/algorithms': {
    get: {
      summary: 'Matching algorithms and their features',
      responses: { '200': ok({ type: 'object' }), ...ACCESS_ERRORS },
    },
  },
  ...RECONCILE_PATHS,
  ...SCREENING_PATHS,
  '/healthz': {
    get: { summary: 'Liveness', security: [], responses: { '200': ok({ type: 'object' }) } },
  },
  '/readyz': {
    get: {
      summary: 'Readiness: 503 until the index is built',
      security: [],
      responses: { '200': ok({ type: 'object' }), ...errors(503) },
    },
  },
};

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Dossier API',
    version: '0.1.0',
    description:
      'Sanctions screening compatible with OpenSanctions yente v5, with batch jobs, decisions ' +
      'and a hash-chained audit trail. Errors are `{"detail": "..."}`. API keys (Bearer or ' +
      'ApiKey) are optional on loopback and required otherwise; roles: read (search, entities, ' +
      'catalog, algorithms) < screen (also match, reconcile, jobs, decisions) < admin (also ' +
      'the audit trail). Every /match and /reconcile request is recorded in the audit trail.',
    license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
  },
  paths,
  security: [{ bearer: [] }, { apiKey: [] }],
  components: {
    securitySchemes: SECURITY_SCHEMES,
    schemas: { ...schemas, ...SCREENING_SCHEMAS },
    parameters: {
      dataset: {
        name: 'dataset',
        in: 'path',
        required: true,
        description: 'A dataset name given at ingest, or `default` for every loaded dataset.',
        schema: { type: 'string' },
      },
      changed_since: {
        name: 'changed_since',
        in: 'query',
        description: 'Only entities changed after this date or time.',
        schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?$' },
      },
    },
  },
};
