/**
 * What the claim rules read and what they give. They run after the other extractors, over a
 * document's pages and the mentions already stored for them, so that every claim rests on
 * mentions a reader can open at their page and span.
 */

/** A stored mention as the rules see it: the store's id, its page, span, kind and value. */
export interface ClaimMention {
  id: string;
  page: number;
  start: number;
  end: number;
  /** `org`, `person`, `money`, `date`, `hs`, `inn`... (src/core/extraction/types.ts). */
  kind: string;
  text: string;
  value: string;
  /** The list entity a reviewer or xref linked the mention to; the claim then names that entity. */
  link?: { entityId: string } | null;
}

export interface ClaimPage {
  page: number;
  text: string;
  /** The page's mentions, in any order. */
  mentions: readonly ClaimMention[];
}

export type ClaimKind = 'payment' | 'supply' | 'directorship' | 'guarantee' | 'contract';

/** A claim in the store's shape (ClaimInput, src/store/cases/types.ts), with how sure the rule is. */
export interface ExtractedClaim {
  id: string;
  kind: ClaimKind;
  subject: string;
  object: string | null;
  /**
   * `amount`, `currency`, `date`, `hsCode`, `role`, `contract`, the parties' names as written
   * (`subjectName`, `objectName`), the rule that found it (`rule`) and its `confidence`.
   */
  properties: Record<string, string[]>;
  evidence: { documentId: string; mentionId: string }[];
  confidence: number;
}
