/**
 * What every case store backend must do, as a suite that takes a factory giving a fresh, empty
 * store. SQLite runs it today; a PostgreSQL backend will run the same suite.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CaseExists, CaseNotFound, DocumentNotFound, InvalidDocumentData } from './errors.js';
import { doc, P1, sha, withCase } from './conformance-data.js';
import type { CaseStore } from './types.js';
import { claimsConformance } from './claims-conformance.js';
import { notesConformance } from './notes-conformance.js';
import { readingConformance } from './reading-conformance.js';
import { xrefConformance } from './xref-conformance.js';

export { sha } from './conformance-data.js';

export function caseStoreConformance(name: string, open: () => Promise<CaseStore>) {
  test(`${name} cases: created, found, listed oldest first; a taken name is refused`, async () => {
    const store = await open();
    assert.deepEqual(await store.listCases(), []);
    const b = await store.createCase({ name: 'b', at: new Date('2025-02-01T00:00:00.400Z') });
    await store.createCase({ name: 'a', title: 'First', at: new Date('2025-01-01T00:00:00Z') });
    assert.deepEqual(b, { name: 'b', title: null, createdAt: '2025-02-01T00:00:00Z' });
    assert.deepEqual(await store.getCase('a'), {
      name: 'a',
      title: 'First',
      createdAt: '2025-01-01T00:00:00Z',
    });
    assert.equal(await store.getCase('missing'), null);
    assert.deepEqual(
      (await store.listCases()).map((c) => c.name),
      ['a', 'b'],
    );
    await assert.rejects(store.createCase({ name: 'a' }), CaseExists);
    await assert.rejects(store.createCase({ name: '  ' }), InvalidDocumentData);
    assert.equal((await store.getCase('a'))?.title, 'First');
    await store.close();
  });

  test(`${name} cases: the same bytes are one document, every place kept`, async () => {
    const store = await withCase(open);
    const invoice = doc('invoice', 'leak/invoice.txt');
    assert.deepEqual(await store.addDocument('garpiya', invoice), { created: true });
    // A resumed add: the same place again changes nothing.
    assert.deepEqual(await store.addDocument('garpiya', invoice), { created: false });
    await store.addDocument('garpiya', { ...invoice, path: 'leak/copy/invoice (1).txt' });
    const mailA = doc('mail a', 'mail/a.eml');
    const mailB = doc('mail b', 'mail/b.eml');
    await store.addDocument('garpiya', mailA);
    await store.addDocument('garpiya', mailB);
    await store.addDocument('garpiya', { ...invoice, path: 'invoice.txt', parentId: mailA.id });
    await store.addDocument('garpiya', { ...invoice, path: 'invoice.txt', parentId: mailB.id });
    const record = await store.getDocument('garpiya', invoice.id);
    assert.equal(record?.status, 'pending');
    assert.equal(record?.fileName, 'invoice.txt');
    assert.deepEqual(
      record?.places.map((p) => [p.path, p.parentId]),
      [
        ['leak/invoice.txt', null],
        ['leak/copy/invoice (1).txt', null],
        ['invoice.txt', mailA.id],
        ['invoice.txt', mailB.id],
      ],
    );
    // Both e-mails keep their attachment (aleph#3165).
    assert.deepEqual(
      (await store.children('garpiya', mailA.id)).map((d) => d.id),
      [invoice.id],
    );
    assert.deepEqual(
      (await store.children('garpiya', mailB.id)).map((d) => d.id),
      [invoice.id],
    );
    assert.deepEqual(await store.children('garpiya', invoice.id), []);
    assert.equal((await store.countDocuments('garpiya')).total, 3);
    await store.close();
  });

  test(`${name} cases: bad documents are refused and write nothing`, async () => {
    const store = await withCase(open);
    const orphan = doc('orphan', 'x.txt', { parentId: sha('never added') });
    await assert.rejects(store.addDocument('garpiya', orphan), DocumentNotFound);
    await assert.rejects(store.addDocument('nope', doc('a', 'a.txt')), CaseNotFound);
    await assert.rejects(
      store.addDocument('garpiya', doc('a', 'a', { id: 'ABC' })),
      InvalidDocumentData,
    );
    const ok = doc('bytes', 'b.txt');
    await store.addDocument('garpiya', ok);
    await assert.rejects(
      store.addDocument('garpiya', { ...ok, size: 99, path: 'other.txt' }),
      InvalidDocumentData,
    );
    assert.equal(await store.getDocument('garpiya', orphan.id), null);
    assert.deepEqual(
      (await store.getDocument('garpiya', ok.id))?.places.map((p) => p.path),
      ['b.txt'],
    );
    assert.equal((await store.countDocuments('garpiya')).total, 1);
    await assert.rejects(store.listDocuments('nope'), CaseNotFound);
    await store.close();
  });

  test(`${name} cases: failures say where and why, and are counted and listed`, async () => {
    const store = await withCase(open);
    const ids = ['a', 'b', 'c', 'd'].map((c) => doc(c, `${c}.pdf`));
    for (const d of ids) await store.addDocument('garpiya', d);
    const failure = {
      stage: 'text',
      reason: 'encrypted',
      message: 'the PDF is password-protected',
    };
    await store.saveResult('garpiya', ids[1]!.id, { status: 'failed', failure });
    await store.saveResult('garpiya', ids[2]!.id, {
      status: 'processed',
      pages: [P1],
      mentions: [],
    });
    assert.deepEqual(await store.countDocuments('garpiya'), {
      pending: 2,
      processed: 1,
      failed: 1,
      total: 4,
    });
    const failed = await store.listDocuments('garpiya', { status: 'failed' });
    assert.deepEqual(
      failed.map((d) => [d.fileName, d.failure]),
      [['b.pdf', failure]],
    );
    assert.equal((await store.getDocument('garpiya', ids[0]!.id))?.failure, null);
    // A failed reading clears what an earlier one found; a later success clears the failure.
    await store.saveResult('garpiya', ids[2]!.id, { status: 'failed', failure });
    assert.deepEqual(await store.pages('garpiya', ids[2]!.id), []);
    await store.saveResult('garpiya', ids[1]!.id, {
      status: 'processed',
      pages: [P1],
      mentions: [],
    });
    assert.equal((await store.getDocument('garpiya', ids[1]!.id))?.failure, null);
    assert.deepEqual(
      (await store.listDocuments('garpiya')).map((d) => d.fileName),
      ['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf'],
    );
    const page = await store.listDocuments('garpiya', { limit: 2, offset: 1 });
    assert.deepEqual(
      page.map((d) => d.fileName),
      ['b.pdf', 'c.pdf'],
    );
    await store.close();
  });

  test(`${name} cases: the same bytes in two cases are two documents`, async () => {
    const store = await withCase(open, 'one');
    await store.createCase({ name: 'two' });
    const d = doc('shared', 'shared.txt');
    await store.addDocument('one', d);
    await store.addDocument('two', { ...d, path: 'elsewhere/shared.txt' });
    await store.saveResult('one', d.id, { status: 'processed', pages: [P1], mentions: [] });
    assert.equal((await store.getDocument('two', d.id))?.status, 'pending');
    assert.deepEqual(
      (await store.getDocument('two', d.id))?.places.map((p) => p.path),
      ['elsewhere/shared.txt'],
    );
    assert.deepEqual(await store.pages('two', d.id), []);
    assert.equal(await store.getDocument('three', d.id), null);
    await store.close();
  });

  test(`${name} cases: a closed store refuses, and closing twice is harmless`, async () => {
    const store = await withCase(open);
    await store.close();
    await store.close();
    await assert.rejects(store.listCases(), /closed/);
    await assert.rejects(store.addDocument('garpiya', doc('late', 'late.txt')), /closed/);
  });
  readingConformance(name, open);
  claimsConformance(name, open);
  xrefConformance(name, open);
  notesConformance(name, open);
}
