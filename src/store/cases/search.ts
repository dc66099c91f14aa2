/**
 * Full-text search of a case's pages on SQLite FTS5 (layout in ./schema.ts). A hit's spans come
 * from highlight() on the folded column, whose offsets are the page text's own.
 */
import type { SqliteDatabase } from '../sqlite/index.js';
import type { SearchHit } from './types.js';

/** Spans between the \x01 and \x02 markers FTS5's highlight() put in, as offsets without them. */
function markedSpans(marked: string): [number, number][] {
  const spans: [number, number][] = [];
  let offset = 0;
  let start = -1;
  for (const unit of marked) {
    if (unit === '\u0001') start = offset;
    else if (unit === '\u0002') spans.push([start, offset]);
    else offset += unit.length;
  }
  return spans;
}

export function searchPages(
  db: SqliteDatabase,
  caseName: string,
  query: string,
  limit: number,
): SearchHit[] {
  // One quoted phrase: the user's text is never read as FTS5 query syntax.
  const phrase = `"${query.replaceAll('"', '""')}"`;
  const rows = db
    .prepare(
      `SELECT r.document_id, r.page, highlight(case_pages_fts, 0, char(1), char(2)) AS marked
       FROM case_pages_fts f JOIN case_search_rows r ON r.rowid = f.rowid
       WHERE case_pages_fts MATCH @phrase AND r.case_name = @caseName
       ORDER BY f.rank, r.document_id, r.page LIMIT @limit`,
    )
    .all({ phrase, caseName, limit }) as {
    document_id: string;
    page: number;
    marked: string;
  }[];
  return rows.map((row) => ({
    documentId: row.document_id,
    page: row.page,
    spans: markedSpans(row.marked),
  }));
}
