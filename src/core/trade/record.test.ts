import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TradeField } from './index.js';
import { readAmount, rowToShipment } from './index.js';

const row = (values: Partial<Record<TradeField, string>>) => (field: TradeField) =>
  values[field] ?? '';

test('a row becomes a shipment with cleaned values', () => {
  const outcome = rowToShipment(
    7,
    row({
      date: '12.03.2024',
      shipper: 'Xiamen Engines Co',
      consignee: 'ООО Вектор',
      consignee_incorporated: '2023-01-15',
      hs_code: '8407.10',
      goods: 'engines',
      quantity: '40',
      value: '1 280 000,50',
      currency: 'cny',
      origin: 'Китай',
      destination: 'Россия',
      transit: 'Kazakhstan; 吉尔吉斯斯坦',
    }),
  );
  assert.ok(outcome.ok);
  const s = outcome.shipment;
  assert.equal(s.id, 'line-7');
  assert.equal(s.date, '2024-03-12');
  assert.equal(s.hsCode, '840710');
  assert.equal(s.value, 1280000.5);
  assert.equal(s.currency, 'CNY');
  assert.deepEqual([s.origin, s.destination, s.transit], ['cn', 'ru', ['kz', 'kg']]);
  assert.equal(s.consignee.incorporated, '2023-01-15');
});

test('a bad row gives every reason at once', () => {
  const outcome = rowToShipment(
    3,
    row({
      shipper: 'A',
      hs_code: '84A7',
      value: 'lots',
      currency: 'yuan',
      origin: 'Atlantis',
      date: 'soon',
    }),
  );
  assert.ok(!outcome.ok);
  assert.deepEqual(outcome.reasons, [
    'no consignee',
    'hs_code "84A7" is not an HS code (4 to 10 digits)',
    'currency "yuan" is not an ISO 4217 code such as CNY',
    'date "soon" is not a date',
    'value "lots" is not a number of 0 or more',
    'origin "Atlantis" is not a country',
  ]);
});

test('amounts in the usual national forms', () => {
  assert.equal(readAmount('1,234.50'), 1234.5);
  assert.equal(readAmount('1.234,50'), 1234.5);
  assert.equal(readAmount('1 234'), 1234);
  assert.equal(readAmount('1,234'), 1234);
  assert.equal(readAmount('12,5'), 12.5);
  assert.equal(readAmount('n/a'), null);
});
