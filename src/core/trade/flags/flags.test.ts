/** Each flag rule, raised where it should be and not where it should not. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHPL_2024_02_23 } from '../chpl.js';
import { TRANSSHIPMENT_JURISDICTIONS } from '../jurisdictions.js';
import type { Shipment, TradeParty } from '../types.js';
import {
  chplFlags,
  evaluateFlags,
  type FlagContext,
  listedPartyFlags,
  newConsigneeFlags,
  type PartyFacts,
  partyKey,
  settlementFlags,
  sharedContactFlags,
  summarise,
  transshipmentFlags,
} from './index.js';

const party = (name: string, over: Partial<TradeParty> = {}): TradeParty => ({
  name,
  address: null,
  phone: null,
  identifier: null,
  incorporated: null,
  ...over,
});

function shipment(id: string, over: Partial<Shipment> = {}): Shipment {
  return {
    id,
    line: 2,
    date: '2024-03-01',
    shipper: party('Shipper Co'),
    consignee: party('Buyer LLC'),
    notifyParty: null,
    hsCode: '820110',
    goods: 'spades',
    quantity: 1,
    value: 100,
    currency: 'USD',
    origin: 'cn',
    destination: 'ru',
    transit: [],
    ...over,
  };
}

function context(over: Partial<FlagContext> = {}): FlagContext {
  return {
    chpl: CHPL_2024_02_23,
    transshipment: TRANSSHIPMENT_JURISDICTIONS,
    parties: new Map(),
    listedAddresses: new Map(),
    listedPhones: new Map(),
    ...over,
  };
}

const facts = (over: Partial<PartyFacts>): PartyFacts => ({
  listed: [],
  exposure: [],
  incorporated: null,
  ...over,
});

test('chpl: listed codes by tier, headings as a hint, other goods not at all', () => {
  const flags = chplFlags(
    [
      shipment('a', { hsCode: '8542310000' }),
      shipment('b', { hsCode: '901380' }),
      shipment('c', { hsCode: '8542' }),
      shipment('d', { hsCode: '840710' }),
      shipment('e', { hsCode: null }),
    ],
    context(),
  );
  assert.deepEqual(
    flags.map((f) => [f.code, f.severity, f.records[0], f.facts.tier ?? f.facts.heading]),
    [
      ['chpl_goods', 'high', 'a', '1'],
      ['chpl_goods', 'medium', 'b', '3.B'],
      ['chpl_heading', 'low', 'c', '8542'],
    ],
  );
  assert.match(flags[0]!.explanation, /tier 1/);
});

test('settlement: CNY or RUB for dual-use goods only', () => {
  const flags = settlementFlags(
    [
      shipment('engines-cny', { hsCode: '840710', currency: 'CNY' }),
      shipment('chips-rub', { hsCode: '854231', currency: 'RUB' }),
      shipment('drones-usd', { hsCode: '880730', currency: 'USD' }),
      shipment('spades-cny', { hsCode: '820110', currency: 'CNY' }),
    ],
    context(),
  );
  assert.deepEqual(
    flags.map((f) => f.records[0]),
    ['engines-cny', 'chips-rub'],
  );
});

test('transshipment: through a named jurisdiction, more serious for dual-use goods to Russia', () => {
  const flags = transshipmentFlags(
    [
      shipment('kz-engines', { hsCode: '840710', transit: ['kz'] }),
      shipment('kz-spades', { transit: ['kz'] }),
      shipment('via-de', { transit: ['de'] }),
      shipment('direct'),
      // Kazakhstan as the destination is no transit through it.
      shipment('to-kz', { destination: 'kz', transit: ['kz'] }),
    ],
    context(),
  );
  assert.deepEqual(
    flags.map((f) => [f.records[0], f.severity, f.facts.country]),
    [
      ['kz-engines', 'high', 'kz'],
      ['kz-spades', 'medium', 'kz'],
    ],
  );
});

test('listed party: a match with its score; exposure when the service finds it', () => {
  const listed = {
    entityId: 'ofac-46441',
    caption: 'TSK VEKTOR, OOO',
    score: 0.97,
    datasets: ['ofac'],
  };
  const parties = new Map([
    [partyKey('TSK Vektor'), facts({ listed: [listed] })],
    [
      partyKey('Owned Co'),
      facts({
        exposure: [
          { entityId: 'x', caption: 'Owned Co', jurisdiction: 'us', exposed: true, share: 0.5 },
          { entityId: 'x', caption: 'Owned Co', jurisdiction: 'uk', exposed: false, share: 0.5 },
        ],
      }),
    ],
  ]);
  const flags = listedPartyFlags(
    [
      shipment('s1', { consignee: party('TSK VEKTOR') }),
      shipment('s2', { shipper: party('Owned Co') }),
      shipment('s3'),
    ],
    context({ parties }),
  );
  assert.deepEqual(
    flags.map((f) => [f.code, f.party, f.records.join(), f.facts.score ?? f.facts.jurisdiction]),
    [
      ['listed_party', 'TSK VEKTOR', 's1', 0.97],
      ['exposed_party', 'Owned Co', 's2', 'us'],
    ],
  );
  assert.match(flags[0]!.explanation, /score of 0\.97/);
});

test('new consignee: after 24 February 2022, from the records or the lists; shippers not', () => {
  const parties = new Map([[partyKey('Listed Buyer'), facts({ incorporated: '2022-12-11' })]]);
  const flags = newConsigneeFlags(
    [
      shipment('r1', { consignee: party('Fresh LLC', { incorporated: '2023-01-15' }) }),
      shipment('r2', { consignee: party('Listed Buyer') }),
      shipment('r3', { consignee: party('Old LLC', { incorporated: '2015-03-02' }) }),
      shipment('r4', { consignee: party('Same Day LLC', { incorporated: '2022-02-24' }) }),
      shipment('r5', { consignee: party('Vague LLC', { incorporated: '2022' }) }),
      // A young shipper is no consignee: its records as a shipper are not flagged.
      shipment('r6', { shipper: party('Fresh LLC'), consignee: party('Old LLC') }),
    ],
    context({ parties }),
  );
  assert.deepEqual(
    flags.map((f) => [f.party, f.records.join(), f.facts.source]),
    [
      ['Fresh LLC', 'r1', 'the records'],
      ['Listed Buyer', 'r2', 'the lists'],
    ],
  );
});

test('shared contacts: a listed entity’s street address or phone, but not its own', () => {
  const contact = (entityId: string, value: string) => [{ entityId, caption: entityId, value }];
  const ctx = context({
    listedAddresses: new Map([['ul lenina 1 izhevsk', contact('ofac-1', 'ul. Lenina 1, Izhevsk')]]),
    listedPhones: new Map([['4951234567', contact('ofac-2', '+7 495 123 45 67')]]),
    parties: new Map([
      [
        partyKey('Kupol'),
        facts({ listed: [{ entityId: 'ofac-1', caption: 'Kupol', score: 1, datasets: ['ofac'] }] }),
      ],
    ]),
  });
  const flags = sharedContactFlags(
    [
      shipment('a', { consignee: party('Front LLC', { address: 'Ul. Lenina, 1 Izhevsk' }) }),
      shipment('b', { consignee: party('Phone LLC', { phone: '8 (495) 123-45-67' }) }),
      // The listed entity itself at its own address.
      shipment('c', { consignee: party('Kupol', { address: 'ul Lenina 1 Izhevsk' }) }),
      shipment('d', {
        consignee: party('Elsewhere LLC', { address: 'ul Mira 5 Kazan', phone: '123' }),
      }),
    ],
    ctx,
  );
  assert.deepEqual(
    flags.map((f) => [f.code, f.party, f.facts.entityId]),
    [
      ['shared_address', 'Front LLC', 'ofac-1'],
      ['shared_phone', 'Phone LLC', 'ofac-2'],
    ],
  );
});

test('summary: risk per party and per route, highest first, each flag counted once', () => {
  const records = [
    shipment('1', { hsCode: '854231', currency: 'CNY', transit: ['kz'], value: 10 }),
    shipment('2', { hsCode: '854231', currency: 'CNY', transit: ['kz'], value: 5 }),
    shipment('3', { shipper: party('Garden Co'), consignee: party('Farm LLC'), origin: 'de' }),
  ];
  const flags = evaluateFlags(records, context());
  const { parties, routes } = summarise(records, flags);
  assert.deepEqual(
    routes.map((r) => [r.route, r.shipments, r.value, r.score]),
    [
      ['cn → kz → ru', 2, { CNY: 15 }, 2 * (3 + 2 + 3)],
      ['de → ru', 1, { USD: 100 }, 0],
    ],
  );
  assert.deepEqual(parties[0]!.flags, { chpl_goods: 2, dual_use_settlement: 2, transshipment: 2 });
  assert.deepEqual(
    parties.slice(-2).map((p) => [p.party, p.score]),
    [
      ['Farm LLC', 0],
      ['Garden Co', 0],
    ],
  );
});
