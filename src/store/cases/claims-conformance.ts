/**
 * The case store's conformance, continued: claims rest on stored mentions, keep their review
 * across runs, and stand side by side when they conflict.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { doc, mention, P1, P2, withCase } from './conformance-data.js';
import { CaseNotFound, InvalidDocumentData } from './errors.js';
import type { CaseStore, ClaimInput } from './types.js';

export function claimsConformance(name: string, open: () => Promise<CaseStore>) {
  test(`${name} cases: claims cite stored mentions, keep reviews, and may conflict`, async () => {
    const store = await withCase(open);
    const d = doc('payments', 'payments.xlsx');
    await store.addDocument('garpiya', d);
    const money = mention(P1, '1 200 000 юаней', 'money', '1200000 CNY');
    const date = mention(P2, '14.03.2024', 'date', '2024-03-14');
    await store.saveResult('garpiya', d.id, {
      status: 'processed',
      pages: [P1, P2],
      mentions: [money, date],
    });
    const [m1, m2] = await store.mentionsOf('garpiya', d.id);
    const evidence = [
      { documentId: d.id, mentionId: m2!.id },
      { documentId: d.id, mentionId: m1!.id },
    ];
    const paid: ClaimInput = {
      id: 'c1',
      kind: 'payment',
      subject: 'party-almaz',
      object: 'ofac-46431',
      properties: { amount: ['1200000'], currency: ['CNY'], date: ['2024-03-14'] },
      evidence,
    };
    const other: ClaimInput = { ...paid, id: 'c2', properties: { amount: ['1100000'] } };
    await store.saveClaims('garpiya', [paid, other]);
    const claims = await store.claims('garpiya');
    assert.deepEqual(
      claims.map((c) => [c.id, c.status, c.properties.amount?.[0]]),
      [
        ['c1', 'extracted', '1200000'],
        ['c2', 'extracted', '1100000'],
      ],
    );
    assert.deepEqual(claims[0]?.evidence, evidence, 'evidence in the order given');
    assert.equal(
      await store.reviewClaim('garpiya', 'c2', {
        status: 'disputed',
        note: 'the bank statement says 1,200,000',
        at: new Date('2025-04-01T09:00:00Z'),
      }),
      true,
    );
    assert.equal(await store.reviewClaim('garpiya', 'nope', { status: 'confirmed' }), false);
    // A new run updates the claim's content but not its review.
    await store.saveClaims('garpiya', [{ ...other, properties: { amount: ['1100000.00'] } }]);
    const [disputed] = await store.claims('garpiya', { status: 'disputed' });
    assert.equal(disputed?.id, 'c2');
    assert.equal(disputed?.note, 'the bank statement says 1,200,000');
    assert.equal(disputed?.reviewedAt, '2025-04-01T09:00:00Z');
    assert.deepEqual(disputed?.properties, { amount: ['1100000.00'] });
    assert.equal((await store.claims('garpiya', { entity: 'ofac-46431' })).length, 2);
    assert.equal((await store.claims('garpiya', { entity: 'someone-else' })).length, 0);
    assert.equal((await store.claims('garpiya', { kind: 'supply' })).length, 0);
    await store.close();
  });

  test(`${name} cases: a claim citing a missing mention fails its whole batch`, async () => {
    const store = await withCase(open);
    const d = doc('claims', 'c.txt');
    await store.addDocument('garpiya', d);
    await store.saveResult('garpiya', d.id, {
      status: 'processed',
      pages: [P1],
      mentions: [mention(P1, 'ООО «Купол»', 'org', 'купол')],
    });
    const [m] = await store.mentionsOf('garpiya', d.id);
    const good: ClaimInput = {
      id: 'good',
      kind: 'supply',
      subject: 'a',
      object: 'b',
      properties: {},
      evidence: [{ documentId: d.id, mentionId: m!.id }],
    };
    const dangling = {
      ...good,
      id: 'bad',
      evidence: [{ documentId: d.id, mentionId: 'p9:0-1:x' }],
    };
    await assert.rejects(store.saveClaims('garpiya', [good, dangling]), InvalidDocumentData);
    await assert.rejects(
      store.saveClaims('garpiya', [{ ...good, evidence: [] }]),
      InvalidDocumentData,
    );
    await assert.rejects(store.saveClaims('elsewhere', [good]), CaseNotFound);
    assert.deepEqual(await store.claims('garpiya'), []);
    await store.close();
  });
}
