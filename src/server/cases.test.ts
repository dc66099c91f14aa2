/**
 * The case endpoints over a real server: keys are required like everywhere else, an unknown case
 * is a 404 naming the nearest one, a document comes with its places and page texts, a PDF page
 * comes back as a PNG rendered on the server, a PNG scan as stored, search and mentions answer
 * what the service finds, and the OpenAPI document lists the routes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DocumentService } from '../app/documents/index.js';
import { issueKey, type Role } from '../auth/index.js';
import { openBlobStore, openCaseStore } from '../store/cases/index.js';
import { openStore } from '../store/index.js';
import { type KeyStore, openKeyStore } from '../store/keys/index.js';
import { renderPage, textPdf } from '../testing/pdf-fixtures.js';
import { get, startTestServer, type TestServer } from './server-fixture.js';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let dir: string;
let server: TestServer;
let keys: KeyStore;
let cases: ReturnType<typeof openCaseStore>;
let lists: ReturnType<typeof openStore>;
let pdfId: string;
let scanId: string;
let scanBytes: Uint8Array;
const token: Partial<Record<Role | 'revoked', string>> = {};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-cases-http-'));
  const db = join(dir, 'dossier.db');
  lists = openStore(db);
  keys = openKeyStore(db);
  cases = openCaseStore(db);
  const blobs = openBlobStore(db);
  for (const role of ['read', 'revoked'] as const) {
    const issued = issueKey('read', role);
    await keys.insert(issued.stored);
    if (role === 'revoked') await keys.revoke(issued.stored.id);
    token[role] = issued.token;
  }
  const documents = new DocumentService({ cases, blobs, pageCache: join(dir, 'pages') });
  await documents.createCase('garpiya');
  const pdf = await textPdf([
    [{ text: 'Договор поставки № 7 с ООО «Купол», ИНН 1831045468', x: 50, y: 780, size: 12 }],
    [{ text: 'Сумма: 1 200 000,00 юаней (CNY), 14 марта 2024 г.', x: 50, y: 780, size: 12 }],
  ]);
  writeFileSync(join(dir, 'contract.pdf'), pdf);
  // A scan as a reader keeps it: the PNG's bytes and a page of text; no OCR needed for the test.
  scanBytes = renderPage(pdf, 1, 36);
  const scan = scanBytes;
  const stored = await blobs.put(scan);
  scanId = stored.sha256;
  await cases.addDocument('garpiya', {
    id: scanId,
    size: stored.size,
    fileName: 'scan.png',
    mediaType: 'image/png',
    path: 'scan.png',
  });
  await cases.saveResult('garpiya', scanId, {
    status: 'processed',
    pages: [
      {
        page: 1,
        text: 'скан',
        method: 'ocr',
        language: 'rus',
        confidence: 0.9,
        width: null,
        height: null,
      },
    ],
    mentions: [],
  });
  writeFileSync(join(dir, 'notes.txt'), 'Plain text notes about Kupol.');
  await documents.add('garpiya', [join(dir, 'contract.pdf'), join(dir, 'notes.txt')]);
  pdfId = (await documents.documents('garpiya')).documents.find(
    (d) => d.fileName === 'contract.pdf',
  )!.id;
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

const auth = (role: Role | 'revoked') => ({ authorization: `Bearer ${token[role]}` });
const read = (path: string) => get(`${server.url}${path}`, auth('read'));

test('every case route needs a valid key: none or a revoked one is a 401', async () => {
  const paths = [
    '/cases',
    '/cases/garpiya/documents',
    `/cases/garpiya/documents/${pdfId}`,
    `/cases/garpiya/documents/${pdfId}/pages/1/image`,
    '/cases/garpiya/search?q=Kupol',
    '/cases/garpiya/mentions',
    '/cases/garpiya/claims',
  ];
  for (const path of paths) {
    assert.equal((await get(`${server.url}${path}`)).status, 401, path);
    assert.equal((await get(`${server.url}${path}`, auth('revoked'))).status, 401, path);
    assert.equal((await read(path)).status, 200, path);
  }
});

test('an unknown case is a 404 naming the nearest case', async () => {
  const answer = await read('/cases/garpia/documents');
  assert.equal(answer.status, 404);
  assert.match(answer.body.detail, /garpiya/);
  for (const path of ['/search?q=Kupol', '/mentions', '/claims', `/documents/${pdfId}`]) {
    assert.equal((await read(`/cases/nope${path}`)).status, 404, path);
  }
  assert.equal((await read('/cases/garpiya/documents/0123456789abcdef')).status, 404);
});

test('cases and documents, with the failed ones alone on request', async () => {
  assert.deepEqual(
    (await read('/cases')).body.cases.map((c: { name: string }) => c.name),
    ['garpiya'],
  );
  const all = (await read('/cases/garpiya/documents')).body;
  assert.deepEqual(all.documents.map((d: { file_name: string }) => d.file_name).sort(), [
    'contract.pdf',
    'notes.txt',
    'scan.png',
  ]);
  assert.equal(all.counts.processed, 3);
  const failed = await read('/cases/garpiya/documents?status=failed');
  assert.deepEqual(failed.body.documents, []);
  assert.equal((await read('/cases/garpiya/documents?status=done')).status, 400);
});

test('one document: places and each page text, by its ID or a prefix', async () => {
  const answer = await read(`/cases/garpiya/documents/${pdfId.slice(0, 10)}`);
  assert.equal(answer.status, 200);
  assert.equal(answer.body.id, pdfId);
  assert.equal(answer.body.places[0].path.endsWith('contract.pdf'), true);
  assert.deepEqual(
    answer.body.page_texts.map((p: { page: number }) => p.page),
    [1, 2],
  );
  assert.match(answer.body.page_texts[0].text, /Купол/);
});

test('a PDF page comes back as a PNG rendered on the server, cached, with nosniff', async () => {
  const url = `${server.url}/cases/garpiya/documents/${pdfId}/pages/2/image`;
  const response = await fetch(url, { headers: auth('read') });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'image/png');
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  const bytes = new Uint8Array(await response.arrayBuffer());
  assert.deepEqual([...bytes.subarray(0, 8)], PNG);
  assert.equal(Number(response.headers.get('content-length')), bytes.length);
  // 144 dpi: an A4 page of 595 x 842 points is 1190 x 1684 pixels (IHDR width and height).
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  assert.deepEqual([view.getUint32(16), view.getUint32(20)], [1190, 1684]);
  const cached = readdirSync(join(dir, 'pages', pdfId.slice(0, 2), pdfId));
  assert.ok(cached.includes('page-2-144.png'), cached.join());
  const again = new Uint8Array(await (await fetch(url, { headers: auth('read') })).arrayBuffer());
  assert.deepEqual(again, bytes);
});

test('page images: a PNG scan as stored; no page, a text file or a bad number refused', async () => {
  const response = await fetch(`${server.url}/cases/garpiya/documents/${scanId}/pages/1/image`, {
    headers: auth('read'),
  });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'image/png');
  const bytes = new Uint8Array(await response.arrayBuffer());
  assert.deepEqual(bytes, scanBytes);
  assert.equal((await read(`/cases/garpiya/documents/${scanId}/pages/2/image`)).status, 404);
  assert.equal((await read(`/cases/garpiya/documents/${pdfId}/pages/3/image`)).status, 404);
  assert.equal((await read(`/cases/garpiya/documents/${pdfId}/pages/0/image`)).status, 400);
  assert.equal((await read(`/cases/garpiya/documents/${pdfId}/pages/x/image`)).status, 400);
  const notes = (await read('/cases/garpiya/documents')).body.documents.find(
    (d: { file_name: string }) => d.file_name === 'notes.txt',
  );
  const text = await read(`/cases/garpiya/documents/${notes.id}/pages/1/image`);
  assert.equal(text.status, 404);
  assert.match(text.body.detail, /no page image/);
});

test('search finds pages across scripts, with spans; a short or missing query is a 400', async () => {
  const answer = await read('/cases/garpiya/search?q=Kupol');
  assert.equal(answer.status, 200);
  const found = answer.body.results.map(
    (r: { file_name: string; page: number }) => `${r.file_name}:${r.page}`,
  );
  assert.deepEqual(found.sort(), ['contract.pdf:1', 'notes.txt:1']);
  assert.equal((await read('/cases/garpiya/search?q=ab')).status, 400);
  assert.equal((await read('/cases/garpiya/search')).status, 400);
  assert.equal((await read('/cases/garpiya/search?q=Kupol&limit=1')).body.results.length, 1);
});

test('mentions by kind, and an unknown kind refused', async () => {
  const inn = (await read('/cases/garpiya/mentions?kind=inn')).body.mentions;
  assert.deepEqual(
    inn.map((m: { value: string; page: number }) => [m.value, m.page]),
    [['1831045468', 1]],
  );
  const money = (await read('/cases/garpiya/mentions?kind=money&kind=date')).body.mentions;
  assert.deepEqual(money.map((m: { kind: string }) => m.kind).sort(), ['date', 'money']);
  assert.equal((await read('/cases/garpiya/mentions?kind=nonsense')).status, 400);
});

test('claims: the stored ones, filtered by status', async () => {
  const [mention] = (await read('/cases/garpiya/mentions?kind=money')).body.mentions;
  await cases.saveClaims('garpiya', [
    {
      id: 'claim-1',
      kind: 'payment',
      subject: 'case:kupol',
      object: null,
      properties: { amount: ['1200000'] },
      evidence: [{ documentId: pdfId, mentionId: mention.id }],
    },
  ]);
  const all = (await read('/cases/garpiya/claims')).body.claims;
  assert.deepEqual(
    all.map((c: { id: string; status: string }) => [c.id, c.status]),
    [['claim-1', 'extracted']],
  );
  assert.equal(all[0].evidence[0].mention_id, mention.id);
  assert.deepEqual((await read('/cases/garpiya/claims?status=confirmed')).body.claims, []);
});
