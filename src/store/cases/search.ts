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
 * With spans, one statement ranks by bm25, limits and highlights the rows kept. Without (`find`
 * matches each page itself), highlight() is left out: it tokenizes each page again, and measured
 * on 10,000 pages (bench/docs-find.ts) was half of the look-up's CPU time. Highlighting the kept
 * rows one by one in a second statement was tried and was slower: FTS5 loads the phrase's whole
 * doclist for each, and with `rowid = ?` beside MATCH SQLite 3.53's FTS5 highlighted another row.
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
  const marked = withSpans ? 'highlight(case_pages_fts, 0, char(1), char(2))' : "''";
  const rows = db
    .prepare(
      `SELECT r.document_id, r.page, ${marked} AS marked
       FROM case_pages_fts f JOIN case_search_rows r ON r.rowid = f.rowid
       WHERE case_pages_fts MATCH @phrase AND r.case_name = @caseName
       ORDER BY f.rank, r.document_id, r.page LIMIT @limit`,
    )
    .all({ phrase, caseName, limit }) as { document_id: string; page: number; marked: string }[];
  return rows.map((row) => ({
    documentId: row.document_id,
    page: row.page,
    spans: markedSpans(row.marked),
  }));
}
