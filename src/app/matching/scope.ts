/**
 * The datasets a request searches: the one in the path (`default` meaning every loaded dataset),
 * narrowed by `include_dataset` (intersection) and `exclude_dataset` (difference), as yente does.
 */
import { DossierError } from '../../core/errors/index.js';
import { unknownNameMessage } from '../../core/suggest/index.js';
import type { Catalog } from './service.js';

/** The collection of every loaded dataset, as yente's clients name it. */
export const DEFAULT_SCOPE = 'default';

export class UnknownDataset extends DossierError {
  override readonly name = 'UnknownDataset';
  readonly code = 'not_found';
  constructor(name: string, known: readonly string[]) {
    super(
      `${unknownNameMessage('dataset', name, [DEFAULT_SCOPE, ...known], 'loaded')}` +
        ' (a dataset ingested moments ago appears once the index is refreshed)',
    );
  }
}

/** Null means "no dataset filter", which the matcher skips entirely. */
export function datasetScope(
  catalog: Pick<Catalog, 'datasets'>,
  dataset: string,
  include: readonly string[] = [],
  exclude: readonly string[] = [],
): ReadonlySet<string> | null {
  const known = catalog.datasets.map((d) => d.dataset);
  if (dataset !== DEFAULT_SCOPE && !known.includes(dataset)) {
    throw new UnknownDataset(dataset, known);
  }
  if (dataset === DEFAULT_SCOPE && include.length === 0 && exclude.length === 0) return null;
  let scope = dataset === DEFAULT_SCOPE ? known : [dataset];
  if (include.length > 0) scope = scope.filter((d) => include.includes(d));
  return new Set(scope.filter((d) => !exclude.includes(d)));
}
