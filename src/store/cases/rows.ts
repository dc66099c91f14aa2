/**
 * Rows of the case tables and their conversion to the interface's types, and the checks made on
 * input before anything is written, so that bad data is refused whole rather than stored in part.
 */
import { InvalidDocumentData } from './errors.js';
import type {
  Box,
  CaseInfo,
  DocumentInfo,
  DocumentStatus,
  Mention,
  MentionInput,
  Page,
  PageInput,
  TextMethod,
} from './types.js';

export interface CaseRow {
  name: string;
  title: string | null;
  created_at: string;
}

export interface DocumentRow {
  case_name: string;
  id: string;
  file_name: string;
  media_type: string;
  size: number;
  status: DocumentStatus;
  fail_stage: string | null;
  fail_reason: string | null;
  fail_message: string | null;
  properties: string;
  page_count: number;
  added_at: string;
  /** A JSON array of the document's tags, where the query selected it (DOCUMENT_COLUMNS). */
  tags?: string | null;
}

/** A document's columns with its tags, for a query naming case_documents `d`. */
export const DOCUMENT_COLUMNS = `d.*, (SELECT json_group_array(t.tag) FROM case_document_tags t
  WHERE t.case_name = d.case_name AND t.document_id = d.id) AS tags`;

export interface PageRow {
  page: number;
  text: string;
  method: TextMethod;
  language: string | null;
  confidence: number | null;
  width: number | null;
  height: number | null;
}

export interface MentionRow {
  document_id: string;
  id: string;
  page: number;
  span_start: number;
  span_end: number;
  kind: string;
  text: string;
  value: string;
  extractor: string;
  confidence: number | null;
  box: string | null;
  entity_id: string | null;
  score: number | null;
}

export const toCase = (row: CaseRow): CaseInfo => ({
  name: row.name,
  title: row.title,
  createdAt: row.created_at,
});

export function toDocument(row: DocumentRow): DocumentInfo {
  return {
    id: row.id,
    caseName: row.case_name,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    status: row.status,
    failure:
      row.status === 'failed'
        ? { stage: row.fail_stage ?? '', reason: row.fail_reason, message: row.fail_message ?? '' }
        : null,
    properties: JSON.parse(row.properties) as Record<string, string[]>,
    pageCount: row.page_count,
    addedAt: row.added_at,
    tags: row.tags ? (JSON.parse(row.tags) as string[]).sort() : [],
  };
}

export const toPage = (row: PageRow): Page => ({ ...row });

export function toMention(row: MentionRow): Mention {
  return {
    id: row.id,
    documentId: row.document_id,
    page: row.page,
    start: row.span_start,
    end: row.span_end,
    kind: row.kind,
    text: row.text,
    value: row.value,
    extractor: row.extractor,
    confidence: row.confidence,
    box: row.box ? (JSON.parse(row.box) as Box) : null,
    link: row.entity_id === null ? null : { entityId: row.entity_id, score: row.score ?? 0 },
  };
}

/** Page, span and kind: the same finding gets the same id when the document is read again. */
export const mentionId = (m: MentionInput): string => `p${m.page}:${m.start}-${m.end}:${m.kind}`;

const SHA256 = /^[0-9a-f]{64}$/;

export function checkDocumentId(id: string): void {
  if (!SHA256.test(id)) {
    throw new InvalidDocumentData(`a document id is a lower-case hex SHA-256, not "${id}"`);
  }
}

/** Pages numbered once each from 1; each mention on one of them, its span inside the text. */
export function checkResult(pages: readonly PageInput[], mentions: readonly MentionInput[]): void {
  const texts = new Map<number, string>();
  for (const page of pages) {
    if (!Number.isInteger(page.page) || page.page < 1) {
      throw new InvalidDocumentData(`page numbers start at 1, not ${page.page}`);
    }
    if (texts.has(page.page)) throw new InvalidDocumentData(`page ${page.page} given twice`);
    if (page.confidence !== null && (page.confidence < 0 || page.confidence > 1)) {
      throw new InvalidDocumentData(`page ${page.page}: confidence is 0-1, not ${page.confidence}`);
    }
    if (page.folded !== undefined && page.folded.length !== page.text.length) {
      throw new InvalidDocumentData(
        `page ${page.page}: the folded text must keep the text's length, so that spans map back`,
      );
    }
    for (const word of page.words ?? []) {
      if (!(word.start >= 0 && word.end > word.start && word.end <= page.text.length)) {
        throw new InvalidDocumentData(
          `page ${page.page}: a word box's span ${word.start}-${word.end} lies outside its text`,
        );
      }
    }
    texts.set(page.page, page.text);
  }
  const seen = new Set<string>();
  for (const m of mentions) {
    const text = texts.get(m.page);
    if (text === undefined) {
      throw new InvalidDocumentData(
        `a ${m.kind} mention points at page ${m.page}, which has no text`,
      );
    }
    const inside = Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0;
    if (!inside || m.end <= m.start || m.end > text.length) {
      throw new InvalidDocumentData(
        `a ${m.kind} mention's span ${m.start}-${m.end} lies outside page ${m.page} ` +
          `(${text.length} characters)`,
      );
    }
    // The exact text, so that a highlight drawn from the span shows what the mention says.
    if (text.slice(m.start, m.end) !== m.text) {
      throw new InvalidDocumentData(
        `a ${m.kind} mention's text "${m.text}" is not what page ${m.page} has at ${m.start}-${m.end}`,
      );
    }
    const id = mentionId(m);
    if (seen.has(id)) throw new InvalidDocumentData(`mention ${id} given twice`);
    seen.add(id);
  }
}
