/**
 * The route table: method and path pattern to handler, with the role each route needs. Path
 * captures are percent-decoded here, so that handlers see entity IDs and dataset names as they are.
 */
import type { Role } from '../auth/index.js';
import type { Handler } from './context.js';
import type { BodyKind } from './cross-site.js';
import { BadRequest, MethodNotAllowed, NotFound } from './errors.js';
import {
  addNoteRoute,
  caseNotesRoute,
  caseReportRoute,
  deleteTagRoute,
  putTagRoute,
  retractNoteRoute,
  algorithmsRoute,
  auditExportRoute,
  auditVerifyRoute,
  caseClaimsRoute,
  caseDocumentRoute,
  caseDocumentsRoute,
  caseMentionsRoute,
  caseSearchRoute,
  casesRoute,
  catalogRoute,
  decideRoute,
  decisionsRoute,
  deleteJobRoute,
  documentSearchRoute,
  entityDecisionsRoute,
  entityExposureRoute,
  entityHistoryRoute,
  entityRelationsRoute,
  entityRoute,
  healthzRoute,
  heldRoute,
  indexRoute,
  jobAuditRoute,
  jobRoute,
  listJobsRoute,
  manifestRoute,
  matchRoute,
  neighboursRoute,
  openapiRoute,
  ownersRoute,
  pageImageRoute,
  pathsRoute,
  readyzRoute,
  reconcileRoute,
  reportRoute,
  resultsRoute,
  searchRoute,
  sessionRoute,
  submitJobRoute,
} from './routes/index.js';

/** Who may call a route: null means anyone, even without a key (health probes). */
export interface Access {
  role: Role | null;
  /**
   * Whether the key may also come as `?api_key=`: only for /reconcile, because OpenRefine cannot
   * send headers to a reconciliation service.
   */
  keyInQuery: boolean;
}

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  pattern: RegExp;
  handler: Handler;
  access: Access;
  /** What the body is read as: the content types a form can send are refused unless 'form'. */
  body?: BodyKind;
}

const PUBLIC: Access = { role: null, keyInQuery: false };
const READ: Access = { role: 'read', keyInQuery: false };
const SCREEN: Access = { role: 'screen', keyInQuery: false };
const ADMIN: Access = { role: 'admin', keyInQuery: false };
const RECONCILE_READ: Access = { role: 'read', keyInQuery: true };
const RECONCILE_SCREEN: Access = { role: 'screen', keyInQuery: true };

/** What the entity page reads beside the entity; decisions only for roles that may screen. */
const ENTITY_PAGE_ROUTES: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/entities\/([^/]+)\/history$/,
    handler: entityHistoryRoute,
    access: READ,
  },
  {
    method: 'GET',
    pattern: /^\/entities\/([^/]+)\/exposure$/,
    handler: entityExposureRoute,
    access: READ,
  },
  {
    method: 'GET',
    pattern: /^\/entities\/([^/]+)\/relations$/,
    handler: entityRelationsRoute,
    access: READ,
  },
  {
    method: 'GET',
    pattern: /^\/entities\/([^/]+)\/decisions$/,
    handler: entityDecisionsRoute,
    access: SCREEN,
  },
];

