/**
 * Notes and tags through the documents service: each write is recorded in the audit trail before
 * it is kept (and a refused one records nothing), a note is retracted but stays listed, tags are
 * folded, set once and filter the documents, and the case list's figures count what is there.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AuditEntry } from '../../core/screening/index.js';
import { openBlobStore } from '../../store/cases/index.js';
import { DocumentService } from './service.js';
import { documentsFixture } from './fixture.js';
import { NoteNotFoundError, NoteRetractedError } from './notes.js';

async function withAudit() {
  const f = documentsFixture();
  const records: AuditEntry[] = [];
  const audit = { appendAudit: async (e: AuditEntry) => records.push(e) };
  const db = `${f.dir}/case.db`;
  const service = new DocumentService({
    cases: f.cases,
    blobs: openBlobStore(db),
    audit: () => audit,
  });
  await service.createCase('g');
  const contract = f.write('contract.txt', 'Поставщик ООО «Купол» получил 1 200 000 юаней.');
  const invoice = f.write('invoice.txt', 'Invoice 7: Kupol JSC.');
  await service.add('g', [contract, invoice]);
  const { documents } = await service.documents('g');
  return { f, service, records, documents };
}

test('notes: recorded in the audit trail, then kept; a span note points at its page text', async () => {
  const { service, records, documents } = await withAudit();
  const contract = documents.find((d) => d.fileName === 'contract.txt')!;
  const now = new Date('2025-03-01T10:00:00.000Z');
  const note = await service.notes.add(
    'g',
    {
      text: ' Kupol: check the INN ',
      documentId: contract.id.slice(0, 8),
      page: 1,
      start: 10,
      end: 21,
      actor: 'ana',
    },
    now,
  );
  assert.equal(note.documentId, contract.id, 'a prefix of the ID is resolved');
  assert.equal(note.text, 'Kupol: check the INN');
  assert.deepEqual(records, [
    {
      kind: 'case.note',
      actor: 'ana',
      at: '2025-03-01T10:00:00.000Z',
      payload: {
        case: 'g',
        text: 'Kupol: check the INN',
        document_id: contract.id,
        page: 1,
        start: 10,
        end: 21,
        created_at: '2025-03-01T10:00:00.000Z',
      },
    },
  ]);
  // Refused notes leave no record: no such page, a span off the page, no such document.
  const bad = [
    { documentId: contract.id, page: 2 },
    { documentId: contract.id, page: 1, start: 0, end: 500 },
    { documentId: 'ffffffffffff' },
    { page: 1 },
    { text: '  ' },
  ];
  for (const b of bad) {
    await assert.rejects(
      service.notes.add('g', { text: 'x', actor: 'ana', ...b }),
      JSON.stringify(b),
    );
  }
  assert.equal(records.length, 1);

  const general = await service.notes.add('g', { text: 'Ask the bank', actor: 'bo' });
  const retracted = await service.notes.retract(
    'g',
    general.id,
    'bo',
    new Date('2025-03-02T00:00:00.000Z'),
  );
  assert.equal(retracted.status, 'retracted');
  assert.deepEqual(records.at(-1), {
    kind: 'case.note.retract',
    actor: 'bo',
    at: '2025-03-02T00:00:00.000Z',
    payload: {
      case: 'g',
      note_id: general.id,
      note_actor: 'bo',
      note_created_at: general.createdAt,
      retracted_at: '2025-03-02T00:00:00.000Z',
    },
  });
  await assert.rejects(service.notes.retract('g', general.id, 'bo'), NoteRetractedError);
  await assert.rejects(service.notes.retract('g', 4242, 'bo'), NoteNotFoundError);
  assert.equal(records.length, 3);
  assert.deepEqual(
    (await service.notes.list('g')).map((n) => [n.text, n.status]),
    [
      ['Kupol: check the INN', 'active'],
      ['Ask the bank', 'retracted'],
    ],
  );
  assert.deepEqual(
    (await service.notes.list('g', { retracted: false })).map((n) => n.id),
    [note.id],
  );
  await assert.rejects(service.notes.list('h'), /no case "h"|case/);
});

test('tags: folded, recorded when they change, shown on documents and used as a filter', async () => {
  const { service, records, documents } = await withAudit();
  const [contract, invoice] = documents;
  const set = await service.notes.tag('g', contract!.id, ' Contract ', 'ana', {
    now: new Date('2025-03-01T12:00:00.000Z'),
  });
  assert.deepEqual(set, {
    documentId: contract!.id,
    tag: 'contract',
    changed: true,
    tags: ['contract'],
  });
  assert.equal(records.at(-1)?.kind, 'document.tag');
  assert.deepEqual(records.at(-1)?.payload, {
    case: 'g',
    document_id: contract!.id,
    tag: 'contract',
    at: '2025-03-01T12:00:00.000Z',
  });
  // The same tag again: nothing changes, nothing is recorded.
  assert.equal((await service.notes.tag('g', contract!.id, 'contract', 'bo')).changed, false);
  assert.equal(records.length, 1);
  await service.notes.tag('g', invoice!.id, 'to-check', 'ana');
  await assert.rejects(service.notes.tag('g', invoice!.id, 'two words', 'ana'), /a tag is/);
  const filtered = await service.documents('g', { tag: 'contract' });
  assert.deepEqual(
    filtered.documents.map((d) => [d.fileName, d.tags]),
    [['contract.txt', ['contract']]],
  );
  const removed = await service.notes.tag('g', contract!.id, 'contract', 'ana', { remove: true });
  assert.deepEqual([removed.changed, removed.tags], [true, []]);
  assert.equal(records.at(-1)?.kind, 'document.untag');
  assert.equal(
    (await service.notes.tag('g', contract!.id, 'contract', 'ana', { remove: true })).changed,
    false,
  );
  assert.equal(records.length, 3);
});

test('case summaries: documents by status, pages, claims, live notes, last added', async () => {
  const { service } = await withAudit();
  await service.notes.add('g', { text: 'one', actor: 'ana' });
  const [summary] = await service.notes.summaries();
  assert.equal(summary?.name, 'g');
  assert.deepEqual(summary?.counts, { pending: 0, processed: 2, failed: 0, total: 2 });
  assert.equal(summary?.pages, 2);
  assert.equal(summary?.notes, 1);
  assert.match(summary?.lastAddedAt ?? '', /^\d{4}-\d\d-\d\dT/);
});

test('notes without an audit trail are refused, never kept unrecorded', async () => {
  const f = documentsFixture();
  await f.service.createCase('g');
  await assert.rejects(f.service.notes.add('g', { text: 'x', actor: 'a' }), /audit trail/);
  assert.deepEqual(await f.service.notes.list('g'), []);
  await f.close();
});
