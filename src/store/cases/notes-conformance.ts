/**
 * The case store's conformance, continued: reporters' notes are appended, checked against what
 * they point at and retracted without being lost; tags are set once, removed, listed with the
 * documents and used to filter them; the case's figures count pages, claims and notes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { doc, mention, P1, P2, withCase } from './conformance-data.js';
import { CaseNotFound, DocumentNotFound, InvalidDocumentData } from './errors.js';
import type { CaseStore } from './types.js';

const AT = '2025-03-01T10:00:00.000Z';

export function notesConformance(name: string, open: () => Promise<CaseStore>) {
  test(`${name} cases: notes are appended, checked against their page and span, retracted but kept`, async () => {
    const store = await withCase(open);
    const d = doc('contract', 'contract.txt');
    await store.addDocument('garpiya', d);
    await store.saveResult('garpiya', d.id, { status: 'processed', pages: [P1, P2], mentions: [] });
    const general = await store.addNote('garpiya', {
      text: '  Ask the bank.  ',
      actor: 'ana',
      createdAt: AT,
    });
    assert.deepEqual(general, {
      id: general.id,
      caseName: 'garpiya',
      text: 'Ask the bank.',
      documentId: null,
      page: null,
      start: null,
      end: null,
      actor: 'ana',
      createdAt: AT,
      status: 'active',
      retractedAt: null,
      retractedBy: null,
    });
    const kupol = mention(P2, 'Kupol JSC', 'org', 'kupol');
    const onSpan = await store.addNote('garpiya', {
      text: 'Kupol is listed',
      documentId: d.id,
      page: 2,
      start: kupol.start,
      end: kupol.end,
      actor: 'bo',
      createdAt: '2025-03-01T11:00:00.000Z',
    });
    assert.ok(onSpan.id > general.id);
    assert.deepEqual(
      [onSpan.documentId, onSpan.page, onSpan.start, onSpan.end],
      [d.id, 2, kupol.start, kupol.end],
    );
    // What a note points at must be there, and a span within its page.
    const bad = [
      { documentId: d.id, page: 3 },
      { documentId: d.id, page: 2, start: 5, end: 999 },
      { documentId: d.id, page: 2, start: 5, end: 5 },
      { page: 1 },
      { documentId: d.id, start: 0, end: 2 },
    ];
    for (const target of bad) {
      await assert.rejects(
        store.addNote('garpiya', { text: 'x', actor: 'a', createdAt: AT, ...target }),
        InvalidDocumentData,
        JSON.stringify(target),
      );
    }
    await assert.rejects(
      store.addNote('garpiya', {
        text: 'x',
        actor: 'a',
        createdAt: AT,
        documentId: doc('no', 'no').id,
      }),
      DocumentNotFound,
    );
    await assert.rejects(
      store.addNote('garpiya', { text: '   ', actor: 'a', createdAt: AT }),
      InvalidDocumentData,
    );
    await assert.rejects(
      store.addNote('nope', { text: 'x', actor: 'a', createdAt: AT }),
      CaseNotFound,
    );

    const retracted = await store.retractNote('garpiya', general.id, {
      actor: 'ana',
      at: '2025-03-02T00:00:00.000Z',
    });
    assert.deepEqual(
      [retracted?.status, retracted?.retractedAt, retracted?.retractedBy, retracted?.text],
      ['retracted', '2025-03-02T00:00:00.000Z', 'ana', 'Ask the bank.'],
    );
    // A second retraction keeps the first.
    const again = await store.retractNote('garpiya', general.id, {
      actor: 'bo',
      at: '2025-03-03T00:00:00.000Z',
    });
    assert.equal(again?.retractedBy, 'ana');
    assert.equal(await store.retractNote('garpiya', 999_999, { actor: 'a', at: AT }), null);
    assert.deepEqual(
      (await store.notes('garpiya')).map((n) => [n.id, n.status]),
      [
        [general.id, 'retracted'],
        [onSpan.id, 'active'],
      ],
    );
    assert.deepEqual(
      (await store.notes('garpiya', { retracted: false })).map((n) => n.id),
      [onSpan.id],
    );
    assert.deepEqual(
      (await store.notes('garpiya', { documentId: d.id })).map((n) => n.id),
      [onSpan.id],
    );
    // Reading the document again keeps its notes.
    await store.saveResult('garpiya', d.id, { status: 'processed', pages: [P1, P2], mentions: [] });
    assert.equal((await store.notes('garpiya')).length, 2);
    await store.close();
  });

  test(`${name} cases: tags are set once, removed, shown on documents and filter them`, async () => {
    const store = await withCase(open);
    const a = doc('a', 'a.txt');
    const b = doc('b', 'b.txt');
    await store.addDocument('garpiya', a);
    await store.addDocument('garpiya', b);
    const by = { actor: 'ana', at: AT };
    assert.equal(await store.tagDocument('garpiya', a.id, 'to-check', by), true);
    assert.equal(await store.tagDocument('garpiya', a.id, 'contract', by), true);
    assert.equal(
      await store.tagDocument('garpiya', a.id, 'contract', { actor: 'bo', at: AT }),
      false,
    );
    assert.equal(await store.tagDocument('garpiya', b.id, 'key', by), true);
    assert.deepEqual((await store.getDocument('garpiya', a.id))?.tags, ['contract', 'to-check']);
    assert.deepEqual(
      (await store.listDocuments('garpiya')).map((d) => d.tags),
      [['contract', 'to-check'], ['key']],
    );
    assert.deepEqual(
      (await store.listDocuments('garpiya', { tag: 'key' })).map((d) => d.id),
      [b.id],
    );
    assert.deepEqual(
      (await store.tags('garpiya')).map((t) => [t.documentId, t.tag, t.actor, t.taggedAt]),
      [
        [a.id, 'contract', 'ana', AT],
        [a.id, 'to-check', 'ana', AT],
        [b.id, 'key', 'ana', AT],
      ],
    );
    assert.equal(await store.untagDocument('garpiya', a.id, 'contract'), true);
    assert.equal(await store.untagDocument('garpiya', a.id, 'contract'), false);
    assert.deepEqual(
      (await store.tags('garpiya', a.id)).map((t) => t.tag),
      ['to-check'],
    );
    for (const tag of ['', 'Key', 'two words', 'x'.repeat(41), '-lead']) {
      await assert.rejects(store.tagDocument('garpiya', a.id, tag, by), InvalidDocumentData, tag);
    }
    assert.equal(await store.tagDocument('garpiya', a.id, 'договор', by), true);
    await assert.rejects(
      store.tagDocument('garpiya', doc('no', 'no').id, 'key', by),
      DocumentNotFound,
    );
    await assert.rejects(store.tags('nope'), CaseNotFound);
    await store.close();
  });

  test(`${name} cases: the case's figures count pages, claims, live notes and the last addition`, async () => {
    const store = await withCase(open);
    assert.deepEqual(await store.caseStats('garpiya'), {
      pages: 0,
      claims: 0,
      notes: 0,
      lastAddedAt: null,
    });
    const d = doc('contract', 'contract.txt', { at: new Date('2025-02-01T00:00:00Z') });
    await store.addDocument('garpiya', d);
    const inn = mention(P1, '1831067578', 'inn', '1831067578');
    await store.saveResult('garpiya', d.id, {
      status: 'processed',
      pages: [P1, P2],
      mentions: [inn],
    });
    const m = (await store.mentionsOf('garpiya', d.id))[0]!;
    await store.saveClaims('garpiya', [
      {
        id: 'c1',
        kind: 'payment',
        subject: 'a',
        object: 'b',
        properties: {},
        evidence: [{ documentId: d.id, mentionId: m.id }],
      },
    ]);
    const note = await store.addNote('garpiya', { text: 'n', actor: 'a', createdAt: AT });
    await store.addNote('garpiya', { text: 'm', actor: 'a', createdAt: AT });
    await store.retractNote('garpiya', note.id, { actor: 'a', at: AT });
    assert.deepEqual(await store.caseStats('garpiya'), {
      pages: 2,
      claims: 1,
      notes: 1,
      lastAddedAt: '2025-02-01T00:00:00Z',
    });
    await assert.rejects(store.caseStats('nope'), CaseNotFound);
    await store.close();
  });
}
