/**
 * Reporters' notes and document tags on SQLite. A note is appended and, when withdrawn, marked
 * retracted rather than deleted, so that what was once written stays readable beside the audit
 * trail that records it; what a note points at (document, page, span) is checked when written.
 */
import type { SqliteDatabase } from '../sqlite/index.js';
import { InvalidDocumentData } from './errors.js';
import type { CaseNote, CaseStats, DocumentTag, NoteFilter, NoteInput } from './types.js';
import { requireCase, requireDocument } from './writes.js';

/** A tag is a short word: lower-case letters or digits, then those, `-`, `_` or `.`. */
export const TAG_PATTERN = /^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}._-]{0,39}$/u;
/** A note is read beside a page, not a document of its own. */
export const MAX_NOTE = 10_000;

interface NoteRow {
  id: number;
  case_name: string;
  text: string;
  document_id: string | null;
  page: number | null;
  span_start: number | null;
  span_end: number | null;
  actor: string;
  created_at: string;
  retracted_at: string | null;
  retracted_by: string | null;
}

const toNote = (row: NoteRow): CaseNote => ({
  id: row.id,
  caseName: row.case_name,
  text: row.text,
  documentId: row.document_id,
  page: row.page,
  start: row.span_start,
  end: row.span_end,
  actor: row.actor,
  createdAt: row.created_at,
  status: row.retracted_at === null ? 'active' : 'retracted',
  retractedAt: row.retracted_at,
  retractedBy: row.retracted_by,
});

/** Where a note points, checked against the case: the document, its page, the span's bounds. */
function checkTarget(db: SqliteDatabase, caseName: string, note: NoteInput): void {
  const { documentId, page, start, end } = note;
  const hasSpan = (start ?? null) !== null || (end ?? null) !== null;
  if (page != null && !documentId)
    throw new InvalidDocumentData('a note on a page needs its document');
  if (hasSpan && page == null) throw new InvalidDocumentData('a note on a span needs its page');
  if (!documentId) return;
  requireDocument(db, caseName, documentId);
  if (page == null) return;
  const text = db
    .prepare('SELECT text FROM case_pages WHERE case_name = ? AND document_id = ? AND page = ?')
    .pluck()
    .get(caseName, documentId, page) as string | undefined;
  if (text === undefined) {
    throw new InvalidDocumentData(`document ${documentId} has no page ${page}`);
  }
  if (!hasSpan) return;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start! < 0 ||
    end! <= start! ||
    end! > text.length
  ) {
    throw new InvalidDocumentData(
      `a span is two offsets, start before end, within the page's ${text.length} characters`,
    );
  }
}

export function insertNote(db: SqliteDatabase, caseName: string, note: NoteInput): CaseNote {
  requireCase(db, caseName);
  const text = note.text.trim();
  if (text === '' || text.length > MAX_NOTE) {
    throw new InvalidDocumentData(`a note is 1 to ${MAX_NOTE} characters`);
  }
  if (!note.actor || !note.createdAt)
    throw new InvalidDocumentData('a note needs an author and a time');
  checkTarget(db, caseName, note);
  const id = Number(
    db
      .prepare(
        `INSERT INTO case_notes (case_name, text, document_id, page, span_start, span_end, actor,
           created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        caseName,
        text,
        note.documentId || null,
        note.page ?? null,
        note.start ?? null,
        note.end ?? null,
        note.actor,
        note.createdAt,
      ).lastInsertRowid,
  );
  return readNote(db, caseName, id)!;
}

export function readNote(db: SqliteDatabase, caseName: string, id: number): CaseNote | null {
  const row = db
    .prepare('SELECT * FROM case_notes WHERE case_name = ? AND id = ?')
    .get(caseName, id) as NoteRow | undefined;
  return row ? toNote(row) : null;
}

export function markRetracted(
  db: SqliteDatabase,
  caseName: string,
  id: number,
  by: { actor: string; at: string },
): CaseNote | null {
  requireCase(db, caseName);
  db.prepare(
    `UPDATE case_notes SET retracted_at = ?, retracted_by = ?
     WHERE case_name = ? AND id = ? AND retracted_at IS NULL`,
  ).run(by.at, by.actor, caseName, id);
  return readNote(db, caseName, id);
}

export function readNotes(db: SqliteDatabase, caseName: string, filter: NoteFilter): CaseNote[] {
  requireCase(db, caseName);
  const rows = db
    .prepare(
      `SELECT * FROM case_notes WHERE case_name = @caseName
         AND (@documentId IS NULL OR document_id = @documentId)
         AND (@retracted = 1 OR retracted_at IS NULL)
       ORDER BY id`,
    )
    .all({
      caseName,
      documentId: filter.documentId ?? null,
      retracted: filter.retracted === false ? 0 : 1,
    }) as NoteRow[];
  return rows.map(toNote);
}

function checkTag(tag: string): void {
  if (!TAG_PATTERN.test(tag)) {
    throw new InvalidDocumentData(
      `a tag is up to 40 lower-case letters, digits, ".", "_" or "-", not "${tag}"`,
    );
  }
}

export function insertTag(
  db: SqliteDatabase,
  caseName: string,
  documentId: string,
  tag: string,
  by: { actor: string; at: string },
): boolean {
  checkTag(tag);
  requireDocument(db, caseName, documentId);
  const changes = db
    .prepare(
      `INSERT INTO case_document_tags (case_name, document_id, tag, actor, tagged_at)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    .run(caseName, documentId, tag, by.actor, by.at).changes;
  return changes > 0;
}

export function deleteTag(
  db: SqliteDatabase,
  caseName: string,
  documentId: string,
  tag: string,
): boolean {
  requireDocument(db, caseName, documentId);
  return (
    db
      .prepare('DELETE FROM case_document_tags WHERE case_name = ? AND document_id = ? AND tag = ?')
      .run(caseName, documentId, tag).changes > 0
  );
}

export function readTags(
  db: SqliteDatabase,
  caseName: string,
  documentId: string | null,
): DocumentTag[] {
  requireCase(db, caseName);
  const rows = db
    .prepare(
      `SELECT t.document_id, t.tag, t.actor, t.tagged_at FROM case_document_tags t
         JOIN case_documents d ON d.case_name = t.case_name AND d.id = t.document_id
       WHERE t.case_name = @caseName AND (@documentId IS NULL OR t.document_id = @documentId)
       ORDER BY d.rowid, t.tag`,
    )
    .all({ caseName, documentId }) as {
    document_id: string;
    tag: string;
    actor: string;
    tagged_at: string;
  }[];
  return rows.map((r) => ({
    documentId: r.document_id,
    tag: r.tag,
    actor: r.actor,
    taggedAt: r.tagged_at,
  }));
}

export function readStats(db: SqliteDatabase, caseName: string): CaseStats {
  requireCase(db, caseName);
  const row = db
    .prepare(
      `SELECT
         (SELECT coalesce(sum(page_count), 0) FROM case_documents WHERE case_name = @c) AS pages,
         (SELECT max(added_at) FROM case_documents WHERE case_name = @c) AS last,
         (SELECT count(*) FROM case_claims WHERE case_name = @c) AS claims,
         (SELECT count(*) FROM case_notes WHERE case_name = @c AND retracted_at IS NULL) AS notes`,
    )
    .get({ c: caseName }) as { pages: number; last: string | null; claims: number; notes: number };
  return { pages: row.pages, claims: row.claims, notes: row.notes, lastAddedAt: row.last };
}
