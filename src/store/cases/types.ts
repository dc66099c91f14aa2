/**
 * The case and document store, as any backend sees it (issue 11). A case holds the documents of
 * one investigation. A document is one set of bytes, named by its SHA-256; every place those bytes
 * were found (a path in the added folder, an entry in a ZIP, an attachment of an e-mail) is kept as
 * a place of its own, because reporters need to know that the same invoice came with two e-mails.
 * Pages hold the text a reader sees, and mentions point into it by character span, so that every
 * extracted name, identifier or amount can be shown highlighted on its page. Claims (who paid,
 * supplied or directs whom) rest on mentions; search finds pages by substring.
 */

export interface CaseInfo {
  /** The handle used on the command line (`dossier add <case> ...`); unique. */
  name: string;
  title: string | null;
  createdAt: string;
}

export interface NewCase {
  name: string;
  title?: string | null;
  at?: Date;
}

export type DocumentStatus = 'pending' | 'processed' | 'failed';

/** Why a document could not be read, at which step (`detect`, `unpack`, `text`, `ocr`, ...). */
export interface DocumentFailure {
  stage: string;
  /** A short stable reason (`encrypted`, `corrupt`, `too-large`, ...) where one is known. */
  reason: string | null;
  message: string;
}

/** Where the bytes were found. `parentId` is the document (ZIP, e-mail) they came out of. */
export interface DocumentPlace {
  path: string;
  parentId: string | null;
  foundAt: string;
}

export interface DocumentInfo {
  /** The SHA-256 of the bytes, lower-case hex. */
  id: string;
  caseName: string;
  /** The file name of the first place the bytes were found. */
  fileName: string;
  mediaType: string;
  size: number;
  status: DocumentStatus;
  failure: DocumentFailure | null;
  /** Extracted metadata (`title`, `author`, `from`, `pageCount`...), each with its values. */
  properties: Record<string, string[]>;
  pageCount: number;
  addedAt: string;
  /** The reporters' tags (`contract`, `key`, `to-check`), in code-unit order. */
  tags: string[];
}

export interface DocumentRecord extends DocumentInfo {
  /** Every place, in the order found; never merged. */
  places: DocumentPlace[];
}

/** What `addDocument` records before any reading: the bytes' hash and where they were. */
export interface NewDocument {
  id: string;
  size: number;
  fileName: string;
  mediaType: string;
  path: string;
  parentId?: string | null;
  at?: Date;
}

export type TextMethod = 'text' | 'ocr';

export interface Page {
  /** 1-based. */
  page: number;
  text: string;
  /** Read from the file's text layer, or recognised from an image. */
  method: TextMethod;
  /** OCR languages as Tesseract names them (`rus+chi_sim+eng`); null for a text layer. */
  language: string | null;
  /** Mean OCR confidence, 0-1; null for a text layer. */
  confidence: number | null;
  /** Page size in PDF points, when the source has one; boxes are measured against it. */
  width: number | null;
  height: number | null;
}

/** A word's place on the page (OCR or a PDF text run), so that any span can be drawn. */
export interface WordBox {
  /** UTF-16 offsets into the page's text, end exclusive. */
  start: number;
  end: number;
  box: Box;
  /** OCR confidence 0-1; null for a text layer. */
  confidence: number | null;
}

/** A page as saved: its text, and optionally what full-text search should index for it. */
export interface PageInput extends Page {
  /** Word boxes in text order; kept apart from the text, read with `words()`. */
  words?: readonly WordBox[];
  /** The text folded for search, keeping its length (ё to е...); the text itself if absent. */
  folded?: string;
  /** A transliteration, so that a Latin query finds Cyrillic or Chinese text; no spans. */
  shadow?: string | null;
}

export interface SearchHit {
  documentId: string;
  page: number;
  /** The matched spans in the page's text, in order; empty when only the shadow matched. */
  spans: [number, number][];
}

/** A rectangle on the page in PDF points from the top-left: x0, y0, x1, y1. */
export type Box = readonly [number, number, number, number];

export interface MentionInput {
  page: number;
  /** UTF-16 offsets into the page's text, end exclusive. */
  start: number;
  end: number;
  /** `name`, `org`, `inn`, `ogrn`, `uscc`, `iban`, `money`, `date`, `hs`... */
  kind: string;
  text: string;
  /** The normalised value (digits of an INN, `1200000 CNY`, `2024-03-14`). */
  value: string;
  extractor: string;
  confidence: number | null;
  box?: Box | null;
  /**
   * The list entity the mention names, where the extractor knows it (the in-text list search).
   * A link already stored on a mention with the same id is kept when none is given.
   */
  link?: EntityLink | null;
}

