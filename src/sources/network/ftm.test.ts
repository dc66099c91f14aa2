import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ftmAssetOwners, ftmRelation } from './ftm.js';
import type { ParsedRelation } from './types.js';

const relation = (entity: Parameters<typeof ftmRelation>[0]): ParsedRelation => {
  const found = ftmRelation(entity, 'line 1');
  assert.ok(found && 'relation' in found, JSON.stringify(found));
  return found.relation;
};

test('FtM Ownership: owner → asset, the share text read, the rest kept as properties', () => {
  const r = relation({
    id: 'own-1',
    schema: 'Ownership',
    properties: {
      owner: ['ofac-16865'],
      asset: ['ofac-46431'],
      percentage: ['25-50%'],
      startDate: ['2019'],
      ownershipType: ['shares'],
    },
  });
  assert.equal(r.type, 'ownership');
  assert.deepEqual([r.source.id, r.target.id], ['ofac-16865', 'ofac-46431']);
  assert.deepEqual([r.share.low, r.share.high, r.share.percentage], [25, 50, null]);
  assert.equal(r.startDate, '2019');
  assert.equal(r.statementId, 'own-1');
  assert.deepEqual(r.properties, { percentText: ['25-50%'], ownershipType: ['shares'] });
});

test('FtM interval schemata point as FtM draws them; payments carry amount and date', () => {
  const cases: [string, Record<string, string[]>, string][] = [
    ['Directorship', { director: ['p'], organization: ['c'], role: ['CEO'] }, 'directorship'],
    ['Employment', { employee: ['p'], employer: ['c'] }, 'employment'],
    ['Membership', { member: ['p'], organization: ['c'] }, 'membership'],
    ['Representation', { agent: ['p'], client: ['c'] }, 'representation'],
    ['Family', { person: ['p'], relative: ['c'], relationship: ['brother'] }, 'family'],
    ['Associate', { person: ['p'], associate: ['c'] }, 'associate'],
    ['UnknownLink', { subject: ['p'], object: ['c'], role: ['Linked To'] }, 'linked'],
  ];
  for (const [schema, properties, type] of cases) {
    const r = relation({ id: 'x', schema, properties });
    assert.deepEqual([r.type, r.source.id, r.target.id], [type, 'p', 'c'], schema);
  }
  const pay = relation({
    id: 'pay',
    schema: 'Payment',
    properties: {
      payer: ['p'],
      beneficiary: ['c'],
      amount: ['1250000.50'],
      currency: ['CNY'],
      date: ['2024-03-14'],
    },
  });
  assert.deepEqual([pay.amount, pay.currency, pay.startDate], [1250000.5, 'CNY', '2024-03-14']);
});

test('FtM: parties are no relation; a missing end is a problem; a bad share a warning', () => {
  assert.equal(ftmRelation({ id: 'c', schema: 'Company', properties: { name: ['C'] } }, 'l'), null);
  assert.deepEqual(
    ftmRelation({ id: 'o', schema: 'Ownership', properties: { owner: ['a'] } }, 'l'),
    {
      problem: 'Ownership o has no asset',
    },
  );
  const found = ftmRelation(
    {
      id: 'o',
      schema: 'Ownership',
      properties: { owner: ['a'], asset: ['b'], percentage: ['majority'] },
    },
    'line 4',
  );
  assert.ok(found && 'relation' in found);
  assert.equal(found.relation.share.percentage, null);
  assert.match(found.warning!, /line 4: Ownership o: not a percentage/);
});

test("a vessel's owner is an ownership of unknown share", () => {
  const [r] = ftmAssetOwners({ id: 'v', schema: 'Vessel', properties: { owner: ['ofac-1'] } }, 'l');
  assert.deepEqual(
    [r!.type, r!.source.id, r!.target.id, r!.share.percentage],
    ['ownership', 'ofac-1', 'v', null],
  );
  assert.deepEqual(ftmAssetOwners({ id: 'c', schema: 'Company', properties: {} }, 'l'), []);
});
