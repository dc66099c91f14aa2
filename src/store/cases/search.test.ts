/**
 * Search ranks and limits before it highlights (search.ts): the answers must be those of the one
 * statement it replaced, which highlighted every match before the limit. A case of generated
 * pages in three scripts is asked a set of queries, rare to common, at several limits, and the
 * hits (document, page, spans, in order) compared with that statement's, run on the same file.
 * The spans are also checked against the folded text itself.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { foldQuery, searchable } from '../../core/documents/index.js';
import { openSqlite } from '../sqlite/index.js';
import { SqliteCaseStore } from './sqlite-cases.js';
import type { SearchHit } from './types.js';

const WORDS = [
  'договор поставки ООО «Купол» Ямщиков Пётр Сергеевич оплата счёт Ижевск',
  'contract supply Kupol Almaz-Antey payment invoice Shenzhen shipment',
  '合同 供货 有限公司 深圳市 莫斯科 人民币 付款 甲方 乙方',
].map((line) => line.split(' '));

/** Seeded pages: the same text on every run. */
function pages(count: number): string[] {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: count }, (_, i) => {
    const words = WORDS[i % 3]!;
    const length = 5 + Math.floor(random() * 60);
    return Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ');
  });
}

/** The statement search.ts ran before: highlight() in the ranking query itself. */
const ONE_STATEMENT = `SELECT r.document_id, r.page, highlight(case_pages_fts, 0, char(1), char(2)) AS marked
  FROM case_pages_fts f JOIN case_search_rows r ON r.rowid = f.rowid
  WHERE case_pages_fts MATCH @phrase AND r.case_name = @caseName
  ORDER BY f.rank, r.document_id, r.page LIMIT @limit`;

function spansOf(marked: string): [number, number][] {
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

test('search answers what highlighting every match before the limit answered', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-search-'));
  const file = join(dir, 'cases.db');
  const store = new SqliteCaseStore(file);
  try {
    for (const name of ['c', 'other']) {
      await store.createCase({ name });
      const texts = pages(name === 'c' ? 300 : 30);
      for (let d = 0; d < 6; d++) {
        const id = `${name === 'c' ? 'a' : 'b'}${String(d).padStart(63, '0')}`;
        await store.addDocument(name, {
          id,
          size: 1,
          fileName: `${d}`,
          mediaType: 'text/plain',
          path: `${d}`,
        });
        const own = texts.filter((_, i) => i % 6 === d);
        await store.saveResult(name, id, {
          status: 'processed',
          pages: own.map((text, i) => ({
            page: i + 1,
            text,
            ...searchable(text),
            method: 'text' as const,
            language: null,
            confidence: null,
            width: null,
            height: null,
          })),
          mentions: [],
        });
      }
    }
    const db = openSqlite(file, { readonly: true });
    const before = (query: string, limit: number): SearchHit[] =>
      (
        db.prepare(ONE_STATEMENT).all({
          phrase: `"${query.replaceAll('"', '""')}"`,
          caseName: 'c',
          limit,
        }) as { document_id: string; page: number; marked: string }[]
      ).map((r) => ({ documentId: r.document_id, page: r.page, spans: spansOf(r.marked) }));
    const queries = [
      'Kupol',
      'купол',
      'Пётр Сергеевич',
      'yamshchikov',
      '有限公司',
      'shenzhen',
      'счёт',
      'Almaz-Antey',
      'zzz',
    ];
    let compared = 0;
    for (const raw of queries) {
      const query = foldQuery(raw);
      for (const limit of [1, 5, 20, 1000]) {
        const hits = await store.search('c', query, { limit });
        assert.deepEqual(hits, before(query, limit), `${raw} limit ${limit}`);
        // Without spans: the same pages in the same order, nothing highlighted.
        const bare = await store.search('c', query, { limit, spans: false });
        assert.deepEqual(
          bare,
          hits.map((h) => ({ ...h, spans: [] })),
        );
        compared += hits.length;
        for (const hit of hits) {
          const page = await store.page('c', hit.documentId, hit.page);
          const folded = searchable(page!.text).folded;
          for (const [start, end] of hit.spans) assert.equal(folded.slice(start, end), query);
        }
      }
    }
    // The comparison is not empty: common words match most pages of their script.
    assert.ok(compared > 500, `only ${compared} hits compared`);
    db.close();
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
