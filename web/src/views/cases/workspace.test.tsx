/**
 * The case workspace's parts rendered on the server (react-dom/server): the documents table shows
 * status, tags and a failed file's reason, with removal offered only to a key that may write; the
 * notes panel marks retracted notes and links a note to its page in the viewer; the case list
 * links each case to its workspace with its figures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CaseRow, DocumentRow, NoteRow } from './api.js';
import { CaseList } from './CasesView.js';
import { DocumentTable } from './Documents.js';
import { NoteList } from './Notes.js';

const ID = 'a'.repeat(64);
const BAD = 'b'.repeat(64);
const docs: DocumentRow[] = [
  {
    id: ID,
    file_name: 'contract-ru.txt',
    media_type: 'text/plain',
    size: 10,
    status: 'processed',
    failure: null,
    pages: 1,
    added_at: '2025-01-01T00:00:00Z',
    tags: ['contract', 'key'],
  },
  {
    id: BAD,
    file_name: 'broken.pdf',
    media_type: 'application/pdf',
    size: 3,
    status: 'failed',
    failure: { stage: 'text', reason: 'corrupt', message: 'not a PDF' },
    pages: 0,
    added_at: '2025-01-01T00:00:00Z',
    tags: [],
  },
];

test('documents: status, tags and the reason a file failed; each opens in the viewer', () => {
  const html = renderToStaticMarkup(
    <DocumentTable caseName="garpiya" rows={docs} onUntag={() => {}} />,
  );
  assert.match(html, /corrupt: not a PDF/);
  assert.match(html, /status-failed/);
  assert.match(html, new RegExp(`href="/app/cases/garpiya/documents/${ID}"`));
  assert.match(html, /aria-label="Remove tag key from contract-ru.txt"/);
  const readOnly = renderToStaticMarkup(
    <DocumentTable caseName="garpiya" rows={docs} onUntag={null} />,
  );
  assert.match(readOnly, />contract</);
  assert.doesNotMatch(readOnly, /Remove tag/);
});

test('notes: retracted ones kept and marked, a note on a page links to that page', () => {
  const notes: NoteRow[] = [
    {
      id: 1,
      text: 'Kupol is listed',
      document_id: ID,
      page: 1,
      start: null,
      end: null,
      by: 'ana',
      created_at: '2025-03-01T10:00:00.000Z',
      status: 'active',
      retracted_at: null,
      retracted_by: null,
    },
    {
      id: 2,
      text: 'Ask the bank',
      document_id: null,
      page: null,
      start: null,
      end: null,
      by: 'bo',
      created_at: '2025-03-01T11:00:00.000Z',
      status: 'retracted',
      retracted_at: '2025-03-02T00:00:00.000Z',
      retracted_by: 'bo',
    },
  ];
  const html = renderToStaticMarkup(
    <NoteList caseName="garpiya" notes={notes} documents={docs} onRetract={() => {}} />,
  );
  assert.match(html, new RegExp(`href="/app/cases/garpiya/documents/${ID}\\?page=1"`));
  assert.match(html, /contract-ru.txt, page 1/);
  assert.match(html, /<del>Ask the bank<\/del>/);
  assert.match(html, /retracted by bo/);
  // Only the live note can be retracted.
  assert.equal(html.match(/Retract note/g)?.length, 1);
  const readOnly = renderToStaticMarkup(
    <NoteList caseName="garpiya" notes={notes} documents={docs} onRetract={null} />,
  );
  assert.doesNotMatch(readOnly, /Retract note/);
});

test('case list: each case links to its workspace with its figures', () => {
  const rows: CaseRow[] = [
    {
      name: 'garpiya',
      title: 'Garpiya-3',
      created_at: '2025-01-01T00:00:00Z',
      documents: 4,
      processed: 3,
      pending: 0,
      failed: 1,
      pages: 4,
      claims: 7,
      notes: 2,
      last_added_at: '2025-01-02T03:04:05Z',
    },
  ];
  const html = renderToStaticMarkup(<CaseList rows={rows} />);
  assert.match(html, /href="\/app\/cases\/garpiya">Garpiya-3 \(garpiya\)/);
  assert.match(html, /<strong>1<\/strong>/);
  assert.match(html, /2025-01-02 03:04/);
});
