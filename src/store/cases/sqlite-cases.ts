/**
 * The case store on SQLite, on a connection of its own (see ../sqlite/connection.ts). Every write
 * that touches more than one row runs in one transaction, so that a document is either recorded
 * with all its pages and mentions or left as it was. Bytes are not kept here: see ./blobs.ts.
 */
import { openSqlite, type SqliteDatabase } from '../sqlite/index.js';
import { migrate } from '../sqlite/index.js';
import { readClaims, review, writeClaims } from './claims.js';
import { CaseExists, InvalidDocumentData } from './errors.js';
import {
  type CaseRow,
  DOCUMENT_COLUMNS,
  type DocumentRow,
  type MentionRow,
  type PageRow,
  toCase,
  toDocument,
  toMention,
  toPage,
} from './rows.js';
import {
  deleteTag,
  insertNote,
  insertTag,
  markRetracted,
  readNotes,
  readStats,
  readTags,
} from './notes.js';
import { CASES_SCHEMA } from './schema.js';
import { searchPages } from './search.js';
import { insertDocument, MENTION_COLUMNS, replaceResult, requireCase, stamp } from './writes.js';
import type {
  CaseInfo,
  CaseNote,
  CaseStats,
  CaseStore,
  Claim,
  ClaimFilter,
  ClaimInput,
  ClaimStatus,
  DocumentFilter,
  DocumentInfo,
  DocumentRecord,
  DocumentResult,
  DocumentTag,
  EntityLink,
  Mention,
  MentionFilter,
  MentionInput,
  NewCase,
  NewDocument,
  NoteFilter,
  NoteInput,
  Page,
  SearchHit,
  StatusCounts,
  WordBox,
  XrefDecision,
  XrefDecisionInput,
} from './types.js';
import { insertXrefDecision, readXrefDecisions, replaceExtractorMentions } from './xref.js';

export class SqliteCaseStore implements CaseStore {
  private readonly conn: SqliteDatabase;

  constructor(path: string) {
    this.conn = openSqlite(path);
    migrate(this.conn, CASES_SCHEMA);
  }

  private get db(): SqliteDatabase {
    if (!this.conn.open) throw new Error('the case store is closed');
    return this.conn;
  }

  async createCase(input: NewCase): Promise<CaseInfo> {
    const name = input.name.trim();
    if (name === '') throw new InvalidDocumentData('a case needs a name');
    const row: CaseRow = { name, title: input.title ?? null, created_at: stamp(input.at) };
    const inserted = this.db
      .prepare(
        `INSERT INTO cases (name, title, created_at) VALUES (@name, @title, @created_at)
         ON CONFLICT (name) DO NOTHING`,
      )
      .run(row).changes;
    if (inserted === 0) throw new CaseExists(`a case named "${name}" already exists`);
    return toCase(row);
  }

  async getCase(name: string): Promise<CaseInfo | null> {
    const row = this.db.prepare('SELECT * FROM cases WHERE name = ?').get(name) as
      | CaseRow
      | undefined;
    return row ? toCase(row) : null;
  }

  async listCases(): Promise<CaseInfo[]> {
    const rows = this.db
      .prepare('SELECT * FROM cases ORDER BY created_at, name')
      .all() as CaseRow[];
    return rows.map(toCase);
  }

  async addDocument(caseName: string, doc: NewDocument): Promise<{ created: boolean }> {
    const db = this.db;
    return db.transaction(() => insertDocument(db, caseName, doc))();
  }

  async saveResult(caseName: string, documentId: string, result: DocumentResult): Promise<void> {
    const db = this.db;
    db.transaction(() => replaceResult(db, caseName, documentId, result))();
  }

