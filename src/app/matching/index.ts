/**
 * Matching, as every front end uses it: the index built from the store (and rebuilt when lists
 * change), a request turned into the matcher's options, the dataset scope, and the answers shaped
 * as yente's clients read them. `dossier match`, the HTTP API and screening runs all go through
 * here, so that the same request gets the same answer everywhere.
 *
 * @example
 * ```ts
 * const service = new MatchService(store, await loadMatcherTools());
 * await service.refresh();
 * const index = { matcher: service.matcher, catalog: service.catalog! };
 * const request = { dataset: 'default', limit: 5, threshold: 0.7, algorithm: 'best' };
 * const example = { schema: 'Person', properties: { name: ['Vladimir Putin'] } };
 * const outcome = prepareMatch(index, request).run(example);
 * console.log(queryResponseJson(example, outcome, screenedLists(index.catalog, null)));
 * ```
 */
export {
  type EntityJson,
  entityJson,
  type QueryResponseJson,
  queryResponseJson,
  type ResultJson,
  DESIGNATION_RULE,
  type DesignationJson,
  resultJson,
  topExplanation,
} from './render.js';
export {
  type EntityDesignationJson,
  type EntityDesignationMember,
  entityDesignation,
} from './entity-designation.js';
export {
  type AlgorithmUsed,
  type MatchIndex,
  type MatchRequest,
  matchOptions,
  type PreparedMatch,
  prepareMatch,
} from './request.js';
export {
  HOW_TO_LOAD,
  type ListVersionJson,
  listsProblem,
  NoListsLoaded,
  notBuiltReason,
  rebuildFailedJson,
  requireLists,
  screenedLists,
} from './readiness.js';
export { DEFAULT_SCOPE, datasetScope, UnknownDataset } from './scope.js';
export {
  type Catalog,
  type IndexFailure,
  type IndexLoad,
  MatchService,
  type SplitSource,
} from './service.js';
export { sharedSnapshot } from './shared-snapshot.js';
export { readSnapshotFile, snapshotKeyFor, snapshotPath } from './snapshot-file.js';
export { writeIndexSnapshot } from './snapshot-build.js';
