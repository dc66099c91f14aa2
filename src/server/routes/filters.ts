/** The filters `/match` and `/search` share, with yente's parameter names and formats. */
import type { MatchRequest } from '../../app/matching/index.js';
import { schemaNamed } from '../../core/model/index.js';
import { BadRequest } from '../errors.js';
import type { Params, ParamSpec } from '../params.js';

export const CHANGED_SINCE = /^\d{4}-\d{2}-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?$/;

export const FILTER_PARAMS = {
  include_dataset: { kind: 'list' },
  exclude_dataset: { kind: 'list' },
  exclude_schema: { kind: 'list' },
  topics: { kind: 'list' },
  changed_since: {
    kind: 'text',
    default: null,
    pattern: CHANGED_SINCE,
    example: '2024-01-31 or 2024-01-31T12:00:00',
  },
} as const satisfies Record<string, ParamSpec>;

export type FilterParams = Params<typeof FILTER_PARAMS>;

/** A misspelt schema would exclude nothing without a word: refuse it instead. */
export function schemaNames(param: string, names: readonly string[]): Set<string> {
  for (const name of names) {
    if (!schemaNamed(name)) throw new BadRequest(`${param}: unknown schema "${name}"`);
  }
  return new Set(names);
}

/** The filters as the matching service reads them; it checks them against the index. */
export function filterRequest(dataset: string, params: FilterParams) {
  return {
    dataset,
    includeDatasets: params.include_dataset,
    excludeDatasets: params.exclude_dataset,
    excludeSchemata: params.exclude_schema,
    topics: params.topics,
    changedSince: params.changed_since,
  } satisfies Partial<MatchRequest>;
}
