/**
 * The OpenAPI description of `/reconcile` and of API keys, kept apart from openapi.ts so that each
 * file stays readable. Merged into the served description there, where the parameters and the
 * JSON body are filled in from their schemas.
 */

const errorBody = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const errors = (entries: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(entries).map(([code, d]) => [code, { description: d, ...errorBody }]),
  );

/** The answers every route that needs a key may give. */
export const ACCESS_ERRORS = errors({
  '401': 'No API key, or an unknown, malformed or revoked one (with WWW-Authenticate)',
  '403': "The key's role is too low: read < screen < admin",
  '429': 'Too many requests from this key (or address): retry after Retry-After seconds',
});

const apiKey = {
  name: 'api_key',
  in: 'query',
  description: 'The API key, for clients that cannot send headers (OpenRefine).',
  schema: { type: 'string' },
};

const ReconResults = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    properties: {
      result: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            score: { type: 'number', minimum: 0, maximum: 100 },
            match: { type: 'boolean' },
            type: { type: 'array', items: { type: 'object' } },
            description: { type: 'string' },
          },
        },
      },
    },
  },
};

const reconcileBody = {
  required: true,
  content: {
    'application/x-www-form-urlencoded': {
      schema: {
        type: 'object',
        required: ['queries'],
        properties: { queries: { type: 'string', description: 'The batch as JSON' } },
      },
    },
  },
};

const reconcileResponses = {
  '200': {
    description: 'Candidates per query',
    content: { 'application/json': { schema: ReconResults } },
  },
  ...errors({
    '400': 'A malformed batch',
    '404': 'Unknown dataset',
    '413': 'The body is too large',
    '415': 'Neither a form nor JSON',
    '503': 'The index is still being built, or no list is loaded to screen against',
  }),
  ...ACCESS_ERRORS,
};

function reconcilePath() {
  const parameters = [apiKey];
  return {
    get: {
      summary: 'W3C Reconciliation Service API (v0.2) manifest, for OpenRefine',
      parameters,
      responses: {
        '200': { description: 'The service manifest' },
        ...errors({ '404': 'Unknown dataset' }),
        ...ACCESS_ERRORS,
      },
    },
    post: {
      summary: 'Reconcile a batch of queries: candidates scored 0 to 100',
      parameters,
      requestBody: reconcileBody,
      responses: reconcileResponses,
    },
  };
}

export const RECONCILE_PATHS = {
  '/reconcile': reconcilePath(),
  '/reconcile/{dataset}': reconcilePath(),
};

export const SECURITY_SCHEMES = {
  bearer: { type: 'http', scheme: 'bearer', description: '`Authorization: Bearer <key>`' },
  apiKey: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description: '`Authorization: ApiKey <key>`, as yente clients send it',
  },
};