  async getDocument(caseName: string, documentId: string): Promise<DocumentRecord | null> {
    const db = this.db;
    // One read transaction: the document and its places from the same moment.
    return db
      .transaction(() => {
        const row = db
          .prepare(
            `SELECT ${DOCUMENT_COLUMNS} FROM case_documents d WHERE case_name = ? AND id = ?`,
          )
          .get(caseName, documentId) as DocumentRow | undefined;
        if (!row) return null;
        const places = db
          .prepare(
            `SELECT path, parent_id, found_at FROM case_places
           WHERE case_name = ? AND document_id = ? ORDER BY rowid`,
          )
          .all(caseName, documentId) as { path: string; parent_id: string; found_at: string }[];
        return {
          ...toDocument(row),
          places: places.map((p) => ({
            path: p.path,
            parentId: p.parent_id === '' ? null : p.parent_id,
            foundAt: p.found_at,
          })),
        };
      })
      .deferred();
  }

  async listDocuments(caseName: string, filter: DocumentFilter = {}): Promise<DocumentInfo[]> {
    requireCase(this.db, caseName);
    const rows = this.db
      .prepare(
        `SELECT ${DOCUMENT_COLUMNS} FROM case_documents d WHERE case_name = @caseName
           AND (@status IS NULL OR status = @status)
           AND (@tag IS NULL OR EXISTS (SELECT 1 FROM case_document_tags t
             WHERE t.case_name = d.case_name AND t.document_id = d.id AND t.tag = @tag))
         ORDER BY rowid LIMIT @limit OFFSET @offset`,
      )
      .all({
        caseName,
        status: filter.status ?? null,
        tag: filter.tag ?? null,
        limit: filter.limit ?? -1,
        offset: filter.offset ?? 0,
      }) as DocumentRow[];
    return rows.map(toDocument);
  }

  async countDocuments(caseName: string): Promise<StatusCounts> {
    requireCase(this.db, caseName);
    const rows = this.db
      .prepare(
        'SELECT status, count(*) AS n FROM case_documents WHERE case_name = ? GROUP BY status',
      )
      .all(caseName) as { status: keyof StatusCounts; n: number }[];
    const counts: StatusCounts = { pending: 0, processed: 0, failed: 0, total: 0 };
    for (const row of rows) {
      counts[row.status] = row.n;
      counts.total += row.n;
    }
    return counts;
  }

  async children(caseName: string, documentId: string): Promise<DocumentInfo[]> {
    // A child found twice in the same parent (two paths) is listed once, at its first place.
    const rows = this.db
      .prepare(
        `SELECT ${DOCUMENT_COLUMNS} FROM case_documents d JOIN (
           SELECT document_id, min(rowid) AS first FROM case_places
           WHERE case_name = ? AND parent_id = ? GROUP BY document_id
         ) p ON p.document_id = d.id
         WHERE d.case_name = ? ORDER BY p.first`,
      )
      .all(caseName, documentId, caseName) as DocumentRow[];
    return rows.map(toDocument);
  }

  async pages(caseName: string, documentId: string): Promise<Page[]> {
    const rows = this.db
      .prepare(
        `SELECT page, text, method, language, confidence, width, height FROM case_pages
         WHERE case_name = ? AND document_id = ? ORDER BY page`,
      )
      .all(caseName, documentId) as PageRow[];
    return rows.map(toPage);
  }

  async page(caseName: string, documentId: string, page: number): Promise<Page | null> {
    const row = this.db
      .prepare(
        `SELECT page, text, method, language, confidence, width, height FROM case_pages
         WHERE case_name = ? AND document_id = ? AND page = ?`,
      )
      .get(caseName, documentId, page) as PageRow | undefined;
    return row ? toPage(row) : null;
  }

  async words(caseName: string, documentId: string, page: number): Promise<WordBox[] | null> {
    const words = this.db
      .prepare('SELECT words FROM case_pages WHERE case_name = ? AND document_id = ? AND page = ?')
      .pluck()
      .get(caseName, documentId, page) as string | null | undefined;
    return words ? (JSON.parse(words) as WordBox[]) : null;
  }

  async search(
    caseName: string,
    query: string,
    options: { limit?: number; spans?: boolean } = {},
  ): Promise<SearchHit[]> {
    return searchPages(this.db, caseName, query, options.limit ?? 50, options.spans ?? true);
  }

  async mentionsOf(
    caseName: string,
    documentId: string,
    filter: MentionFilter = {},
  ): Promise<Mention[]> {
    return this.mentions('document_id = @key', caseName, documentId, filter);
  }

