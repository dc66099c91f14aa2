/**
 * The handlers of every route, one file per group; `router.ts` maps paths and methods to them.
 */
export {
  algorithmsRoute,
  catalogRoute,
  healthzRoute,
  indexRoute,
  openapiRoute,
  readyzRoute,
} from './admin.js';
export { auditExportRoute, auditVerifyRoute } from './audit.js';
export {
  caseClaimsRoute,
  caseDocumentRoute,
  caseDocumentsRoute,
  caseMentionsRoute,
  caseSearchRoute,
  casesRoute,
  pageImageRoute,
} from './cases.js';
export {
  addNoteRoute,
  caseNotesRoute,
  caseReportRoute,
  deleteTagRoute,
  putTagRoute,
  retractNoteRoute,
} from './case-notes.js';
export { decideRoute, decisionsRoute } from './decisions.js';
export { documentSearchRoute } from './document-search.js';
export { entityRoute } from './entities.js';
export {
  entityDecisionsRoute,
  entityExposureRoute,
  entityHistoryRoute,
  entityRelationsRoute,
} from './entities-profile.js';
export { reportRoute, resultsRoute } from './job-downloads.js';
export { heldRoute, jobAuditRoute } from './job-review.js';
export { deleteJobRoute, jobRoute, listJobsRoute, submitJobRoute } from './jobs.js';
export { matchRoute } from './match.js';
export { MAX_BATCH } from './match-body.js';
export { neighboursRoute, ownersRoute, pathsRoute } from './network.js';
export { manifestRoute, reconcileRoute } from './reconcile.js';
export { searchRoute } from './search.js';
export { sessionRoute } from './session.js';