export const ROUTES: readonly Route[] = [
  {
    method: 'POST',
    pattern: /^\/match\/([^/]+)$/,
    handler: matchRoute,
    access: SCREEN,
    body: 'json',
  },
  // Before /search/{dataset}: a list named "documents" is not searched by name here.
  {
    method: 'GET',
    pattern: /^\/search\/documents$/,
    handler: documentSearchRoute,
    access: READ,
  },
  { method: 'GET', pattern: /^\/search\/([^/]+)$/, handler: searchRoute, access: READ },
  { method: 'GET', pattern: /^\/entities\/([^/]+)$/, handler: entityRoute, access: READ },
  ...ENTITY_PAGE_ROUTES,
  {
    method: 'GET',
    pattern: /^\/reconcile(?:\/([^/]+))?$/,
    handler: manifestRoute,
    access: RECONCILE_READ,
  },
  {
    method: 'POST',
    pattern: /^\/reconcile(?:\/([^/]+))?$/,
    handler: reconcileRoute,
    access: RECONCILE_SCREEN,
    body: 'form',
  },
  {
    method: 'POST',
    pattern: /^\/screen\/jobs$/,
    handler: submitJobRoute,
    access: SCREEN,
    body: 'file',
  },
  { method: 'GET', pattern: /^\/screen\/jobs$/, handler: listJobsRoute, access: SCREEN },
  { method: 'GET', pattern: /^\/screen\/jobs\/([^/]+)$/, handler: jobRoute, access: SCREEN },
  {
    method: 'DELETE',
    pattern: /^\/screen\/jobs\/([^/]+)$/,
    handler: deleteJobRoute,
    access: SCREEN,
  },
  {
    method: 'GET',
    pattern: /^\/screen\/jobs\/([^/]+)\/results$/,
    handler: resultsRoute,
    access: SCREEN,
  },
  {
    method: 'GET',
    pattern: /^\/screen\/jobs\/([^/]+)\/report$/,
    handler: reportRoute,
    access: SCREEN,
  },
  {
    method: 'GET',
    pattern: /^\/screen\/jobs\/([^/]+)\/held$/,
    handler: heldRoute,
    access: SCREEN,
  },
  {
    method: 'GET',
    pattern: /^\/screen\/jobs\/([^/]+)\/audit$/,
    handler: jobAuditRoute,
    access: SCREEN,
  },
  { method: 'POST', pattern: /^\/decisions$/, handler: decideRoute, access: SCREEN, body: 'json' },
  { method: 'GET', pattern: /^\/decisions$/, handler: decisionsRoute, access: SCREEN },
  { method: 'GET', pattern: /^\/audit\/export$/, handler: auditExportRoute, access: ADMIN },
  { method: 'GET', pattern: /^\/audit\/verify$/, handler: auditVerifyRoute, access: ADMIN },
  { method: 'GET', pattern: /^\/cases$/, handler: casesRoute, access: READ },
  {
    method: 'GET',
    pattern: /^\/cases\/([^/]+)\/documents$/,
    handler: caseDocumentsRoute,
    access: READ,
  },
  {
    method: 'GET',
    pattern: /^\/cases\/([^/]+)\/documents\/([^/]+)$/,
    handler: caseDocumentRoute,
    access: READ,
  },
  {
    method: 'GET',
    pattern: /^\/cases\/([^/]+)\/documents\/([^/]+)\/pages\/([^/]+)\/image$/,
    handler: pageImageRoute,
    access: READ,
  },
  { method: 'GET', pattern: /^\/cases\/([^/]+)\/search$/, handler: caseSearchRoute, access: READ },
  {
    method: 'GET',
    pattern: /^\/cases\/([^/]+)\/mentions$/,
    handler: caseMentionsRoute,
    access: READ,
  },
  { method: 'GET', pattern: /^\/cases\/([^/]+)\/claims$/, handler: caseClaimsRoute, access: READ },
  { method: 'GET', pattern: /^\/network\/paths$/, handler: pathsRoute, access: READ },
  {
    method: 'GET',
    pattern: /^\/network\/([^/]+)\/neighbours$/,
    handler: neighboursRoute,
    access: READ,
  },
  { method: 'GET', pattern: /^\/network\/([^/]+)\/owners$/, handler: ownersRoute, access: READ },
  // Notes and tags are a reviewer's acts, recorded in the audit trail: screen, as decisions are.
  { method: 'GET', pattern: /^\/cases\/([^/]+)\/notes$/, handler: caseNotesRoute, access: READ },
  {
    method: 'POST',
    pattern: /^\/cases\/([^/]+)\/notes$/,
    handler: addNoteRoute,
    access: SCREEN,
    body: 'json',
  },
  {
    method: 'POST',
    pattern: /^\/cases\/([^/]+)\/notes\/([^/]+)\/retract$/,
    handler: retractNoteRoute,
    access: SCREEN,
  },
  {
    method: 'PUT',
    pattern: /^\/cases\/([^/]+)\/documents\/([^/]+)\/tags\/([^/]+)$/,
    handler: putTagRoute,
    access: SCREEN,
  },
  {
    method: 'DELETE',
    pattern: /^\/cases\/([^/]+)\/documents\/([^/]+)\/tags\/([^/]+)$/,
    handler: deleteTagRoute,
    access: SCREEN,
  },
  { method: 'GET', pattern: /^\/cases\/([^/]+)\/report$/, handler: caseReportRoute, access: READ },
  { method: 'GET', pattern: /^\/catalog$/, handler: catalogRoute, access: READ },
  { method: 'GET', pattern: /^\/algorithms$/, handler: algorithmsRoute, access: READ },
  { method: 'GET', pattern: /^\/session$/, handler: sessionRoute, access: READ },
  { method: 'GET', pattern: /^\/healthz$/, handler: healthzRoute, access: PUBLIC },
  { method: 'GET', pattern: /^\/readyz$/, handler: readyzRoute, access: PUBLIC },
  { method: 'GET', pattern: /^\/openapi\.json$/, handler: openapiRoute, access: READ },
  { method: 'GET', pattern: /^\/$/, handler: indexRoute, access: READ },
];

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new BadRequest(`malformed percent-encoding in the path: ${segment}`);
  }
}

/** The handler for a request line, with its decoded captures; 404 or 405 otherwise. */
export function route(
  method: string,
  path: string,
): { handler: Handler; captures: string[]; access: Access; body: BodyKind | null } {
  const allowed: string[] = [];
  for (const r of ROUTES) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    // HEAD is not served: yente's clients do not use it, and a body-less GET is not worth a branch.
    if (r.method === method) {
      // An optional capture that did not match (/reconcile) is left out.
      const captures = m.slice(1).filter((c) => c !== undefined);
      const body = r.body ?? null;
      return { handler: r.handler, captures: captures.map(decode), access: r.access, body };
    }
    allowed.push(r.method);
  }
  if (allowed.length > 0) throw new MethodNotAllowed(allowed);
  throw new NotFound(`no route for ${path}`);
}