  async mentionsByValue(
    caseName: string,
    value: string,
    filter: MentionFilter = {},
  ): Promise<Mention[]> {
    return this.mentions('value = @key', caseName, value, filter);
  }

  private mentions(where: string, caseName: string, key: string, filter: MentionFilter) {
    const rows = this.db
      .prepare(
        `SELECT ${MENTION_COLUMNS} FROM case_mentions
         WHERE case_name = @caseName AND ${where}
           AND (@kind IS NULL OR kind = @kind) AND (@page IS NULL OR page = @page)
         ORDER BY document_id, page, span_start, span_end, kind LIMIT @limit`,
      )
      .all({
        caseName,
        key,
        kind: filter.kind ?? null,
        page: filter.page ?? null,
        limit: filter.limit ?? -1,
      }) as MentionRow[];
    return rows.map(toMention);
  }

  async linkMention(
    caseName: string,
    documentId: string,
    mentionId: string,
    link: EntityLink | null,
  ): Promise<boolean> {
    const changed = this.db
      .prepare(
        `UPDATE case_mentions SET entity_id = ?, score = ?
         WHERE case_name = ? AND document_id = ? AND id = ?`,
      )
      .run(link?.entityId ?? null, link?.score ?? null, caseName, documentId, mentionId).changes;
    return changed > 0;
  }

  async replaceMentions(
    caseName: string,
    documentId: string,
    extractor: string,
    mentions: readonly MentionInput[],
  ): Promise<void> {
    const db = this.db;
    db.transaction(() => replaceExtractorMentions(db, caseName, documentId, extractor, mentions))();
  }

  async addXrefDecision(caseName: string, decision: XrefDecisionInput): Promise<XrefDecision> {
    const db = this.db;
    return db.transaction(() => insertXrefDecision(db, caseName, decision))();
  }

  async xrefDecisions(caseName: string): Promise<XrefDecision[]> {
    return readXrefDecisions(this.db, caseName);
  }

  async saveClaims(caseName: string, claims: readonly ClaimInput[]): Promise<void> {
    const db = this.db;
    db.transaction(() => writeClaims(db, caseName, claims))();
  }

  async reviewClaim(
    caseName: string,
    claimId: string,
    verdict: { status: ClaimStatus; note?: string | null; at?: Date },
  ): Promise<boolean> {
    return review(this.db, caseName, claimId, verdict);
  }

  async claims(caseName: string, filter: ClaimFilter = {}): Promise<Claim[]> {
    const db = this.db;
    return db.transaction(() => readClaims(db, caseName, filter)).deferred();
  }

  async caseStats(caseName: string): Promise<CaseStats> {
    const db = this.db;
    return db.transaction(() => readStats(db, caseName)).deferred();
  }

  async addNote(caseName: string, note: NoteInput): Promise<CaseNote> {
    const db = this.db;
    return db.transaction(() => insertNote(db, caseName, note))();
  }

  async retractNote(
    caseName: string,
    id: number,
    retraction: { actor: string; at: string },
  ): Promise<CaseNote | null> {
    const db = this.db;
    return db.transaction(() => markRetracted(db, caseName, id, retraction))();
  }

  async notes(caseName: string, filter: NoteFilter = {}): Promise<CaseNote[]> {
    return readNotes(this.db, caseName, filter);
  }

  async tagDocument(
    caseName: string,
    documentId: string,
    tag: string,
    by: { actor: string; at: string },
  ): Promise<boolean> {
    const db = this.db;
    return db.transaction(() => insertTag(db, caseName, documentId, tag, by))();
  }

  async untagDocument(caseName: string, documentId: string, tag: string): Promise<boolean> {
    const db = this.db;
    return db.transaction(() => deleteTag(db, caseName, documentId, tag))();
  }

  async tags(caseName: string, documentId?: string): Promise<DocumentTag[]> {
    return readTags(this.db, caseName, documentId ?? null);
  }

  async close(): Promise<void> {
    if (this.conn.open) this.conn.close();
  }
}
