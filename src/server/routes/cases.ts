/**
 * Cases and their documents over HTTP, for the web workbench's document views: the cases, a
 * case's documents with their status (or only the failed ones, each with its reason), one
 * document with its places and each page's text, a page's picture, full-text search, mentions and
 * claims. Each answer comes from the documents service the command line calls, in the shapes of
 * `--json` (src/app/documents/json.ts).
 */
import {
  caseSummaryJson,
  claimJson,
  type DocumentService,
  documentDetailJson,
  documentJson,
  expandKinds,
  foundPageJson,
  mentionJson,
} from '../../app/documents/index.js';
import type { ClaimStatus } from '../../store/cases/index.js';
import type { Handler, ServerDeps } from '../context.js';
import { BadRequest, NotFound } from '../errors.js';
import { json, type Reply } from '../http.js';
import { parseParams } from '../params.js';
import {
  CASE_SEARCH_QUERY,
  CLAIMS_QUERY,
  DOCUMENTS_QUERY,
  MENTIONS_QUERY,
  NO_QUERY,
} from '../schemas/index.js';

/** The documents service, or 404 on a server started without cases (an embedding program). */
function documentsOf(deps: ServerDeps): DocumentService {
  if (!deps.documents)
    throw new NotFound('this server keeps no cases (it was started without them)');
  return deps.documents;
}

export const casesRoute: Handler = async (deps, ctx) => {
  parseParams(ctx.query, NO_QUERY);
  // Each case with its figures (documents by status, pages, claims, notes, last added).
  const cases = await documentsOf(deps).notes.summaries();
  return json({ cases: cases.map(caseSummaryJson) });
};

export const caseDocumentsRoute: Handler = async (deps, ctx) => {
  const { status, tag } = parseParams(ctx.query, DOCUMENTS_QUERY);
  const caseName = ctx.captures[0]!;
  const service = documentsOf(deps);
  const { documents, counts } = await service.documents(caseName, {
    failed: status === 'failed',
    ...(tag === null ? {} : { tag }),
  });
  return json({ case: caseName, counts, documents: documents.map(documentJson) });
};

export const caseDocumentRoute: Handler = async (deps, ctx) => {
  parseParams(ctx.query, NO_QUERY);
  const [caseName, id] = ctx.captures as [string, string];
  const { document, pages, children } = await documentsOf(deps).document(caseName, id);
  return json(documentDetailJson(document, pages, children));
};

/**
 * A page's picture, made on the server so that the browser never parses an untrusted PDF. Served
 * with nosniff and a sandboxing policy, so that bytes that are not what their type says are never
 * run as a page; cached privately by the browser, since the same document ID is the same bytes.
 */
export const pageImageRoute: Handler = async (deps, ctx): Promise<Reply> => {
  parseParams(ctx.query, NO_QUERY);
  const [caseName, id, rawPage] = ctx.captures as [string, string, string];
  if (!/^[1-9][0-9]{0,5}$/.test(rawPage)) {
    throw new BadRequest(`page must be a whole number from 1, not "${rawPage}"`);
  }
  const image = await documentsOf(deps).pageImage(caseName, id, Number(rawPage));
  return {
    status: 200,
    body: image.bytes,
    contentType: image.contentType,
    headers: {
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, max-age=3600',
    },
  };
};

export const caseSearchRoute: Handler = async (deps, ctx) => {
  const { q, limit } = parseParams(ctx.query, CASE_SEARCH_QUERY);
  const caseName = ctx.captures[0]!;
  const hits = await documentsOf(deps).find(caseName, q, { limit });
  return json({ case: caseName, query: q, results: hits.map(foundPageJson) });
};

export const caseMentionsRoute: Handler = async (deps, ctx) => {
  const { kind, document_id } = parseParams(ctx.query, MENTIONS_QUERY);
  const caseName = ctx.captures[0]!;
  const query = {
    kinds: expandKinds(kind),
    ...(document_id === null ? {} : { documentId: document_id }),
  };
  const mentions = await documentsOf(deps).mentions(caseName, query);
  return json({ case: caseName, mentions: mentions.map(mentionJson) });
};

export const caseClaimsRoute: Handler = async (deps, ctx) => {
  const { kind, status, entity } = parseParams(ctx.query, CLAIMS_QUERY);
  const caseName = ctx.captures[0]!;
  const filter = {
    ...(kind === null ? {} : { kind }),
    ...(status === null ? {} : { status: status as ClaimStatus }),
    ...(entity === null ? {} : { entity }),
  };
  const claims = await documentsOf(deps).caseClaims(caseName, filter);
  return json({ case: caseName, claims: claims.map(claimJson) });
};
