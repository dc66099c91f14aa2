/**
 * The JSON shapes of cases, documents, pages, search hits, mentions and claims, as the HTTP API
 * answers them (snake_case, as the rest of the API and `--json` output are). The command line's
 * `--json` prints the same fields (src/cli/commands/docs.ts, find.ts, mentions.ts).
 */
import type {
  CaseInfo,
  CaseNote,
  Claim,
  DocumentInfo,
  DocumentRecord,
  Page,
} from '../../store/cases/index.js';
import type { CaseMention } from './mentions.js';
import type { CaseSummary } from './notes-service.js';
import type { FoundPage } from './service.js';

export function caseJson(c: CaseInfo) {
  return { name: c.name, title: c.title, created_at: c.createdAt };
}

export function documentJson(d: DocumentInfo) {
  return {
    id: d.id,
    file_name: d.fileName,
    media_type: d.mediaType,
    size: d.size,
    status: d.status,
    failure: d.failure,
    pages: d.pageCount,
    properties: d.properties,
    added_at: d.addedAt,
    tags: d.tags,
  };
}

/** A case with its figures, for the case list (`dossier cases --json`, GET /cases). */
export function caseSummaryJson(c: CaseSummary) {
  return {
    ...caseJson(c),
    documents: c.counts.total,
    processed: c.counts.processed,
    pending: c.counts.pending,
    failed: c.counts.failed,
    pages: c.pages,
    claims: c.claims,
    notes: c.notes,
    last_added_at: c.lastAddedAt,
  };
}

export function noteJson(n: CaseNote) {
  return {
    id: n.id,
    text: n.text,
    document_id: n.documentId,
    page: n.page,
    start: n.start,
    end: n.end,
    by: n.actor,
    created_at: n.createdAt,
    status: n.status,
    retracted_at: n.retractedAt,
    retracted_by: n.retractedBy,
  };
}

export function pageJson(p: Page) {
  return {
    page: p.page,
    method: p.method,
    language: p.language,
    confidence: p.confidence,
    width: p.width,
    height: p.height,
    text: p.text,
  };
}

/** One document: its metadata, every place it was found, what it contains, each page's text. */
export function documentDetailJson(d: DocumentRecord, pages: Page[], children: DocumentInfo[]) {
  return {
    ...documentJson(d),
    places: d.places.map((p) => ({ path: p.path, parent_id: p.parentId, found_at: p.foundAt })),
    children: children.map((c) => ({ id: c.id, file_name: c.fileName, status: c.status })),
    page_texts: pages.map(pageJson),
  };
}

export function foundPageJson(h: FoundPage) {
  return {
    document_id: h.documentId,
    file_name: h.fileName,
    page: h.page,
    spans: h.spans,
    snippets: h.snippets,
  };
}

export function mentionJson(m: CaseMention) {
  return {
    id: m.id,
    document_id: m.documentId,
    file_name: m.fileName,
    page: m.page,
    start: m.start,
    end: m.end,
    kind: m.kind,
    text: m.text,
    value: m.value,
    extractor: m.extractor,
    confidence: m.confidence,
    box: m.box,
    link: m.link ? { entity_id: m.link.entityId, score: m.link.score } : null,
  };
}

export function claimJson(c: Claim) {
  return {
    id: c.id,
    kind: c.kind,
    subject: c.subject,
    object: c.object,
    properties: c.properties,
    status: c.status,
    note: c.note,
    reviewed_at: c.reviewedAt,
    evidence: c.evidence.map((e) => ({ document_id: e.documentId, mention_id: e.mentionId })),
  };
}

/**
 * The kinds the extractors write (src/core/extraction), for `?kind=`; `party` is every kind that
 * names one. The command line checks `--kind` against the same words.
 */
export const MENTION_KINDS = [
  'inn',
  'kpp',
  'ogrn',
  'ogrnip',
  'uscc',
  'imo',
  'mmsi',
  'lei',
  'iban',
  'bic',
  'passport',
  'hs',
  'email',
  'phone',
  'url',
  'crypto',
  'money',
  'date',
  'org',
  'person',
  'party',
] as const;

/** `party` stands for organisations and persons as well. */
export function expandKinds(kinds: readonly string[]): string[] {
  return kinds.flatMap((k) => (k === 'party' ? ['org', 'person', 'party'] : [k]));
}
