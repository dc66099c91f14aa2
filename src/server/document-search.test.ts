/**
 * `GET /search/documents` over a real server with keys: a read key may search, none may not; a
 * Latin query finds Cyrillic pages in every case, each hit named by its case with spans that are
 * offsets into the page's stored text; the case facet counts pages per case; `case` narrows the
 * search, an unknown one is a 404; too short a query is a 400.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DocumentService } from '../app/documents/index.js';
import { issueKey } from '../auth/index.js';
import { openBlobStore, openCaseStore } from '../store/cases/index.js';
import { openStore } from '../store/index.js';
import { type KeyStore, openKeyStore } from '../store/keys/index.js';
import { get, startTestServer, type TestServer } from './server-fixture.js';

let dir: string;
let server: TestServer;
let keys: KeyStore;
let cases: ReturnType<typeof openCaseStore>;
let lists: ReturnType<typeof openStore>;
let reader: Record<string, string>;

const CONTRACT = 'Договор поставки № 7\nПоставщик: ООО «Купол», ИНН 1831045468.\n';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-doc-search-'));
  const db = join(dir, 'dossier.db');
  lists = openStore(db);
  keys = openKeyStore(db);
  cases = openCaseStore(db);
  const issued = issueKey('read', 'reader');
  await keys.insert(issued.stored);
  reader = { authorization: `Bearer ${issued.token}` };
  const documents = new DocumentService({
    cases,
    blobs: openBlobStore(db),
    pageCache: join(dir, 'pages'),
  });
  await documents.createCase('garpiya');
  await documents.createCase('other');
  await documents.createCase('empty');
  writeFileSync(join(dir, 'contract.txt'), CONTRACT);
  writeFileSync(join(dir, 'notes.txt'), 'Notes: Kupol LLC shipped twice.');
  await documents.add('garpiya', [join(dir, 'contract.txt')]);
  await documents.add('other', [join(dir, 'notes.txt')]);
  server = await startTestServer(lists, {
    build: false,
    keys,
    documents,
    config: { requireKeys: true },
  });
});

after(async () => {
  await server.close();
  await cases.close();
  await keys.close();
  await lists.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a key is needed; a read key may search', async () => {
  assert.equal((await get(`${server.url}/search/documents?q=Kupol`)).status, 401);
  assert.equal((await get(`${server.url}/search/documents?q=Kupol`, reader)).status, 200);
});

test('a Latin query finds the Cyrillic page and the Latin one, each with its case', async () => {
  const { status, body } = await get(`${server.url}/search/documents?q=Kupol`, reader);
  assert.equal(status, 200, JSON.stringify(body));
  const byCase = Object.fromEntries(
    body.results.map((r: { case: string; file_name: string; page: number }) => [
      r.case,
      `${r.file_name}:${r.page}`,
    ]),
  );
  assert.deepEqual(byCase, { garpiya: 'contract.txt:1', other: 'notes.txt:1' });
  // The span is an offset into the page's text as stored: it cuts out the Cyrillic name.
  const hit = body.results.find((r: { case: string }) => r.case === 'garpiya');
  const [start, end] = hit.spans[0];
  const page = await get(`${server.url}/cases/garpiya/documents/${hit.document_id}`, reader);
  const text = page.body.page_texts.find((p: { page: number }) => p.page === 1).text as string;
  assert.equal(text.slice(start, end), 'Купол');
  assert.deepEqual(
    body.facets.case.values.map((v: { name: string; count: number }) => [v.name, v.count]),
    [
      ['garpiya', 1],
      ['other', 1],
    ],
  );
});

test('case narrows the search; an unknown case is a 404, a short query a 400', async () => {
  const one = await get(`${server.url}/search/documents?q=Kupol&case=other`, reader);
  assert.deepEqual(
    one.body.results.map((r: { case: string }) => r.case),
    ['other'],
  );
  const unknown = await get(`${server.url}/search/documents?q=Kupol&case=garpia`, reader);
  assert.equal(unknown.status, 404);
  assert.match(unknown.body.detail, /garpiya/);
  assert.equal((await get(`${server.url}/search/documents?q=Ku`, reader)).status, 400);
  const none = await get(`${server.url}/search/documents?q=Nowhere`, reader);
  assert.deepEqual([none.body.results, none.body.facets.case.values], [[], []]);
});
