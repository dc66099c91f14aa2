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

/**
 * Two steps, so that highlight() runs for the pages returned only: the first ranks every page
 * holding the phrase by bm25 and keeps `limit` of them (ranking needs no offsets); the second
 * asks highlight() of each kept row by its rowid, which FTS5 seeks to directly (as a range of one:
 * with \`rowid = ?\` beside MATCH, SQLite 3.53's FTS5 highlighted another row), and only when the
 * caller wants the spans: highlighting tokenizes the page again, about a fifth of a millisecond a
 * page, which was half of the look-up's time for `find`, which matches each page itself.
 */
export function searchPages(
  db: SqliteDatabase,
  caseName: string,
  query: string,
  limit: number,
  withSpans = true,
): SearchHit[] {
  // One quoted phrase: the user's text is never read as FTS5 query syntax.
  const phrase = `"${query.replaceAll('"', '""')}"`;
  const ranked = db
    .prepare(
      `SELECT f.rowid AS id, r.document_id, r.page
       FROM case_pages_fts f JOIN case_search_rows r ON r.rowid = f.rowid
       WHERE case_pages_fts MATCH @phrase AND r.case_name = @caseName
       ORDER BY f.rank, r.document_id, r.page LIMIT @limit`,
    )
    .all({ phrase, caseName, limit }) as { id: number; document_id: string; page: number }[];
  if (!withSpans)
    return ranked.map((row) => ({ documentId: row.document_id, page: row.page, spans: [] }));
  const highlight = db.prepare(
    `SELECT highlight(case_pages_fts, 0, char(1), char(2)) AS marked
     FROM case_pages_fts WHERE case_pages_fts MATCH @phrase AND rowid BETWEEN @id AND @id`,
  );
  return ranked.map((row) => {
    const marked = (highlight.get({ phrase, id: row.id }) as { marked: string | null }).marked;
    return { documentId: row.document_id, page: row.page, spans: markedSpans(marked ?? '') };
  });
}
