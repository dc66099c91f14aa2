/**
 * The case workspace's routes over a real server that requires keys: a read key lists notes but
 * may not write one nor tag (403), a screen key writes, retracts (kept, marked) and tags, each
 * write lands in the audit trail under the key's name, tags show in the documents list and filter
 * it, the case list carries its figures, and the report downloads with its own CSP.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DocumentService } from '../app/documents/index.js';
import { reportDownload } from '../app/report/index.js';
import { issueKey, type Role } from '../auth/index.js';
import { openBlobStore, openCaseStore } from '../store/cases/index.js';
import { openStore } from '../store/index.js';
import { type KeyStore, openKeyStore } from '../store/keys/index.js';
import { openScreeningStore, type ScreeningStore } from '../store/screening/index.js';
import { get, post, readResponse, startTestServer, type TestServer } from './server-fixture.js';

let server: TestServer;
let keys: KeyStore;
let repo: ScreeningStore;
let cases: ReturnType<typeof openCaseStore>;
let lists: ReturnType<typeof openStore>;
let contractId: string;
const token = {} as Record<Role, string>;
const as = (role: Role) => ({ authorization: `Bearer ${token[role]}` });

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-case-notes-http-'));
  const db = join(dir, 'dossier.db');
  lists = openStore(db);
  keys = openKeyStore(db);
  cases = openCaseStore(db);
  repo = openScreeningStore(db);
  const blobs = openBlobStore(db);
  for (const role of ['read', 'screen', 'admin'] as const) {
    const issued = issueKey(role, `${role} desk`);
    await keys.insert(issued.stored);
    token[role] = issued.token;
  }
  const documents = new DocumentService({ cases, blobs, audit: () => repo });
  await documents.createCase('garpiya');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(dir, 'contract.txt'), 'Поставщик ООО «Купол», ИНН 1831067578.');
  writeFileSync(join(dir, 'empty.txt'), '');
  await documents.add('garpiya', [join(dir, 'contract.txt'), join(dir, 'empty.txt')]);
  contractId = (await cases.listDocuments('garpiya', { status: 'processed' }))[0]!.id;
  const caseReport = (caseName: string, threshold: number) =>
    reportDownload({ cases, documents, matchIndex: async () => null }, caseName, {
      threshold,
      blobs,
      cacheDir: join(dir, 'pages'),
    });
  server = await startTestServer(lists, {
    keys,
    repo,
    documents,
    caseReport,
    config: { requireKeys: true },
  });
});

after(async () => {
  await server?.close();
  await Promise.all([keys.close(), repo.close(), cases.close(), lists.close()]);
});

const send = async (method: string, path: string, role: Role) =>
  readResponse(await fetch(`${server.url}${path}`, { method, headers: as(role) }));

test('a read key lists notes but may not write one, retract one, or tag', async () => {
  assert.deepEqual((await get(`${server.url}/cases/garpiya/notes`, as('read'))).body, {
    case: 'garpiya',
    notes: [],
  });
  const refused = await post(`${server.url}/cases/garpiya/notes`, { text: 'x' }, as('read'));
  assert.equal(refused.status, 403);
  assert.match(refused.body.detail, /needs role "screen"/);
  assert.equal(
    (await send('PUT', `/cases/garpiya/documents/${contractId}/tags/key`, 'read')).status,
    403,
  );
  assert.equal((await send('POST', '/cases/garpiya/notes/1/retract', 'read')).status, 403);
  assert.deepEqual(await cases.notes('garpiya'), []);
});

test('a screen key writes a note on a page, retracts another; both audited under its name', async () => {
  const url = `${server.url}/cases/garpiya/notes`;
  const note = await post(
    url,
    { text: 'Kupol: listed', document_id: contractId.slice(0, 10), page: 1, start: 10, end: 21 },
    as('screen'),
  );
  assert.equal(note.status, 201, JSON.stringify(note.body));
  assert.equal(note.body.document_id, contractId);
  assert.deepEqual(
    [note.body.page, note.body.start, note.body.end, note.body.status],
    [1, 10, 21, 'active'],
  );
  assert.match(note.body.by, /^screen desk \(key /);
  const other = await post(url, { text: 'Call the bank' }, as('screen'));
  const retracted = await send('POST', `/cases/garpiya/notes/${other.body.id}/retract`, 'screen');
  assert.equal(retracted.body.status, 'retracted');
  assert.equal(
    (await send('POST', `/cases/garpiya/notes/${other.body.id}/retract`, 'screen')).status,
    409,
  );
  assert.equal((await send('POST', '/cases/garpiya/notes/999/retract', 'screen')).status, 404);
  assert.equal((await send('POST', '/cases/garpiya/notes/abc/retract', 'screen')).status, 400);
  assert.equal((await post(url, { text: ' ' }, as('screen'))).status, 400);
  assert.equal((await post(url, { text: 'x', page: 1 }, as('screen'))).status, 400);
  assert.equal((await post(url, { text: 'x', colour: 'red' }, as('screen'))).status, 400);
  assert.equal(
    (await post(`${server.url}/cases/nope/notes`, { text: 'x' }, as('screen'))).status,
    404,
  );

  const listed = (await get(url, as('read'))).body.notes;
  assert.deepEqual(
    listed.map((n: { text: string; status: string }) => [n.text, n.status]),
    [
      ['Kupol: listed', 'active'],
      ['Call the bank', 'retracted'],
    ],
  );
  const active = (await get(`${url}?status=active`, as('read'))).body.notes;
  assert.equal(active.length, 1);
  const kinds = [];
  for await (const r of repo.auditRecords()) kinds.push([r.kind, r.actor.split(' (')[0]]);
  assert.deepEqual(kinds.slice(-2), [
    ['case.note', 'screen desk'],
    ['case.note.retract', 'screen desk'],
  ]);
});

test('tags: set, shown in the documents list and document, filtered on, taken off', async () => {
  const path = `/cases/garpiya/documents/${contractId}/tags`;
  const set = await send('PUT', `${path}/To-Check`, 'screen');
  assert.deepEqual(set.body, {
    document_id: contractId,
    tag: 'to-check',
    changed: true,
    tags: ['to-check'],
  });
  assert.equal((await send('PUT', `${path}/to-check`, 'screen')).body.changed, false);
  assert.equal((await send('PUT', `${path}/two%20words`, 'screen')).status, 400);
  const all = (await get(`${server.url}/cases/garpiya/documents`, as('read'))).body.documents;
  assert.deepEqual(
    all.map((d: { status: string; tags: string[] }) => [d.status, d.tags]),
    [
      ['processed', ['to-check']],
      ['failed', []],
    ],
  );
  const filtered = (await get(`${server.url}/cases/garpiya/documents?tag=to-check`, as('read')))
    .body;
  assert.deepEqual(
    filtered.documents.map((d: { id: string }) => d.id),
    [contractId],
  );
  assert.deepEqual(
    (await get(`${server.url}/cases/garpiya/documents/${contractId}`, as('read'))).body.tags,
    ['to-check'],
  );
  const off = await send('DELETE', `${path}/to-check`, 'screen');
  assert.deepEqual([off.body.changed, off.body.tags], [true, []]);
});

test('the case list carries each case with its figures', async () => {
  const { cases: list } = (await get(`${server.url}/cases`, as('read'))).body;
  assert.equal(list.length, 1);
  const [c] = list;
  assert.deepEqual(
    [c.name, c.documents, c.processed, c.failed, c.pages, c.notes],
    ['garpiya', 2, 1, 1, 1, 1],
  );
  assert.match(c.last_added_at, /^\d{4}-/);
});

test('the report downloads as a file with its own strict CSP; a read key may fetch it', async () => {
  const report = await get(`${server.url}/cases/garpiya/report`, as('read'));
  assert.equal(report.status, 200);
  assert.match(report.headers.get('content-type') ?? '', /^text\/html/);
  assert.equal(
    report.headers
      .get('content-disposition')
      ?.startsWith('attachment; filename="garpiya-report.html"'),
    true,
  );
  const policy = report.headers.get('content-security-policy') ?? '';
  assert.match(policy, /^default-src 'none'; style-src 'sha256-/);
  // The same policy as the file's own meta tag.
  assert.ok(
    report.body.includes(`content="${policy.replace(/'/g, '&#39;')}"`) ||
      report.body.includes(`content="${policy}"`),
  );
  assert.match(report.body, /Dossier report: garpiya/);
  assert.match(report.body, /empty\.txt/, 'the failed file is named in the report');
  assert.equal((await get(`${server.url}/cases/nope/report`, as('read'))).status, 404);
  assert.equal(
    (await get(`${server.url}/cases/garpiya/report?threshold=2`, as('read'))).status,
    400,
  );
});
