/**
 * Pages for the claim rules' tests, their mentions found by the real extractors (never shipped:
 * *fixture* files are left out of the package).
 */
import { extractors } from '../index.js';
import { runExtractors } from '../run.js';
import type { ClaimPage, ExtractedClaim } from './types.js';

export const DOC = 'ab'.repeat(32);

/** One page per text, each mention with the store's id shape (`p<page>:<start>-<end>:<kind>`). */
export function pagesOf(...texts: string[]): ClaimPage[] {
  return texts.map((text, i) => ({
    page: i + 1,
    text,
    mentions: runExtractors(text, extractors).found.map((f) => ({
      ...f,
      id: `p${i + 1}:${f.start}-${f.end}:${f.kind}`,
      page: i + 1,
    })),
  }));
}

/** "kind subject -> object", for assertions that read like the claim. */
export const line = (c: ExtractedClaim) => `${c.kind} ${c.subject} -> ${c.object}`;

export function only(claims: readonly ExtractedClaim[], kind: string): ExtractedClaim[] {
  return claims.filter((c) => c.kind === kind);
}
