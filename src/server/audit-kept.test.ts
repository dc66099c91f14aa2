/**
 * GET /audit/verify checks what `dossier audit verify` checks: a reporter's note, a document tag
 * or an xref decision kept without its audit record makes the trail incomplete over HTTP too, not
 * only on the command line (both take what to check from the Dossier's `auditKept()`).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Dossier, openDossier } from '../app/dossier/index.js';
import { get, startTestServer, type TestServer } from './server-fixture.js';

let dossier: Dossier;
let server: TestServer;
let contractId: string;

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-audit-kept-'));
  dossier = openDossier({ db: join(dir, 'a.db') });
  await dossier.documents.createCase('garpiya');
  writeFileSync(join(dir, 'contract.txt'), 'Поставщик ООО «Купол», ИНН 1831067578.');
  await dossier.documents.add('garpiya', [join(dir, 'contract.txt')]);
  contractId = (await dossier.cases.listDocuments('garpiya'))[0]!.id;
  server = await startTestServer(dossier.lists, {
    repo: dossier.screening,
    documents: dossier.documents,
    auditKept: () => dossier.auditKept(),
  });
});
after(async () => {
  await server.close();
  await dossier.close();
});

test('notes and tags written through the service leave the trail intact over HTTP', async () => {
  await dossier.documents.notes.add('garpiya', { text: 'Check the INN', actor: 'ana' });
  await dossier.documents.notes.tag('garpiya', contractId, 'contract', 'ana');
  const verified = await get(`${server.url}/audit/verify`);
  assert.equal(verified.status, 200);
  assert.equal(verified.body.ok, true, JSON.stringify(verified.body));
  assert.equal(verified.body.records, 2);
});

test('a note kept without its audit record is reported missing by GET /audit/verify', async () => {
  // Written around the service, as a tampered or half-restored database would hold it.
  await dossier.cases.addNote('garpiya', {
    text: 'unrecorded',
    actor: 'eve',
    createdAt: '2025-01-01T00:00:00.000Z',
  });
  const verified = await get(`${server.url}/audit/verify`);
  assert.equal(verified.status, 200);
  assert.equal(verified.body.ok, false);
  assert.match(
    String(verified.body.detail),
    /the note by eve in case "garpiya" \(2025-01-01T00:00:00\.000Z\) has no audit record/,
  );
});
