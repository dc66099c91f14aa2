import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { testData } from '../../testing/data.js';
import { type Party, readParties } from './parties.js';
import { readTables } from './read.js';

const SAMPLE = testData('excerpts', 'GSmiguel__sample_sdn_advanced.xml');

test('the first pass keeps the reference tables, locations and sanctions entries', async () => {
  const tables = await readTables(SAMPLE, () => {});
  const text = readFileSync(SAMPLE, 'utf8');
  const countOf = (tag: string) => text.split(`<${tag} `).length - 1;
  assert.equal(tables.refs.all('FeatureType').length, countOf('FeatureType'));
  assert.equal(tables.refs.all('FeatureType').length, 76);
  assert.equal(tables.refs.all('IDRegDocType').length, 107);
  assert.equal(tables.refs.all('Country').length, 187);
  assert.equal(tables.refs.text('AliasType', '1400'), 'A.K.A.');
  assert.equal(tables.refs.value('Country', '11073')?.attrs.ISO2, 'CU');
  assert.equal(tables.refs.value('Script', '160')?.attrs.ScriptCode, 'Arab');
  assert.equal(tables.locations.size, 5);
  assert.deepEqual(tables.locations.get('25'), {
    parts: [{ typeId: '1454', value: 'Havana' }],
    countryId: '11073',
    areaCodeId: '11073',
  });
  assert.equal(tables.documents.size, 0);
  assert.equal(tables.relationships.length, 0);
  assert.deepEqual(tables.entries.get('2677'), [
    {
      listId: '1550',
      events: [{ typeId: '1', legalBasisId: '1828', date: '1995-01-23' }],
      measures: [
        { typeId: '1705', comment: null },
        { typeId: '1', comment: 'SDGT' },
      ],
    },
  ]);
});

test('the second pass streams the four parties with their identities and features', async () => {
  const parties: Party[] = [];
  for await (const party of readParties(SAMPLE, () => {})) parties.push(party);
  assert.deepEqual(
    parties.map((p) => [p.fixedRef, p.subTypeId]),
    [
      ['36', '3'],
      ['2677', '4'],
      ['4238', '1'],
      ['15432', '2'],
    ],
  );
  const person = parties[1]!;
  assert.equal(person.identities.length, 1);
  assert.equal(person.identities[0]?.aliases.length, 6);
  const arabic = person.identities[0]?.aliases[1]?.names[1];
  assert.deepEqual(
    arabic?.parts.map((p) => [p.scriptId, p.value]),
    [
      ['160', 'الزمر'],
      ['160', 'عبود عبداللطيف حسن'],
    ],
  );
  assert.equal(person.identities[0]?.groups.get('83901'), '1520');
  const birth = person.features.find((f) => f.typeId === '8');
  assert.deepEqual(birth?.versions[0]?.period, { start: '1947-04-19', end: '1947-04-19' });
  const aircraft = parties[3]!;
  const built = aircraft.features.find((f) => f.typeId === '45');
  assert.deepEqual(built?.versions[0]?.period, { start: '1991-01-01', end: '1991-12-31' });
});