export interface EntityLink {
  entityId: string;
  score: number;
}

export interface Mention extends MentionInput {
  /**
   * Stable across re-extraction (page, span and kind), so that a claim or a graph edge that cites
   * a mention still finds it after the document is read again.
   */
  id: string;
  documentId: string;
  box: Box | null;
  link: EntityLink | null;
}

/** What reading a document produced. Saving it replaces any earlier pages and mentions. */
export type DocumentResult =
  | {
      status: 'processed';
      properties?: Record<string, string[]>;
      pages: PageInput[];
      mentions: MentionInput[];
    }
  | { status: 'failed'; failure: DocumentFailure; properties?: Record<string, string[]> };

export interface StatusCounts {
  pending: number;
  processed: number;
  failed: number;
  total: number;
}

export interface DocumentFilter {
  status?: DocumentStatus;
  /** Only the documents with this tag. */
  tag?: string;
  limit?: number;
  offset?: number;
}

export interface MentionFilter {
  kind?: string;
  page?: number;
  limit?: number;
}

export type ClaimStatus = 'extracted' | 'confirmed' | 'disputed';

/** A mention a claim rests on. */
export interface Evidence {
  documentId: string;
  mentionId: string;
}

/**
 * What a document asserts: X paid Y an amount on a date, X supplied goods of an HS code to Y,
 * X is director of Y. Conflicting claims are kept side by side; a reviewer confirms or disputes.
 */
export interface ClaimInput {
  /** Chosen by the extractor and stable across runs, so that a review survives a new run. */
  id: string;
  /** `payment`, `supply`, `directorship`, `ownership`, `guarantee`... */
  kind: string;
  /** Entity ids: a list entity (`ofac-46431`) or a party of the case. */
  subject: string;
  object: string | null;
  /** `amount`, `currency`, `date`, `hsCode`..., each with its values. */
  properties: Record<string, string[]>;
  /** At least one mention, each one stored in the case. */
  evidence: readonly Evidence[];
}

export interface Claim extends ClaimInput {
  status: ClaimStatus;
  note: string | null;
  reviewedAt: string | null;
  evidence: Evidence[];
}

export interface ClaimFilter {
  kind?: string;
  status?: ClaimStatus;
  /** Claims whose subject or object is this entity. */
  entity?: string;
}

/** A reviewer's call on whether a party of the case is a list entity (`dossier xref --decide`). */
export type XrefVerdict = 'same' | 'not-same' | 'unsure';

export interface XrefDecisionInput {
  /** The party's key as xref shows it (`org-3f2a9c1b07`). */
  party: string;
  entityId: string;
  decision: XrefVerdict;
  note?: string | null;
  actor: string;
  /** ISO time, kept as given: the audit record of the decision carries the same. */
  decidedAt: string;
}

export interface XrefDecision extends XrefDecisionInput {
  /** Increasing: of two decisions on one pair the higher id is the later. */
  id: number;
  caseName: string;
  note: string | null;
}

/**
 * A reporter's note on a case, optionally on a document, a page of it and a span of that page.
 * Notes are never deleted nor edited: a note withdrawn is kept, marked retracted, as the audit
 * trail keeps both records.
 */
export interface NoteInput {
  text: string;
  documentId?: string | null;
  /** 1-based; needs `documentId`. */
  page?: number | null;
  /** UTF-16 offsets into the page's text, end exclusive; need `page`. */
  start?: number | null;
  end?: number | null;
  actor: string;
  /** ISO time, kept as given: the audit record of the note carries the same. */
  createdAt: string;
}

export interface CaseNote {
  /** Increasing in the order written. */
  id: number;
  caseName: string;
  text: string;
  documentId: string | null;
  page: number | null;
  start: number | null;
  end: number | null;
  actor: string;
  createdAt: string;
  status: 'active' | 'retracted';
  retractedAt: string | null;
  retractedBy: string | null;
}

export interface NoteFilter {
  documentId?: string;
  /** False: only the notes not retracted. True unless given. */
  retracted?: boolean;
}

/** A tag on a document: who set it and when (the audit record of the tag carries the same). */
export interface DocumentTag {
  documentId: string;
  tag: string;
  actor: string;
  taggedAt: string;
}

/** What the case list shows beside the document counts. */
export interface CaseStats {
  pages: number;
  claims: number;
  /** Notes not retracted. */
  notes: number;
  /** When the latest document was added; null for an empty case. */
  lastAddedAt: string | null;
}

export interface CaseStore {
  /** Refuses a name already taken (`CaseExists`). */
  createCase(input: NewCase): Promise<CaseInfo>;
  getCase(name: string): Promise<CaseInfo | null>;
  /** Oldest first. */
  listCases(): Promise<CaseInfo[]>;

