/**
 * Claims of a case: read from each document's pages and stored mentions after the mentions are
 * saved (`add`), read again on demand (`dossier claims <case> --refresh`), listed, and reviewed.
 * The store keeps a reviewer's status and note when a claim is read again (its id is stable);
 * a review is written to the audit trail before it is kept, as designation splits are.
 */
import { DossierError } from '../../core/errors/index.js';
import { type ClaimPage, extractClaims } from '../../core/extraction/claims/index.js';
import type { AuditEntry } from '../../core/screening/index.js';
import type {
  CaseStore,
  Claim,
  ClaimFilter,
  ClaimInput,
  ClaimStatus,
} from '../../store/cases/index.js';

/** Where reviews are recorded: the screening store's audit trail. */
export interface ClaimAudit {
  appendAudit(entry: AuditEntry): Promise<unknown>;
}

/** The claims one document's pages assert, in the store's shape. */
export async function documentClaims(
  cases: CaseStore,
  caseName: string,
  documentId: string,
): Promise<ClaimInput[]> {
  const pages = await cases.pages(caseName, documentId);
  if (pages.length === 0) return [];
  const mentions = await cases.mentionsOf(caseName, documentId);
  const input: ClaimPage[] = pages.map((p) => ({
    page: p.page,
    text: p.text,
    mentions: mentions
      .filter((m) => m.page === p.page)
      .map((m) => ({ ...m, link: m.link ? { entityId: m.link.entityId } : null })),
  }));
  return extractClaims(documentId, input).map(({ confidence: _c, ...claim }) => claim);
}

/** Reads and saves one document's claims; returns how many. */
export async function saveDocumentClaims(
  cases: CaseStore,
  caseName: string,
  documentId: string,
): Promise<number> {
  const claims = await documentClaims(cases, caseName, documentId);
  if (claims.length > 0) await cases.saveClaims(caseName, claims);
  return claims.length;
}

export interface RefreshSummary {
  documents: number;
  claims: number;
}

/** Every processed document's claims read again; reviews stay with their claims. */
export async function refreshCaseClaims(
  cases: CaseStore,
  caseName: string,
): Promise<RefreshSummary> {
  const documents = await cases.listDocuments(caseName, { status: 'processed' });
  let claims = 0;
  for (const d of documents) claims += await saveDocumentClaims(cases, caseName, d.id);
  return { documents: documents.length, claims };
}

export interface ClaimReview {
  caseName: string;
  claimId: string;
  status: ClaimStatus;
  note?: string | null;
  actor: string;
  at?: Date;
}

/** A claim id the case does not have. */
export class ClaimNotFoundError extends DossierError {
  override readonly name = 'ClaimNotFoundError';
  readonly code = 'not_found';
}

/** Confirms or disputes a claim, recorded in the audit trail first. */
export async function reviewCaseClaim(
  deps: { cases: CaseStore; audit: ClaimAudit | null },
  review: ClaimReview,
): Promise<Claim> {
  const { cases } = deps;
  const [claim] = (await cases.claims(review.caseName)).filter((c) => c.id === review.claimId);
  if (!claim) {
    throw new ClaimNotFoundError(`case "${review.caseName}" has no claim ${review.claimId}`);
  }
  const at = review.at ?? new Date();
  const note = review.note?.trim() || null;
  const reviewedAt = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  await deps.audit?.appendAudit({
    kind: 'claim.review',
    actor: review.actor,
    at: reviewedAt,
    payload: {
      case: review.caseName,
      claim_id: claim.id,
      kind: claim.kind,
      subject: claim.subject,
      object: claim.object,
      status: review.status,
      previous_status: claim.status,
      note,
    },
  });
  await cases.reviewClaim(review.caseName, claim.id, { status: review.status, note, at });
  return (await cases.claims(review.caseName)).find((c) => c.id === claim.id)!;
}

export type { ClaimFilter };

/** A mention a claim rests on, with what a reader needs to open it. */
export interface ClaimPlace {
  documentId: string;
  fileName: string;
  mentionId: string;
  page: number;
  start: number;
  end: number;
  kind: string;
  text: string;
  value: string;
}

export interface CaseClaim extends Claim {
  /** The evidence in order, each mention looked up (absent when it is no longer stored). */
  places: ClaimPlace[];
}

/** The case's claims with their evidence looked up; in id order. */
export async function caseClaims(
  cases: CaseStore,
  caseName: string,
  filter: ClaimFilter = {},
): Promise<CaseClaim[]> {
  const claims = await cases.claims(caseName, filter);
  const documents = new Map<string, { fileName: string; mentions: Map<string, ClaimPlace> }>();
  const placesOf = async (documentId: string) => {
    let known = documents.get(documentId);
    if (!known) {
      const fileName = (await cases.getDocument(caseName, documentId))?.fileName ?? '';
      const mentions = new Map<string, ClaimPlace>();
      for (const m of await cases.mentionsOf(caseName, documentId)) {
        const { id, page, start, end, kind, text, value } = m;
        mentions.set(id, {
          documentId,
          fileName,
          mentionId: id,
          page,
          start,
          end,
          kind,
          text,
          value,
        });
      }
      known = { fileName, mentions };
      documents.set(documentId, known);
    }
    return known.mentions;
  };
  const out: CaseClaim[] = [];
  for (const claim of claims) {
    const places: ClaimPlace[] = [];
    for (const e of claim.evidence) {
      const place = (await placesOf(e.documentId)).get(e.mentionId);
      if (place) places.push(place);
    }
    out.push({ ...claim, places });
  }
  return out;
}
