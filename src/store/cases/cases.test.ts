import assert from 'node:assert/strict';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openSqlite } from '../sqlite/index.js';
import { migrate } from '../sqlite/index.js';
import { blobStoreConformance } from './blob-conformance.js';
import { caseStoreConformance, sha } from './conformance.js';
import { CASES_SCHEMA } from './schema.js';
import { FolderBlobStore, openBlobStore, openCaseStore, SqliteCaseStore } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-cases-'));
let n = 0;
caseStoreConformance('sqlite', async () => new SqliteCaseStore(join(dir, `c${n++}.db`)));
blobStoreConformance('folder', async () => new FolderBlobStore(join(dir, `blobs${n++}`)));

test('sqlite cases: the layout is recorded as the cases domain, at its latest version', async () => {
  const path = join(dir, 'schema.db');
  await openCaseStore(path).close();
  // Opening again migrates nothing and keeps what is there.
  const store = openCaseStore(path);
  await store.createCase({ name: 'kept' });
  await store.close();
  const reopened = openCaseStore(path);
  assert.equal((await reopened.getCase('kept'))?.name, 'kept');
  await reopened.close();
  const db = openSqlite(path, { readonly: true });
  const row = db.prepare("SELECT version FROM dossier_schema WHERE domain = 'cases'").get();
  db.close();
  assert.deepEqual(row, { version: 5 });
});

test('sqlite cases: a second connection sees a document once it is committed', async () => {
  const path = join(dir, 'two.db');
  const writer = openCaseStore(path);
  const reader = openCaseStore(path);
  await writer.createCase({ name: 'c' });
  const id = sha('shared');
  await writer.addDocument('c', { id, size: 6, fileName: 'x', mediaType: 'text/plain', path: 'x' });
  assert.equal((await reader.getDocument('c', id))?.status, 'pending');
  await writer.close();
  await reader.close();
});

test('blobs: kept beside the database, read-only once written', async () => {
  const location = join(dir, 'beside.db');
  const blobs = openBlobStore(location);
  const { sha256 } = await blobs.put(new TextEncoder().encode('original bytes'));
  const path = await blobs.localPath(sha256);
  assert.ok(path?.startsWith(`${location}.blobs`));
  assert.equal(statSync(path!).mode & 0o222, 0, 'nobody may write to a stored original');
});

test('a PostgreSQL location is refused with a clear message', () => {
  assert.throws(() => openCaseStore('postgres://localhost/dossier'), /PostgreSQL backend/);
  assert.throws(() => openBlobStore('postgresql://localhost/dossier'), /PostgreSQL backend/);
});

test('sqlite cases: a file at layout 1 upgrades to the latest, its pages indexed for search', async () => {
  const path = join(dir, 'v1.db');
  const db = openSqlite(path);
  migrate(db, { ...CASES_SCHEMA, migrations: CASES_SCHEMA.migrations.slice(0, 1) });
  const id = sha('old');
  db.exec(`INSERT INTO cases VALUES ('old', NULL, '2025-01-01T00:00:00Z');
    INSERT INTO case_documents (case_name, id, file_name, media_type, size, status, page_count,
      added_at) VALUES ('old', '${id}', 'a.txt', 'text/plain', 3, 'processed', 1, '2025-01-01');
    INSERT INTO case_pages (case_name, document_id, page, text, method)
      VALUES ('old', '${id}', 1, 'ООО «Купол», Ижевск', 'text');`);
  db.close();
  const store = openCaseStore(path);
  assert.deepEqual(await store.search('old', 'ижевск'), [
    { documentId: id, page: 1, spans: [[13, 19]] },
  ]);
  assert.equal((await store.getDocument('old', id))?.pageCount, 1);
  await store.close();
  const check = openSqlite(path, { readonly: true });
  const row = check.prepare("SELECT version FROM dossier_schema WHERE domain = 'cases'").get();
  check.close();
  assert.deepEqual(row, { version: 5 });
});

test('sqlite cases: a file at layout 4 upgrades to 5, its documents untagged, its decisions kept', async () => {
  const path = join(dir, 'v4.db');
  const db = openSqlite(path);
  migrate(db, { ...CASES_SCHEMA, migrations: CASES_SCHEMA.migrations.slice(0, 4) });
  const id = sha('v4');
  db.exec(`INSERT INTO cases VALUES ('old', NULL, '2025-01-01T00:00:00Z');
    INSERT INTO case_documents (case_name, id, file_name, media_type, size, status, page_count,
      added_at) VALUES ('old', '${id}', 'a.txt', 'text/plain', 2, 'processed', 1, '2025-01-01');
    INSERT INTO case_pages (case_name, document_id, page, text, method)
      VALUES ('old', '${id}', 1, 'ok', 'text');
    INSERT INTO case_xref_decisions (case_name, party, entity_id, decision, actor, decided_at)
      VALUES ('old', 'org-1', 'ofac-1', 'same', 'ana', '2025-01-02T00:00:00Z');`);
  db.close();
  const store = openCaseStore(path);
  assert.deepEqual((await store.getDocument('old', id))?.tags, []);
  assert.equal((await store.xrefDecisions('old')).length, 1);
  const by = { actor: 'ana', at: '2025-01-03T00:00:00Z' };
  assert.equal(await store.tagDocument('old', id, 'key', by), true);
  const note = await store.addNote('old', {
    text: 'kept',
    documentId: id,
    page: 1,
    ...by,
    createdAt: by.at,
  });
  assert.equal(note.page, 1);
  await store.close();
  const check = openSqlite(path, { readonly: true });
  const row = check.prepare("SELECT version FROM dossier_schema WHERE domain = 'cases'").get();
  check.close();
  assert.deepEqual(row, { version: 5 });
});