  /**
   * Records the bytes and one place in one transaction. Adding the same bytes at the same place
   * again changes nothing (a resumed `add`); at another place, adds that place. A new document is
   * `pending`; a known one keeps its status, pages and mentions. Returns whether it was new.
   */
  addDocument(caseName: string, doc: NewDocument): Promise<{ created: boolean }>;
  /** Replaces pages, mentions and status in one transaction; on any error nothing changes. */
  saveResult(caseName: string, documentId: string, result: DocumentResult): Promise<void>;
  getDocument(caseName: string, documentId: string): Promise<DocumentRecord | null>;
  /** In the order added. */
  listDocuments(caseName: string, filter?: DocumentFilter): Promise<DocumentInfo[]>;
  countDocuments(caseName: string): Promise<StatusCounts>;
  /** Documents found inside this one (attachments, archive entries), in the order found. */
  children(caseName: string, documentId: string): Promise<DocumentInfo[]>;

  pages(caseName: string, documentId: string): Promise<Page[]>;
  page(caseName: string, documentId: string, page: number): Promise<Page | null>;
  /** The page's word boxes; null when the page or its boxes are unknown. */
  words(caseName: string, documentId: string, page: number): Promise<WordBox[] | null>;

  /**
   * Pages whose text holds the query (already folded as the pages were), best first. Matching is
   * by substring of three characters or more; a shorter query finds nothing.
   */
  search(
    caseName: string,
    query: string,
    options?: {
      limit?: number /** False: no spans (empty), for a caller that finds its own. */;
      spans?: boolean;
    },
  ): Promise<SearchHit[]>;

  /** By page, then start offset. */
  mentionsOf(caseName: string, documentId: string, filter?: MentionFilter): Promise<Mention[]>;
  /** Every mention of a normalised value across the case's documents, by document, then page. */
  mentionsByValue(caseName: string, value: string, filter?: MentionFilter): Promise<Mention[]>;
  /** Links a mention to a list entity, or unlinks it (null); false when the mention is unknown. */
  linkMention(
    caseName: string,
    documentId: string,
    mentionId: string,
    link: EntityLink | null,
  ): Promise<boolean>;

  /**
   * Replaces the mentions one extractor made in a document (`party` mentions of the in-text list
   * search, run again once lists are loaded) and keeps every other mention and the pages. Spans
   * are checked against the stored pages; an error changes nothing.
   */
  replaceMentions(
    caseName: string,
    documentId: string,
    extractor: string,
    mentions: readonly MentionInput[],
  ): Promise<void>;

  /** Appends a reviewer's xref decision; earlier ones on the same pair are kept. */
  addXrefDecision(caseName: string, decision: XrefDecisionInput): Promise<XrefDecision>;
  /** Every xref decision of the case, oldest first (a later one on a pair overrides). */
  xrefDecisions(caseName: string): Promise<XrefDecision[]>;

  /**
   * Adds or updates claims in one transaction; a claim already stored keeps its review. Evidence
   * naming a mention the case does not have fails the whole batch.
   */
  saveClaims(caseName: string, claims: readonly ClaimInput[]): Promise<void>;
  /** False when there is no such claim. */
  reviewClaim(
    caseName: string,
    claimId: string,
    review: { status: ClaimStatus; note?: string | null; at?: Date },
  ): Promise<boolean>;
  /** In id order. */
  claims(caseName: string, filter?: ClaimFilter): Promise<Claim[]>;

  /** Pages, claims, notes and the latest addition, counted in one read. */
  caseStats(caseName: string): Promise<CaseStats>;

  /**
   * Appends a note. A document, page or span it names must be in the case (a span within its
   * page's text); a page needs a document and a span a page.
   */
  addNote(caseName: string, note: NoteInput): Promise<CaseNote>;
  /** Marks a note retracted, keeping it; a note already retracted keeps its first retraction. Null when unknown. */
  retractNote(
    caseName: string,
    id: number,
    retraction: { actor: string; at: string },
  ): Promise<CaseNote | null>;
  /** Oldest first. */
  notes(caseName: string, filter?: NoteFilter): Promise<CaseNote[]>;

  /** Tags a document (a tag is lower-case letters, digits, `-`, `_`, `.`); false when it had the tag. */
  tagDocument(
    caseName: string,
    documentId: string,
    tag: string,
    by: { actor: string; at: string },
  ): Promise<boolean>;
  /** False when the document did not have the tag. */
  untagDocument(caseName: string, documentId: string, tag: string): Promise<boolean>;
  /** The case's tags (or one document's), by document in the order added, then tag. */
  tags(caseName: string, documentId?: string): Promise<DocumentTag[]>;

  close(): Promise<void>;
}
