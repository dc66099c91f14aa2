/**
 * Every endpoint's parameters and body, defined once with TypeBox: the routes validate requests
 * with these schemas and the OpenAPI document is generated from them (openapi-params.ts), so the
 * constraints it states are the ones enforced. `ENDPOINTS` lists them by `METHOD /path`, in the
 * document's path syntax; a test holds it, the document and the router to the same routes.
 */
import type { TObject, TSchema } from 'typebox';
import { DECISION_BODY, MATCH_BODY, RECON_BATCH } from './bodies.js';
import {
  CASE_PATH,
  CASE_SEARCH_QUERY,
  CLAIMS_QUERY,
  DOCUMENT_PATH,
  DOCUMENTS_QUERY,
  MENTIONS_QUERY,
  NOTE_BODY,
  NOTE_PATH,
  NOTES_QUERY,
  PAGE_PATH,
  REPORT_QUERY,
  TAG_PATH,
} from './cases.js';
import {
  AUDIT_EXPORT_QUERY,
  AUDIT_VERIFY_QUERY,
  DECISIONS_QUERY,
  JOB_PATH,
  RESULTS_QUERY,
  SUBMIT_QUERY,
} from './jobs.js';
import { NEIGHBOURS_QUERY, NODE_PATH, OWNERS_QUERY, PATHS_QUERY } from './network.js';
import { NO_QUERY } from './query.js';
import { DOCUMENT_SEARCH_QUERY } from './review.js';
import {
  DATASET_PATH,
  ENTITY_PATH,
  ENTITY_QUERY,
  MATCH_QUERY,
  RECONCILE_PATH,
  RECONCILE_QUERY,
  SEARCH_QUERY,
} from './screening.js';

export * from './bodies.js';
export * from './cases.js';
export { checkBody, validatorFor } from './check.js';
export * from './jobs.js';
export * from './network.js';
export { DOCUMENT_SEARCH_QUERY };
export { list, NO_QUERY, query } from './query.js';
export * from './screening.js';

export interface EndpointSchemas {
  path?: TObject;
  query: TObject;
  /** A JSON body's schema; bodies of other kinds (an uploaded file) are described in prose. */
  body?: TSchema;
}

export const ENDPOINTS: Record<string, EndpointSchemas> = {
  'POST /match/{dataset}': { path: DATASET_PATH, query: MATCH_QUERY, body: MATCH_BODY },
  'GET /search/documents': { query: DOCUMENT_SEARCH_QUERY },
  'GET /search/{dataset}': { path: DATASET_PATH, query: SEARCH_QUERY },
  'GET /entities/{entity_id}': { path: ENTITY_PATH, query: ENTITY_QUERY },
  'GET /entities/{entity_id}/history': { path: ENTITY_PATH, query: NO_QUERY },
  'GET /entities/{entity_id}/exposure': { path: ENTITY_PATH, query: NO_QUERY },
  'GET /entities/{entity_id}/relations': { path: ENTITY_PATH, query: NO_QUERY },
  'GET /entities/{entity_id}/decisions': { path: ENTITY_PATH, query: NO_QUERY },
  'GET /reconcile': { query: NO_QUERY },
  'POST /reconcile': { query: RECONCILE_QUERY, body: RECON_BATCH },
  'GET /reconcile/{dataset}': { path: RECONCILE_PATH, query: NO_QUERY },
  'POST /reconcile/{dataset}': { path: RECONCILE_PATH, query: RECONCILE_QUERY, body: RECON_BATCH },
  'POST /screen/jobs': { query: SUBMIT_QUERY },
  'GET /screen/jobs': { query: NO_QUERY },
  'GET /screen/jobs/{job_id}': { path: JOB_PATH, query: NO_QUERY },
  'DELETE /screen/jobs/{job_id}': { path: JOB_PATH, query: NO_QUERY },
  'GET /screen/jobs/{job_id}/results': { path: JOB_PATH, query: RESULTS_QUERY },
  'GET /screen/jobs/{job_id}/report': { path: JOB_PATH, query: NO_QUERY },
  'GET /screen/jobs/{job_id}/held': { path: JOB_PATH, query: NO_QUERY },
  'GET /screen/jobs/{job_id}/audit': { path: JOB_PATH, query: NO_QUERY },
  'POST /decisions': { query: NO_QUERY, body: DECISION_BODY },
  'GET /decisions': { query: DECISIONS_QUERY },
  'GET /audit/export': { query: AUDIT_EXPORT_QUERY },
  'GET /audit/verify': { query: AUDIT_VERIFY_QUERY },
  'GET /cases': { query: NO_QUERY },
  'GET /cases/{case}/documents': { path: CASE_PATH, query: DOCUMENTS_QUERY },
  'GET /cases/{case}/documents/{document_id}': { path: DOCUMENT_PATH, query: NO_QUERY },
  'GET /cases/{case}/documents/{document_id}/pages/{page}/image': {
    path: PAGE_PATH,
    query: NO_QUERY,
  },
  'GET /cases/{case}/search': { path: CASE_PATH, query: CASE_SEARCH_QUERY },
  'GET /cases/{case}/mentions': { path: CASE_PATH, query: MENTIONS_QUERY },
  'GET /cases/{case}/claims': { path: CASE_PATH, query: CLAIMS_QUERY },
  'GET /network/{id}/neighbours': { path: NODE_PATH, query: NEIGHBOURS_QUERY },
  'GET /network/{id}/owners': { path: NODE_PATH, query: OWNERS_QUERY },
  'GET /network/paths': { query: PATHS_QUERY },
  'GET /cases/{case}/notes': { path: CASE_PATH, query: NOTES_QUERY },
  'POST /cases/{case}/notes': { path: CASE_PATH, query: NO_QUERY, body: NOTE_BODY },
  'POST /cases/{case}/notes/{note_id}/retract': { path: NOTE_PATH, query: NO_QUERY },
  'PUT /cases/{case}/documents/{document_id}/tags/{tag}': { path: TAG_PATH, query: NO_QUERY },
  'DELETE /cases/{case}/documents/{document_id}/tags/{tag}': { path: TAG_PATH, query: NO_QUERY },
  'GET /cases/{case}/report': { path: CASE_PATH, query: REPORT_QUERY },
  'GET /catalog': { query: NO_QUERY },
  'GET /algorithms': { query: NO_QUERY },
  'GET /session': { query: NO_QUERY },
  'GET /healthz': { query: NO_QUERY },
  'GET /readyz': { query: NO_QUERY },
  'GET /openapi.json': { query: NO_QUERY },
  'GET /': { query: NO_QUERY },
};
