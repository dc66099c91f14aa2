import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  adjunctKeys,
  canonicalUnRef,
  clusterParties,
  DesignationsBuilder,
  ownKeys,
  type Party,
  type StrongKey,
} from './index.js';

const key = (kind: StrongKey['kind'], value: string, country: string | null = null): StrongKey => ({
  kind,
  value,
  country,
  raw: value,
});
const party = (id: string, dataset: string, keys: StrongKey[], schema = 'Person'): Party => ({
  id,
  schema,
  datasets: [dataset],
  keys,
});
const members = (parties: Party[], splits: [string, string][] = []) =>
  clusterParties(parties, splits).clusters.map((c) => c.members);

test('UN references: current forms kept, the 1267 and 1988 committees’ old forms carried over', () => {
  assert.equal(canonicalUnRef('QDi.304'), 'QDi.304');
  assert.equal(canonicalUnRef('KPe 070.'), 'KPe.070');
  assert.equal(canonicalUnRef('KPI.074'), 'KPi.074');
  assert.equal(canonicalUnRef('QI.A.6.01'), 'QDi.006');
  assert.equal(canonicalUnRef('QE.A.137.14'), 'QDe.137');
  assert.equal(canonicalUnRef('TI.A.121.01'), 'TAi.121');
  assert.equal(canonicalUnRef('E.03.III.1'), null);
  assert.equal(canonicalUnRef('UNKNOWN'), null);
});

test('a UN reference another list cites merges the entries, with the value as evidence', () => {
  const { clusters } = clusterParties([
    party('unsc-1', 'un', [key('unsc', 'QDi.006')]),
    party('gb-hmt-2', 'uk', [key('unsc', 'QDi.006')]),
    party('ofac-3', 'ofac', [key('passport', '1084010', 'eg')]),
  ]);
  assert.deepEqual(clusters.length, 1);
  assert.deepEqual(clusters[0]!.members, ['gb-hmt-2', 'unsc-1']);
  assert.deepEqual(clusters[0]!.links, [
    { entities: ['gb-hmt-2', 'unsc-1'], kind: 'unsc', value: 'QDi.006' },
  ]);
  assert.match(clusters[0]!.id, /^dsg-[0-9a-f]{10}$/);
});

test('links chain across three lists: UN ↔ UK by reference, UK ↔ OFAC by passport', () => {
  const found = members([
    party('unsc-1', 'un', [key('unsc', 'QDi.006')]),
    party('gb-hmt-2', 'uk', [key('unsc', 'QDi.006'), key('passport', '1084010')]),
    party('ofac-3', 'ofac', [key('passport', '1084010', 'eg')]),
  ]);
  assert.deepEqual(found, [['gb-hmt-2', 'ofac-3', 'unsc-1']]);
});

test('a Person never merges with a Vessel or a company, whatever value they share', () => {
  const { clusters, refused } = clusterParties([
    party('gb-hmt-1', 'uk', [key('imo', '8712362')], 'Organization'),
    party('ofac-2', 'ofac', [key('imo', '8712362')], 'Vessel'),
    party('un-3', 'un', [key('passport', 'AB123456')], 'Person'),
    party('eu-4', 'eu', [key('passport', 'AB123456')], 'Company'),
  ]);
  assert.deepEqual(clusters, []);
  assert.deepEqual(
    refused.map((r) => r.reason),
    ['schema', 'schema'],
  );
  assert.deepEqual(
    members([
      party('ofac-5', 'ofac', [key('lei', 'X')], 'Company'),
      party('uk-6', 'uk', [key('lei', 'X')], 'Organization'),
    ]),
    [['ofac-5', 'uk-6']],
  );
});

test('two entries of one list are never merged, and a key two of them hold is dropped', () => {
  const result = clusterParties([
    party('ofac-1', 'ofac', [key('passport', '0000001')]),
    party('ofac-2', 'ofac', [key('passport', '0000001')]),
    party('un-3', 'un', [key('passport', '0000001')]),
  ]);
  assert.deepEqual(result.clusters, []);
  assert.equal(result.ambiguous, 1);
  // Linked through another list, two entries of one list still stay apart.
  const chained = clusterParties([
    party('ofac-1', 'ofac', [key('unsc', 'QDi.001')]),
    party('un-2', 'un', [key('unsc', 'QDi.001'), key('passport', 'P123456')]),
    party('ofac-3', 'ofac', [key('passport', 'P123456')]),
  ]);
  assert.deepEqual(
    chained.clusters.map((c) => c.members),
    [['ofac-1', 'un-2']],
  );
  assert.deepEqual(chained.refused[0]?.reason, 'same-list');
});

