/**
 * The OpenAPI description of the network endpoints (issue 12, for the workbench's network view),
 * kept apart from openapi.ts; parameters are filled in from their schemas there.
 */
import { ACCESS_ERRORS } from './openapi-reconcile.js';

const errorBody = {
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};
const errors = (entries: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(entries).map(([code, d]) => [code, { description: d, ...errorBody }]),
  );
const json = (schema: object) => ({
  description: 'OK',
  content: { 'application/json': { schema } },
});
const text = { type: 'string' };
const nullable = (type: string) => ({ type: [type, 'null'] });
const exposureOne = {
  type: 'object',
  properties: {
    exposed: { type: ['boolean', 'null'] },
    status: text,
    share: { ...nullable('number'), description: 'Held by listed owners, a fraction of one' },
    range: { type: 'object', properties: { low: { type: 'number' }, high: { type: 'number' } } },
    controlled: { type: 'boolean' },
  },
};
const Node = {
  type: 'object',
  properties: {
    id: text,
    name: text,
    schema: text,
    entityId: nullable('string'),
    listed: { type: 'boolean' },
    exposure: {
      type: ['object', 'null'],
      description: 'Per jurisdiction (us, eu, uk), as of today; null without any ownership loaded',
      properties: { us: exposureOne, eu: exposureOne, uk: exposureOne },
    },
  },
};
const Edge = {
  type: 'object',
  properties: {
    id: text,
    type: text,
    source: text,
    target: text,
    sourceCaption: text,
    targetCaption: text,
    percentage: nullable('number'),
    percentageLow: nullable('number'),
    percentageHigh: nullable('number'),
    startDate: nullable('string'),
    endDate: nullable('string'),
    provenance: { type: 'object', description: 'A list statement or a document mention' },
  },
};
const notFound = errors({
  '400': 'An unknown parameter, relation or malformed date',
  '404': 'No such party in the network, or a server without a network',
});

export const NETWORK_PATHS = {
  '/network/{id}/neighbours': {
    get: {
      summary: "A party's neighbours by relation type, each type capped with how many more",
      responses: {
        '200': json({
          type: 'object',
          properties: {
            entity: text,
            at: nullable('string'),
            centre: Node,
            nodes: { type: 'array', items: Node },
            edges: { type: 'array', items: Edge },
            groups: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  type: text,
                  total: { type: 'integer' },
                  shown: { type: 'integer' },
                  more: { type: 'integer' },
                },
              },
            },
          },
        }),
        ...notFound,
        ...ACCESS_ERRORS,
      },
    },
  },
  '/network/{id}/owners': {
    get: {
      summary: 'The ownership tree above a party, with the share and source of each holding',
      responses: {
        '200': json({
          type: 'object',
          properties: {
            entity: text,
            depth: { type: 'integer' },
            at: nullable('string'),
            truncated: { type: 'boolean' },
            tree: {
              type: 'object',
              description:
                '{node, owners: [{edge, owner (a tree), cycle}], more}; a cycle is not followed',
            },
          },
        }),
        ...notFound,
        ...ACCESS_ERRORS,
      },
    },
  },
  '/network/paths': {
    get: {
      summary:
        'The shortest and all simple paths between two parties, or to every listed party in reach',
      responses: {
        '200': json({
          type: 'object',
          properties: {
            from: text,
            to: nullable('string'),
            hops: { type: 'integer' },
            shortest: { type: ['object', 'null'] },
            paths: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  hops: { type: 'integer' },
                  nodes: { type: 'array', items: { type: 'object' } },
                  edges: { type: 'array', items: Edge },
                },
              },
            },
            truncated: { type: 'boolean' },
          },
        }),
        ...notFound,
        ...ACCESS_ERRORS,
      },
    },
  },
};
