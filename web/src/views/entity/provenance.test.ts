import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DatasetJson, EntityJson } from '../../api/types.js';
import { adjacent, propLabel, valueRows } from './provenance.js';

const datasets = [
  { name: 'un', version: '3' },
  { name: 'ofac', version: '7' },
] as DatasetJson[];

function entity(extra: Partial<EntityJson> = {}): EntityJson {
  return {
    id: 'x',
    caption: 'X',
    schema: 'Person',
    properties: {
      name: ['X'],
      birthDate: ['1964-07-17'],
      topics: ['sanction'],
      sanctions: [{ id: 's', schema: 'Sanction', caption: 'DPRK' } as EntityJson],
    },
    datasets: ['un'],
    referents: [],
    target: true,
    first_seen: '',
    last_seen: '',
    last_change: '',
    ...extra,
  };
}

test("every plain value is sourced to the entity's lists with their versions", () => {
  const rows = valueRows(entity(), datasets);
  assert.deepEqual(
    rows.map((r) => [r.prop, r.value, r.sources]),
    [
      ['name', 'X', [{ dataset: 'un', version: '3' }]],
      ['birthDate', '1964-07-17', [{ dataset: 'un', version: '3' }]],
    ],
  );
});

test('in a designation across lists, each value is sourced to the lists that give it', () => {
  const e = entity({
    datasets: ['un', 'ofac'],
    designation: {
      id: 'd',
      rule: '',
      members: [],
      links: [],
      values: { name: { X: ['un', 'ofac'] }, birthDate: { '1964-07-17': ['ofac'] } },
    },
  });
  const byValue = Object.fromEntries(valueRows(e, datasets).map((r) => [r.value, r.sources]));
  assert.deepEqual(byValue.X, [
    { dataset: 'un', version: '3' },
    { dataset: 'ofac', version: '7' },
  ]);
  assert.deepEqual(byValue['1964-07-17'], [{ dataset: 'ofac', version: '7' }]);
});

test('inlined entities are adjacent, not values; property names read as words', () => {
  assert.deepEqual(
    adjacent(entity()).map((a) => [a.prop, a.entity.id]),
    [['sanctions', 's']],
  );
  assert.equal(propLabel('birthDate'), 'Birth date');
});
