/**
 * The services every front end uses. Open them with `openDossier`; the folders hold the matching
 * and screening services, the files beside them ingest and update the lists.
 */
export { type Dossier, type DossierOptions, openDossier } from './dossier/index.js';
export {
  checkDatasetName,
  type IngestRequest,
  type IngestSummary,
  ingest,
} from './ingest.js';
export { loadMatcherTools } from './matcher-tools.js';
export {
  type MatchRequest,
  MatchService,
  NoListsLoaded,
  prepareMatch,
  queryResponseJson,
  requireLists,
  screenedLists,
} from './matching/index.js';
export { PUBLISHED_LISTS, type PublishedList } from './publishers.js';
export { type UpdateResult, update } from './update.js';
