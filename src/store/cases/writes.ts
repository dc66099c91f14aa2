/**
 * The case store's writes on SQLite. Each function runs inside the caller's transaction and
 * checks its input before touching a row, so that an error anywhere leaves the file as it was.
 */
import type { SqliteDatabase } from '../sqlite/index.js';
import { CaseNotFound, DocumentNotFound, InvalidDocumentData } from './errors.js';
import { checkDocumentId, checkResult, type DocumentRow, mentionId } from './rows.js';
import type { DocumentResult, MentionInput, NewDocument } from './types.js';

/** Seconds are enough for people reading the record, and compare as text. */
export const stamp = (at = new Date()) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

export const MENTION_COLUMNS = `document_id, id, page, span_start, span_end, kind, text, value,
  extractor, confidence, box, entity_id, score`;

export function requireCase(db: SqliteDatabase, name: string): void {
  if (!db.prepare('SELECT 1 FROM cases WHERE name = ?').get(name)) {
    throw new CaseNotFound(`no case named "${name}"`);
  }
}

export function requireDocument(db: SqliteDatabase, caseName: string, id: string): DocumentRow {
  const row = db
    .prepare('SELECT * FROM case_documents WHERE case_name = ? AND id = ?')
    .get(caseName, id) as DocumentRow | undefined;
  if (!row) {
    requireCase(db, caseName);
    throw new DocumentNotFound(`case "${caseName}" has no document ${id}`);
  }
  return row;
}

export function insertDocument(
  db: SqliteDatabase,
  caseName: string,
  doc: NewDocument,
): { created: boolean } {
  checkDocumentId(doc.id);
  if (doc.parentId) checkDocumentId(doc.parentId);
  if (doc.parentId === doc.id) throw new InvalidDocumentData('a document cannot contain itself');
  requireCase(db, caseName);
  if (doc.parentId) requireDocument(db, caseName, doc.parentId);
  const existing = db
    .prepare('SELECT size FROM case_documents WHERE case_name = ? AND id = ?')
    .get(caseName, doc.id) as { size: number } | undefined;
  if (existing && existing.size !== doc.size) {
    throw new InvalidDocumentData(
      `document ${doc.id} is ${existing.size} bytes, not ${doc.size}: one hash is one set of bytes`,
    );
  }
  const at = stamp(doc.at);
  if (!existing) {
    db.prepare(
      `INSERT INTO case_documents (case_name, id, file_name, media_type, size, status, added_at)
       VALUES (?, ?, ?, ?, ?, 'pending', ?)`,
    ).run(caseName, doc.id, doc.fileName, doc.mediaType, doc.size, at);
  }
  // The same place again (a resumed add) is the same place; any other place is kept beside it.
  db.prepare(
    `INSERT INTO case_places (case_name, document_id, parent_id, path, found_at)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(caseName, doc.id, doc.parentId ?? '', doc.path, at);
  return { created: !existing };
}

/** Stored links by mention id, so that a document read again keeps its mentions' links. */
export type StoredLinks = Map<string, { entity_id: string; score: number | null }>;

export function storedLinks(
  db: SqliteDatabase,
  caseName: string,
  documentId: string,
  extractor: string | null = null,
): StoredLinks {
  const linked = db
    .prepare(
      `SELECT id, entity_id, score FROM case_mentions
       WHERE case_name = ? AND document_id = ? AND entity_id IS NOT NULL
         AND (? IS NULL OR extractor = ?)`,
    )
    .all(caseName, documentId, extractor, extractor) as {
    id: string;
    entity_id: string;
    score: number | null;
  }[];
  return new Map(linked.map((row) => [row.id, row]));
}

/** A link given with the mention wins; else the one the same mention had before. */
export function insertMentions(
  db: SqliteDatabase,
  caseName: string,
  documentId: string,
  mentions: readonly MentionInput[],
  links: StoredLinks,
): void {
  const mention = db.prepare(
    `INSERT INTO case_mentions (case_name, ${MENTION_COLUMNS})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const m of mentions) {
    const id = mentionId(m);
    const box = m.box ? JSON.stringify(m.box) : null;
    const old = links.get(id);
    const entity = m.link ? m.link.entityId : (old?.entity_id ?? null);
    const score = m.link ? m.link.score : (old?.score ?? null);
    mention.run(
      ...[caseName, documentId, id, m.page, m.start, m.end, m.kind, m.text, m.value, m.extractor],
      ...[m.confidence, box, entity, score],
    );
  }
}

export function replaceResult(
  db: SqliteDatabase,
  caseName: string,
  documentId: string,
  result: DocumentResult,
): void {
  const pages = result.status === 'processed' ? result.pages : [];
  const mentions = result.status === 'processed' ? result.mentions : [];
  checkResult(pages, mentions);
  const current = requireDocument(db, caseName, documentId);
  const key = [caseName, documentId];
  // A reviewer's link survives reading the document again, on the mention with the same id.
  const links = storedLinks(db, caseName, documentId);
  db.prepare(
    `DELETE FROM case_pages_fts WHERE rowid IN (
       SELECT rowid FROM case_search_rows WHERE case_name = ? AND document_id = ?)`,
  ).run(...key);
  db.prepare('DELETE FROM case_search_rows WHERE case_name = ? AND document_id = ?').run(...key);
  db.prepare('DELETE FROM case_mentions WHERE case_name = ? AND document_id = ?').run(...key);
  db.prepare('DELETE FROM case_pages WHERE case_name = ? AND document_id = ?').run(...key);
  const page = db.prepare(
    `INSERT INTO case_pages (case_name, document_id, page, text, method, language, confidence,
       width, height, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const row = db.prepare(
    'INSERT INTO case_search_rows (case_name, document_id, page) VALUES (?, ?, ?)',
  );
  const search = db.prepare('INSERT INTO case_pages_fts (rowid, folded, shadow) VALUES (?, ?, ?)');
  for (const p of pages) {
    const words = p.words ? JSON.stringify(p.words) : null;
    page.run(...key, p.page, p.text, p.method, p.language, p.confidence, p.width, p.height, words);
    const rowid = row.run(...key, p.page).lastInsertRowid;
    search.run(rowid, p.folded ?? p.text, p.shadow ?? null);
  }
  insertMentions(db, caseName, documentId, mentions, links);
  const failure = result.status === 'failed' ? result.failure : null;
  // Properties given replace the old ones; none given keeps them (a retry that failed early).
  const properties = result.properties ? JSON.stringify(result.properties) : current.properties;
  db.prepare(
    `UPDATE case_documents SET status = ?, fail_stage = ?, fail_reason = ?, fail_message = ?,
       properties = ?, page_count = ? WHERE case_name = ? AND id = ?`,
  ).run(
    result.status,
    failure?.stage ?? null,
    failure?.reason ?? null,
    failure?.message ?? null,
    properties,
    pages.length,
    ...key,
  );
}
