/**
 * What every case store backend must do, as a suite that takes a factory giving a fresh, empty
 * store. SQLite runs it today; a PostgreSQL backend will run the same suite.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { CaseExists, CaseNotFound, DocumentNotFound, InvalidDocumentData } from './errors.js';
import type { CaseStore, MentionInput, NewDocument, Page } from './types.js';

export const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const doc = (content: string, path: string, extra: Partial<NewDocument> = {}): NewDocument => ({
  id: sha(content),
  size: content.length,
  fileName: path.split('/').pop()!,
  mediaType: 'text/plain',
  path,
  ...extra,
});

const textPage = (page: number, text: string): Page => ({
  page,
  text,
  method: 'text',
  language: null,
  confidence: null,
  width: 595,
  height: 842,
});

/** A mention of `text` found on the page at its first occurrence. */
function mention(page: Page, text: string, kind: string, value: string): MentionInput {
  const start = page.text.indexOf(text);
  assert.ok(start >= 0, `"${text}" is not on page ${page.page}`);
  return {
    page: page.page,
    start,
    end: start + text.length,
    kind,
    text,
    value,
    extractor: 'test',
    confidence: 0.9,
  };
}

async function withCase(open: () => Promise<CaseStore>, name = 'garpiya') {
  const store = await open();
  await store.createCase({ name, title: 'Garpiya-3', at: new Date('2025-01-01T00:00:00Z') });
  return store;
}

const P1 = textPage(1, 'Поставщик ООО «Купол», ИНН 1831067578, получил 1 200 000 юаней.');
const P2 = textPage(2, 'Payment to Kupol JSC, INN 1831067578, 14.03.2024.');

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

  test(`${name} cases: pages and mentions are saved, ordered and found by value`, async () => {
    const store = await withCase(open);
    const contract = doc('contract', 'contract.pdf');
    await store.addDocument('garpiya', contract);
    const inn = mention(P2, '1831067578', 'inn', '1831067578');
    const money = mention(P1, '1 200 000 юаней', 'money', '1200000 CNY');
    const innRu = mention(P1, '1831067578', 'inn', '1831067578');
    const ocr: Page = { ...P2, method: 'ocr', language: 'rus+eng', confidence: 0.91 };
    await store.saveResult('garpiya', contract.id, {
      status: 'processed',
      properties: { pageCount: ['2'], title: ['Договор'] },
      pages: [ocr, P1],
      mentions: [inn, money, { ...innRu, box: [10, 20, 110, 32] }],
    });
    const record = await store.getDocument('garpiya', contract.id);
    assert.equal(record?.status, 'processed');
    assert.equal(record?.pageCount, 2);
    assert.deepEqual(record?.properties, { pageCount: ['2'], title: ['Договор'] });
    assert.deepEqual(await store.pages('garpiya', contract.id), [P1, ocr]);
    assert.deepEqual(await store.page('garpiya', contract.id, 2), ocr);
    assert.equal(await store.page('garpiya', contract.id, 3), null);
    const found = await store.mentionsOf('garpiya', contract.id);
    assert.deepEqual(
      found.map((m) => [m.page, m.start, m.kind]),
      [
        [1, innRu.start, 'inn'],
        [1, money.start, 'money'],
        [2, inn.start, 'inn'],
      ],
    );
    assert.deepEqual(found[0]?.box, [10, 20, 110, 32]);
    assert.equal(found[1]?.box, null);
    const page = await store.page('garpiya', contract.id, 1);
    assert.equal(page?.text.slice(found[1]!.start, found[1]!.end), '1 200 000 юаней');
    assert.equal((await store.mentionsOf('garpiya', contract.id, { kind: 'inn' })).length, 2);
    assert.equal((await store.mentionsOf('garpiya', contract.id, { page: 2 })).length, 1);
    const other = doc('other', 'other.txt');
    await store.addDocument('garpiya', other);
    await store.saveResult('garpiya', other.id, {
      status: 'processed',
      pages: [P2],
      mentions: [inn],
    });
    const byValue = await store.mentionsByValue('garpiya', '1831067578');
    assert.equal(byValue.length, 3);
    assert.deepEqual(new Set(byValue.map((m) => m.documentId)), new Set([contract.id, other.id]));
    assert.equal((await store.mentionsByValue('garpiya', '1831067578', { limit: 1 })).length, 1);
    assert.deepEqual(await store.mentionsByValue('garpiya', '1200000 CNY', { kind: 'inn' }), []);
    assert.deepEqual(await store.mentionsByValue('elsewhere', '1831067578'), []);
    await store.close();
  });

  test(`${name} cases: a bad result rolls back whole, the earlier reading kept`, async () => {
    const store = await withCase(open);
    const d = doc('scan', 'scan.png');
    await store.addDocument('garpiya', d);
    const good = mention(P1, 'ООО «Купол»', 'org', 'купол');
    await store.saveResult('garpiya', d.id, { status: 'processed', pages: [P1], mentions: [good] });
    const bad: MentionInput[][] = [
      [good, { ...good, page: 7 }],
      [{ ...good, end: P1.text.length + 5 }],
      [{ ...good, text: 'ООО «Альфа»' }],
      [good, good],
    ];
    for (const mentions of bad) {
      await assert.rejects(
        store.saveResult('garpiya', d.id, { status: 'processed', pages: [P2, P1], mentions }),
        InvalidDocumentData,
      );
    }
    await assert.rejects(
      store.saveResult('garpiya', d.id, { status: 'processed', pages: [P1, P1], mentions: [] }),
      InvalidDocumentData,
    );
    await assert.rejects(
      store.saveResult('garpiya', sha('unknown'), { status: 'processed', pages: [], mentions: [] }),
      DocumentNotFound,
    );
    assert.deepEqual(await store.pages('garpiya', d.id), [P1]);
    assert.deepEqual(
      (await store.mentionsOf('garpiya', d.id)).map((m) => m.text),
      ['ООО «Купол»'],
    );
    assert.equal((await store.getDocument('garpiya', d.id))?.pageCount, 1);
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

  test(`${name} cases: links to list entities survive a new reading of the document`, async () => {
    const store = await withCase(open);
    const d = doc('linked', 'l.txt');
    await store.addDocument('garpiya', d);
    const org = mention(P1, 'ООО «Купол»', 'org', 'купол');
    await store.saveResult('garpiya', d.id, { status: 'processed', pages: [P1], mentions: [org] });
    const [m] = await store.mentionsOf('garpiya', d.id);
    assert.equal(m?.link, null);
    const link = { entityId: 'ofac-46431', score: 0.97 };
    assert.equal(await store.linkMention('garpiya', d.id, m!.id, link), true);
    assert.equal(await store.linkMention('garpiya', d.id, 'p9:0-1:org', link), false);
    await store.saveResult('garpiya', d.id, { status: 'processed', pages: [P1], mentions: [org] });
    const [again] = await store.mentionsOf('garpiya', d.id);
    assert.equal(again?.id, m?.id);
    assert.deepEqual(again?.link, link);
    assert.equal(await store.linkMention('garpiya', d.id, m!.id, null), true);
    assert.equal((await store.mentionsOf('garpiya', d.id))[0]?.link, null);
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
}
