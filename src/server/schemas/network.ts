/**
 * The path and query parameters of the network endpoints (issue 12's neighbourhoods, paths and
 * ownership trees, for the web workbench's network view), defined once: routes parse requests
 * with them, openapi-network.ts documents them.
 */
import { Type } from 'typebox';
import { MAX_HOPS, MAX_NEIGHBOURS, MAX_OWNER_DEPTH } from '../../app/network/index.js';
import { EDGE_TYPES } from '../../store/graph/index.js';
import { query } from './query.js';

export const NODE_PATH = Type.Object({
  id: Type.String({
    description: 'A node id, or the list entity id it stands for (`ofac-46431`).',
  }),
});

const at = Type.Optional(
  Type.String({
    pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
    examples: ['2024-06-30'],
    description:
      'Only edges that held on this day (begun by then, not ended before). Exposure stays as of today.',
  }),
);

export const NEIGHBOURS_QUERY = query({
  relation: Type.Array(Type.String(), {
    description: `Only these relation types (${EDGE_TYPES.join(', ')}), comma-separated or repeated; all when absent.`,
    default: [],
    maxItems: EDGE_TYPES.length,
  }),
  limit: Type.Integer({
    minimum: 1,
    maximum: MAX_NEIGHBOURS,
    default: 20,
    description: 'At most this many neighbours per relation type; `more` counts the rest.',
  }),
  at,
});

export const PATHS_QUERY = query({
  from: Type.String({ minLength: 1, description: 'Where paths start: a node or list entity id.' }),
  to: Type.Optional(
    Type.String({
      minLength: 1,
      description: 'Where paths end; when absent, paths lead to every listed party within reach.',
    }),
  ),
  hops: Type.Integer({
    minimum: 1,
    maximum: MAX_HOPS,
    default: 3,
    description: 'At most this many edges.',
  }),
});

export const OWNERS_QUERY = query({
  depth: Type.Integer({
    minimum: 1,
    maximum: MAX_OWNER_DEPTH,
    default: 3,
    description: 'Levels of owners above the party.',
  }),
  at,
});
