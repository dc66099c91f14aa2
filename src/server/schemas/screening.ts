/**
 * The query and path parameters of yente's endpoints (match, search, entities) and of
 * reconciliation, defined once: routes parse requests with them, openapi.ts documents them.
 */
import { Type } from 'typebox';
import { algorithm, list, query, threshold } from './query.js';

export const DATASET_PATH = Type.Object({
  dataset: Type.String({
    description: 'A dataset name given at ingest, or `default` for every loaded dataset.',
  }),
});

/** The filters `/match` and `/search` share, with yente's names and formats. */
export const FILTER_PROPERTIES = {
  include_dataset: list('Only these datasets (intersected with the path scope).'),
  exclude_dataset: list('Not these datasets.'),
  exclude_schema: list('Not entities of these schemata.'),
  topics: list('Only entities with one of these topics, e.g. sanction.'),
  changed_since: Type.Optional(
    Type.String({
      pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?$',
      examples: ['2024-01-31', '2024-01-31T12:00:00'],
      description: 'Only entities changed after this date or time.',
    }),
  ),
};

export const FILTER_QUERY = query(FILTER_PROPERTIES);

/** yente's search options that Dossier takes and reports as ignored (see routes/filters.ts). */
const fuzzy = Type.Boolean({
  default: false,
  description:
    'yente: allow fuzzy query syntax. Taken and reported as ignored when true: ' +
    'names are always compared across spellings and scripts.',
});

export const MATCH_QUERY = query({
  ...FILTER_PROPERTIES,
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 5, description: 'Results per query.' }),
  threshold: threshold(),
  cutoff: Type.Number({
    minimum: 0,
    maximum: 1,
    default: 0,
    deprecated: true,
    description:
      'Deprecated in yente but still sent by older clients: results scoring at or below it ' +
      'are left out; above the threshold, it counts as the threshold.',
  }),
  algorithm,
  exclude_entity_ids: list('Suppress these entity IDs.', 50),
  // Not one of yente's /match parameters, but yente passes over unknown ones and clients that
  // share settings between /search and /match send it.
  fuzzy,
});

export const SEARCH_QUERY = query({
  ...FILTER_PROPERTIES,
  q: Type.String({
    pattern: '\\S',
    description: 'The name to look for.',
    'x-error': 'q must not be empty',
  }),
  schema: Type.String({ default: 'Thing', description: 'Only entities of this schema.' }),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 10 }),
  offset: Type.Integer({ minimum: 0, maximum: 9499, default: 0 }),
  countries: list('Only entities with one of these country codes.'),
  facets: list(
    "Facets to count: countries, topics, datasets (the default) and schema. yente's " +
      'identifiers and genders are taken and reported as ignored.',
    10,
  ),
  datasets: list('yente: only entities in one of these datasets (as include_dataset).'),
  target: Type.Optional(
    Type.Boolean({
      description: 'yente (deprecated): only targets (true) or non-targets (false).',
    }),
  ),
  fuzzy,
  simple: Type.Boolean({
    default: false,
    description: 'yente: simple query syntax. Taken and reported as ignored when true.',
  }),
  filter: list('yente: `field:value` property filters. Taken and reported as ignored.'),
  sort: list('yente: sort criteria. Taken and reported as ignored: results are by score.'),
  filter_op: Type.Enum(['OR', 'AND'], {
    type: 'string',
    default: 'OR',
    description: 'yente: how several values of one filter combine. AND is reported as ignored.',
  }),
});

export const ENTITY_PATH = Type.Object({ entity_id: Type.String() });

export const ENTITY_QUERY = query({
  nested: Type.Boolean({
    default: true,
    description: 'Inline the adjacent entities (addresses, sanctions, owners).',
  }),
});

export const RECONCILE_PATH = Type.Object({
  dataset: Type.String({
    description: 'A dataset name, or `default` for every loaded dataset (`/reconcile` alone).',
  }),
});

export const RECONCILE_QUERY = query({ threshold: threshold(), algorithm });
