/**
 * The OpenAPI description of what the entity page reads beside the entity (issue 13); parameters
 * are filled in from their schemas in openapi.ts.
 */
import { ACCESS_ERRORS } from './openapi-reconcile.js';

const text = { type: 'string' };
const nullable = (type: string) => ({ type: [type, 'null'] });
const json = (schema: object) => ({
  description: 'OK',
  content: { 'application/json': { schema } },
});
const unknownEntity = {
  '404': {
    description: 'No entity with this ID in the lists (nor, for exposure, in the network)',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
};
const seen = {
  type: ['object', 'null'],
  properties: { dataset: text, version: { type: 'integer' }, loaded_at: text },
};
const values = {
  type: ['array', 'null'],
  description: 'Null where the store no longer keeps both versions (it keeps the last two)',
  items: { type: 'object', properties: { prop: text, value: text } },
};

const History = {
  type: 'object',
  properties: {
    entity: text,
    first_seen: seen,
    last_seen: seen,
    datasets: { type: 'array', items: { type: 'object' } },
    timeline: {
      type: 'array',
      description: 'Every change between list versions, newest first',
      items: {
        type: 'object',
        properties: {
          dataset: text,
          version: { type: 'integer' },
          loaded_at: text,
          published: nullable('string'),
          change: { type: 'string', enum: ['added', 'removed', 'modified'] },
          props: { type: 'array', items: text },
          added: values,
          removed: values,
        },
      },
    },
  },
};

const Exposure = {
  type: 'object',
  properties: {
    entity: text,
    state: {
      type: 'string',
      enum: ['computed', 'no_ownership_data', 'not_in_network'],
      description:
        'Only "computed" gives verdicts: without ownership data nothing is "not exposed"',
    },
    detail: text,
    node: nullable('string'),
    caption: nullable('string'),
    jurisdictions: {
      type: ['object', 'null'],
      description:
        'us, eu and uk: exposed (true, false or null), status, share (a fraction of one, or null ' +
        'with range), listed, controlled, and chains of edges each with its provenance',
    },
  },
};

export const ENTITY_PATHS = {
  '/entities/{entity_id}/history': {
    get: {
      summary: 'First and last seen (list versions) and the changes between list versions',
      responses: { '200': json(History), ...unknownEntity, ...ACCESS_ERRORS },
    },
  },
  '/entities/{entity_id}/exposure': {
    get: {
      summary: 'Sanctions exposure under the US, EU and UK rules, each with its ownership chains',
      responses: { '200': json(Exposure), ...unknownEntity, ...ACCESS_ERRORS },
    },
  },
  '/entities/{entity_id}/relations': {
    get: {
      summary: 'Relations in the network per type: the count and the first five with sources',
      responses: { '200': json({ type: 'object' }), ...unknownEntity, ...ACCESS_ERRORS },
    },
  },
  '/entities/{entity_id}/decisions': {
    get: {
      summary: 'Screening decisions on hits whose candidate is this entity (screen role)',
      responses: { '200': json({ type: 'object' }), ...ACCESS_ERRORS },
    },
  },
};
