/**
 * The `cases` domain's versioned layout. Documents are keyed by (case, SHA-256): the same bytes in
 * two cases are two documents, so that a case can be shared or deleted whole. Places are unique
 * per (document, parent, path): a resumed `add` finds its place already there, while the same
 * bytes under another path or inside another e-mail get a place of their own. A top-level place
 * has parent '' rather than NULL, because SQLite's UNIQUE treats every NULL as distinct.
 */
import type { DomainSchema } from '../sqlite/index.js';

const V1 = `
CREATE TABLE cases (
  name TEXT PRIMARY KEY,
  title TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE case_documents (
  case_name TEXT NOT NULL REFERENCES cases (name),
  id TEXT NOT NULL,
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'processed', 'failed')),
  fail_stage TEXT,
  fail_reason TEXT,
  fail_message TEXT,
  -- {"prop": ["value", ...]}
  properties TEXT NOT NULL DEFAULT '{}',
  page_count INTEGER NOT NULL DEFAULT 0,
  added_at TEXT NOT NULL,
  UNIQUE (case_name, id)
);
CREATE INDEX case_documents_by_status ON case_documents (case_name, status);
CREATE TABLE case_places (
  case_name TEXT NOT NULL,
  document_id TEXT NOT NULL,
  parent_id TEXT NOT NULL DEFAULT '',
  path TEXT NOT NULL,
  found_at TEXT NOT NULL,
  UNIQUE (case_name, document_id, parent_id, path)
);
CREATE INDEX case_places_by_parent ON case_places (case_name, parent_id);
CREATE TABLE case_pages (
  case_name TEXT NOT NULL,
  document_id TEXT NOT NULL,
  page INTEGER NOT NULL,
  text TEXT NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('text', 'ocr')),
  language TEXT,
  confidence REAL,
  width REAL,
  height REAL,
  PRIMARY KEY (case_name, document_id, page)
) WITHOUT ROWID;
CREATE TABLE case_mentions (
  case_name TEXT NOT NULL,
  document_id TEXT NOT NULL,
  id TEXT NOT NULL,
  page INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  extractor TEXT NOT NULL,
  confidence REAL,
  -- [x0, y0, x1, y1] in PDF points, or NULL
  box TEXT,
  entity_id TEXT,
  score REAL,
  PRIMARY KEY (case_name, document_id, id)
);
CREATE INDEX case_mentions_by_value ON case_mentions (case_name, value, kind);
CREATE INDEX case_mentions_by_entity ON case_mentions (case_name, entity_id);
`;

/**
 * Full-text search, one row per page so that every hit has its page. The trigram tokenizer finds
 * Chinese without word breaks and any substring of three characters or more. `folded` is the
 * page's text folded by the caller without changing its length (ё to е, look-alike letters), so
 * that highlight offsets in it are offsets in the page's text; `shadow` is an optional
 * transliteration, so that a Latin query finds Cyrillic text (its hits have no spans). The FTS
 * rowid is the rowid of `case_search_rows`, which names the page, so that a document's rows are
 * found through an index when it is read again. Word boxes are kept per page as one JSON array,
 * read only when a page is drawn.
 */
const V2 = `
ALTER TABLE case_pages ADD COLUMN words TEXT;
CREATE TABLE case_search_rows (
  case_name TEXT NOT NULL,
  document_id TEXT NOT NULL,
  page INTEGER NOT NULL,
  UNIQUE (case_name, document_id, page)
);
CREATE VIRTUAL TABLE case_pages_fts USING fts5(folded, shadow, tokenize = 'trigram');
INSERT INTO case_search_rows (case_name, document_id, page)
  SELECT case_name, document_id, page FROM case_pages;
INSERT INTO case_pages_fts (rowid, folded, shadow)
  SELECT r.rowid, p.text, NULL FROM case_search_rows r JOIN case_pages p
    ON p.case_name = r.case_name AND p.document_id = r.document_id AND p.page = r.page;
`;

/** Claims and the mentions they rest on; evidence rows are keyed to survive a re-read. */
const V3 = `
CREATE TABLE case_claims (
  case_name TEXT NOT NULL,
  id TEXT NOT NULL,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  object TEXT,
  properties TEXT NOT NULL DEFAULT '{}',
  status TEXT NOT NULL DEFAULT 'extracted' CHECK (status IN ('extracted', 'confirmed', 'disputed')),
  note TEXT,
  reviewed_at TEXT,
  PRIMARY KEY (case_name, id)
) WITHOUT ROWID;
CREATE INDEX case_claims_by_subject ON case_claims (case_name, subject);
CREATE INDEX case_claims_by_object ON case_claims (case_name, object);
CREATE TABLE case_claim_evidence (
  case_name TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  document_id TEXT NOT NULL,
  mention_id TEXT NOT NULL,
  PRIMARY KEY (case_name, claim_id, seq)
) WITHOUT ROWID;
`;

/**
 * Reviewers' xref decisions: appended, never updated (the latest per party and entity counts),
 * as the audit trail records each one.
 */
const V4 = `
CREATE TABLE case_xref_decisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_name TEXT NOT NULL,
  party TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('same', 'not-same', 'unsure')),
  note TEXT,
  actor TEXT NOT NULL,
  decided_at TEXT NOT NULL
);
CREATE INDEX case_xref_decisions_by_case ON case_xref_decisions (case_name, id);
`;

/**
 * Reporters' notes and document tags. Notes are appended and retracted, never deleted, as the
 * audit trail records both; a note may point at a document, a page and a span of its text. A tag
 * removed is deleted here: its record and the removal's stay in the audit trail.
 */
const V5 = `
CREATE TABLE case_notes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_name TEXT NOT NULL,
  text TEXT NOT NULL,
  document_id TEXT,
  page INTEGER,
  span_start INTEGER,
  span_end INTEGER,
  actor TEXT NOT NULL,
  created_at TEXT NOT NULL,
  retracted_at TEXT,
  retracted_by TEXT
);
CREATE INDEX case_notes_by_case ON case_notes (case_name, id);
CREATE TABLE case_document_tags (
  case_name TEXT NOT NULL,
  document_id TEXT NOT NULL,
  tag TEXT NOT NULL,
  actor TEXT NOT NULL,
  tagged_at TEXT NOT NULL,
  PRIMARY KEY (case_name, document_id, tag)
) WITHOUT ROWID;
CREATE INDEX case_document_tags_by_tag ON case_document_tags (case_name, tag);
`;

export const CASES_SCHEMA: DomainSchema = {
  domain: 'cases',
  migrations: [
    {
      version: 1,
      description: 'cases, documents by SHA-256 with every place found, pages and mentions',
      up(db) {
        db.exec(V1);
      },
    },
    {
      version: 2,
      description: 'word boxes per page; full-text search of pages (trigram), older pages indexed',
      up(db) {
        db.exec(V2);
      },
    },
    {
      version: 3,
      description: 'claims with their evidence and review',
      up(db) {
        db.exec(V3);
      },
    },
    {
      version: 4,
      description: "reviewers' xref decisions (same, not the same, unsure), appended",
      up(db) {
        db.exec(V4);
      },
    },
    {
      version: 5,
      description: "reporters' notes (retracted, never deleted) and document tags",
      up(db) {
        db.exec(V5);
      },
    },
  ],
};
