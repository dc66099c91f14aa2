/**
 * The ids that tie a statement to its evidence: one per page section and one per span, made
 * from the document's hash and the store's mention id (page, offsets, kind), so that the same
 * span always has the same anchor and a link can be written before its page is rendered.
 */
import { safeId } from './html.js';

/** Enough of a SHA-256 to be unique in any case. */
const short = (documentId: string) => documentId.slice(0, 16);

export function pageAnchor(documentId: string, page: number): string {
  return `pg-${safeId(short(documentId))}-${page}`;
}

export function spanAnchor(documentId: string, mentionId: string): string {
  return `ev-${safeId(short(documentId))}-${safeId(mentionId)}`;
}

/** The same span in the page's text beside its image. */
export function textAnchor(spanId: string): string {
  return `tx-${spanId.slice(3)}`;
}