test('passports of different issuing countries do not link; an unstated country does', () => {
  assert.deepEqual(
    members([
      party('uk-1', 'uk', [key('passport', 'A1234567', 'ir')]),
      party('ofac-2', 'ofac', [key('passport', 'A1234567', 'sy')]),
    ]),
    [],
  );
  assert.deepEqual(
    members([
      party('uk-1', 'uk', [key('passport', 'A1234567')]),
      party('ofac-2', 'ofac', [key('passport', 'A1234567', 'sy')]),
    ]),
    [['ofac-2', 'uk-1']],
  );
});

test("a reviewer's split keeps the pair apart, and the entry then follows its other links", () => {
  // The UK list of 2018 cites KPi.074 for Pak Mun Il; the UN list holds KPi.074 for another
  // person, and Pak Mun Il under another reference, with the passport number the UK gives.
  const parties = [
    party('unsc-6908652', 'un', [key('unsc', 'KPi.074')]),
    party('gb-hmt-13569', 'uk', [key('unsc', 'KPi.074'), key('passport', '563335509')]),
    party('unsc-6908651', 'un', [key('passport', '563335509')]),
  ];
  assert.deepEqual(members(parties), [['gb-hmt-13569', 'unsc-6908652']]);
  assert.deepEqual(members(parties, [['unsc-6908652', 'gb-hmt-13569']]), [
    ['gb-hmt-13569', 'unsc-6908651'],
  ]);
});

test('two people with the same common name and no shared key stay apart', () => {
  const builder = new DesignationsBuilder();
  const person = (id: string, dataset: string, birthDate: string) => ({
    id,
    schema: 'Person',
    caption: 'Kim Yong Chol',
    properties: { name: ['Kim Yong Chol'], birthDate: [birthDate], nationality: ['kp'] },
    datasets: [dataset],
  });
  builder.add(person('gb-hmt-12439', 'uk', '1946'), true);
  builder.add(person('unsc-6908511', 'un', '1962'), true);
  assert.deepEqual(builder.finish().clusters, []);
});

test('keys: a sanction gives its party the UN reference, documents give number and country', () => {
  const sanction = {
    schema: 'Sanction',
    properties: { entity: ['gb-hmt-7016'], unscId: ['QI.A.6.01'] },
  };
  assert.deepEqual(adjunctKeys(sanction), [
    {
      holder: 'gb-hmt-7016',
      key: { kind: 'unsc', value: 'QDi.006', country: null, raw: 'QI.A.6.01' },
    },
  ]);
  const passport = {
    schema: 'Passport',
    properties: { holder: ['unsc-1'], number: ['OB 0243318'], country: ['cd'] },
  };
  assert.deepEqual(adjunctKeys(passport)[0]?.key, {
    kind: 'passport',
    value: 'OB0243318',
    country: 'cd',
    raw: 'OB 0243318',
  });
  // An ID number without its issuing state, or a short one, is no key.
  const id = (number: string, country?: string) => ({
    schema: 'Identification',
    properties: { holder: ['x'], number: [number], ...(country ? { country: [country] } : {}) },
  });
  assert.deepEqual(adjunctKeys(id('3573010405480001')), []);
  assert.deepEqual(adjunctKeys(id('44323', 'af')), []);
  assert.equal(adjunctKeys(id('3573010405480001', 'id')).length, 1);
  // Own properties: checksummed identifiers; a registration number is not a key.
  const vessel = {
    schema: 'Vessel',
    properties: {
      imoNumber: ['IMO 9187629'],
      registrationNumber: ['12345678'],
      mmsi: ['273456789'],
    },
  };
  assert.deepEqual(
    ownKeys(vessel).map((k) => [k.kind, k.value]),
    [['imo', '9187629']],
  );
});
