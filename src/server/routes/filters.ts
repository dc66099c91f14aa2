/** The filters `/match` and `/search` share, with yente's parameter names and formats. */
import type { Catalog } from '../../app/match-service.js';
import type { MatchOptions } from '../../core/matching/index.js';
import { schemaNamed } from '../../core/model/index.js';
import { BadRequest } from '../errors.js';
import type { Params } from '../params.js';
import type { FILTER_QUERY } from '../schemas/index.js';
import { datasetScope } from '../scope.js';

export type FilterParams = Params<typeof FILTER_QUERY>;

/** A misspelt schema would exclude nothing without a word: refuse it instead. */
export function schemaNames(param: string, names: readonly string[]): Set<string> {
  for (const name of names) {
    if (!schemaNamed(name)) throw new BadRequest(`${param}: unknown schema "${name}"`);
  }
  return new Set(names);
}

export function filterOptions(
  catalog: Catalog,
  dataset: string,
  params: FilterParams,
): Pick<MatchOptions, 'datasets' | 'excludeSchemata' | 'topics' | 'changedSince'> {
  return {
    datasets: datasetScope(catalog, dataset, params.include_dataset, params.exclude_dataset),
    excludeSchemata: schemaNames('exclude_schema', params.exclude_schema),
    topics: new Set(params.topics),
    changedSince: params.changed_since,
  };
}
