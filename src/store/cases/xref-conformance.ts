/**
 * The case store's conformance, continued: the in-text list search replaces only its own
 * mentions and keeps links, and reviewers' xref decisions are appended in order, never updated.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { doc, mention, P1, P2, withCase } from './conformance-data.js';
import { CaseNotFound, InvalidDocumentData } from './errors.js';
import type { CaseStore } from './types.js';

export function xrefConformance(name: string, open: () => Promise<CaseStore>) {
  test(`${name} cases: one extractor's mentions are replaced, the others and links kept`, async () => {
    const store = await withCase(open);
    const d = doc('contract', 'contract.txt');
    await store.addDocument('garpiya', d);
    const inn = mention(P1, '1831067578', 'inn', '1831067578');
    await store.saveResult('garpiya', d.id, {
      status: 'processed',
      pages: [P1, P2],
      mentions: [inn],
    });
    const kupol = { ...mention(P2, 'Kupol JSC', 'party', 'ofac-46431'), extractor: 'lists' };
    const link = { entityId: 'ofac-46431', score: 0.93 };
    await store.replaceMentions('garpiya', d.id, 'lists', [{ ...kupol, link }]);
    const all = await store.mentionsOf('garpiya', d.id);
    assert.deepEqual(
      all.map((m) => [m.kind, m.text, m.link]),
      [
        ['inn', '1831067578', null],
        ['party', 'Kupol JSC', link],
      ],
    );
    // Again without a link: the stored one stays; a span not on its page is refused whole.
    await store.replaceMentions('garpiya', d.id, 'lists', [kupol]);
    assert.deepEqual((await store.mentionsOf('garpiya', d.id, { kind: 'party' }))[0]?.link, link);
    const wrong = { ...kupol, text: 'Almaz' };
    await assert.rejects(
      store.replaceMentions('garpiya', d.id, 'lists', [wrong]),
      InvalidDocumentData,
    );
    const other = { ...kupol, extractor: 'test' };
    await assert.rejects(
      store.replaceMentions('garpiya', d.id, 'lists', [other]),
      InvalidDocumentData,
    );
    assert.equal((await store.mentionsOf('garpiya', d.id)).length, 2);
    // None: the extractor's mentions go, the rest stay.
    await store.replaceMentions('garpiya', d.id, 'lists', []);
    assert.deepEqual(
      (await store.mentionsOf('garpiya', d.id)).map((m) => m.kind),
      ['inn'],
    );
    // A document read again keeps the link given with a mention over none.
    await store.saveResult('garpiya', d.id, {
      status: 'processed',
      pages: [P1, P2],
      mentions: [inn, { ...kupol, link }],
    });
    assert.deepEqual((await store.mentionsOf('garpiya', d.id, { kind: 'party' }))[0]?.link, link);
    await store.close();
  });

  test(`${name} cases: xref decisions are appended in order and read back as given`, async () => {
    const store = await withCase(open);
    const at = '2025-03-01T10:00:00.123Z';
    const first = await store.addXrefDecision('garpiya', {
      party: 'org-1',
      entityId: 'ofac-46431',
      decision: 'unsure',
      note: '  ',
      actor: 'ana',
      decidedAt: at,
    });
    const second = await store.addXrefDecision('garpiya', {
      party: 'org-1',
      entityId: 'ofac-46431',
      decision: 'same',
      note: 'INN matches',
      actor: 'bo',
      decidedAt: '2025-03-01T11:00:00.000Z',
    });
    assert.ok(second.id > first.id);
    assert.equal(first.note, null);
    const all = await store.xrefDecisions('garpiya');
    assert.deepEqual(
      all.map((d) => [d.caseName, d.party, d.entityId, d.decision, d.note, d.actor, d.decidedAt]),
      [
        ['garpiya', 'org-1', 'ofac-46431', 'unsure', null, 'ana', at],
        ['garpiya', 'org-1', 'ofac-46431', 'same', 'INN matches', 'bo', '2025-03-01T11:00:00.000Z'],
      ],
    );
    const bad = { party: 'org-1', entityId: 'x', decision: 'maybe', actor: 'a', decidedAt: at };
    // @ts-expect-error: a verdict outside the three is refused at run time too
    await assert.rejects(store.addXrefDecision('garpiya', bad), InvalidDocumentData);
    await assert.rejects(store.xrefDecisions('nope'), CaseNotFound);
    await store.createCase({ name: 'other' });
    assert.deepEqual(await store.xrefDecisions('other'), []);
    await store.close();
  });
}
