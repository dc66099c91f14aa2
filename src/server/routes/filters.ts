/** The filters `/match` and `/search` share, with yente's parameter names and formats. */
import type { MatchRequest } from '../../app/matching/index.js';
import { unknownSchemaMessage } from '../../core/matching/index.js';
import { schemaNamed } from '../../core/model/index.js';
import { BadRequest } from '../errors.js';
import type { Params } from '../params.js';
import type { FILTER_QUERY } from '../schemas/index.js';

export type FilterParams = Params<typeof FILTER_QUERY>;

/** A misspelt schema would exclude nothing without a word: refuse it instead. */
export function schemaNames(param: string, names: readonly string[]): Set<string> {
  for (const name of names) {
    if (!schemaNamed(name)) throw new BadRequest(`${param}: ${unknownSchemaMessage(name)}`);
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
