/**
 * The OpenAPI 3.1 description of the API, served at `/openapi.json`. The prose (summaries,
 * answers, the error shape) is written here; every parameter and JSON body is generated from the
 * schemas the routes validate with (openapi-params.ts), so that the limits it states are those
 * enforced.
 */
import { CASE_PATHS } from './openapi-cases.js';
import { NETWORK_PATHS } from './openapi-network.js';
import { ENTITY_PATHS } from './openapi-entities.js';
import { NOTE_PATHS } from './openapi-notes.js';
import { plain, withSchemas } from './openapi-params.js';
import { ACCESS_ERRORS, RECONCILE_PATHS, SECURITY_SCHEMES } from './openapi-reconcile.js';
import { REVIEW_PATHS } from './openapi-review.js';
import { SCREENING_PATHS, SCREENING_SCHEMAS } from './openapi-screening.js';
import { ENTITY_EXAMPLE, MAX_BATCH } from './schemas/index.js';

const ERROR_TEXT: Record<number, string> = {
  400: 'A malformed request: bad JSON, a wrong type, an unknown parameter or schema',
  404: 'Unknown dataset or entity',
  413: 'The body is larger than the limit (1 MiB unless configured)',
  503: 'The index is still being built, or no list is loaded to screen against',
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
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
  EntityExample: plain(ENTITY_EXAMPLE),
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
      designation: {
        type: 'object',
        description:
          'Only when the entry is one designation with entries of other lists: its members, ' +
          'the keys that linked them and every merged value with its lists (docs/designations.md)',
      },
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
            lists: {
              type: 'array',
              description: 'The list versions the query was screened against',
              items: {
                type: 'object',
                properties: {
                  dataset: { type: 'string' },
                  version: { type: 'integer' },
                  loaded_at: { type: 'string', format: 'date-time' },
                },
              },
            },
          },
        },
      },
      limit: { type: 'integer' },
    },
  },
};

const paths = {
  '/match/{dataset}': {
    post: {
      summary: `Screen a batch of at most ${MAX_BATCH} example entities against a dataset`,
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
      responses: { '200': ok({ type: 'object' }), ...errors(400, 404, 503), ...ACCESS_ERRORS },
    },
  },
  '/entities/{entity_id}': {
    get: {
      summary: 'One entity, assembled from every dataset that lists it',
      responses: { '200': ok(ref('Entity')), ...errors(400, 404), ...ACCESS_ERRORS },
    },
  },
  ...ENTITY_PATHS,
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
  '/session': {
    get: {
      summary: "The caller's role (the key's; admin for anyone on an open server), for clients",
      responses: { '200': ok({ type: 'object' }), ...ACCESS_ERRORS },
    },
  },
  ...RECONCILE_PATHS,
  ...SCREENING_PATHS,
  ...CASE_PATHS,
  ...NETWORK_PATHS,
  ...REVIEW_PATHS,
  ...NOTE_PATHS,
  '/healthz': {
    get: { summary: 'Liveness', security: [], responses: { '200': ok({ type: 'object' }) } },
  },
  '/openapi.json': {
    get: {
      summary: 'This description',
      responses: { '200': ok({ type: 'object' }), ...ACCESS_ERRORS },
    },
  },
  '/': {
    get: {
      summary: 'A front page pointing here and to the web workbench (/app/)',
      responses: { '200': { description: 'HTML', content: { 'text/html': {} } }, ...ACCESS_ERRORS },
    },
  },
  '/readyz': {
    get: {
      summary: 'Readiness: 503 until the index is built and holds lists to screen against',
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
      'catalog, algorithms, cases and their documents, the network) < screen (also match, reconcile, jobs, decisions) < admin (also ' +
      'the audit trail). Every /match and /reconcile request is recorded in the audit trail.',
    license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
  },
  paths: withSchemas(paths),
  security: [{ bearer: [] }, { apiKey: [] }],
  components: {
    securitySchemes: SECURITY_SCHEMES,
    schemas: { ...schemas, ...SCREENING_SCHEMAS },
  },
};
