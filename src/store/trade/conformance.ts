/**
 * What every trade store backend must do, as a suite that takes a factory giving a fresh, empty
 * store. SQLite runs it today; a PostgreSQL backend will run the same suite.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Shipment } from '../../core/trade/index.js';
import { InvalidTradeData } from './errors.js';
import type { TradeStore } from './types.js';

const party = (name: string) => ({
  name,
  address: null,
  phone: null,
  identifier: null,
  incorporated: null,
});

function shipment(id: string, line: number, over: Partial<Shipment> = {}): Shipment {
  return {
    id,
    line,
    date: '2024-03-01',
    shipper: party('Shipper A'),
    consignee: { ...party('Consignee B'), address: 'Izhevsk', incorporated: '2022-11-01' },
    notifyParty: null,
    hsCode: '840710',
    goods: 'piston engines',
    quantity: 40,
    value: 1250000.5,
    currency: 'CNY',
    origin: 'cn',
    destination: 'ru',
    transit: ['kz'],
    ...over,
  };
}

export function tradeStoreConformance(name: string, open: () => Promise<TradeStore>) {
  test(`${name} trade: records come back whole, in line order`, async () => {
    const trade = await open();
    const records = [shipment('b', 3), shipment('a', 2, { transit: [], currency: null })];
    const info = await trade.replace('d1', records, { sourceFile: 'f.csv', rejected: 1 });
    assert.equal(info.records, 2);
    assert.equal(info.rejected, 1);
    assert.deepEqual(await trade.shipments('d1'), [records[1], records[0]]);
    assert.deepEqual(await trade.shipments('nothing'), []);
    await trade.close();
  });

  test(`${name} trade: a reload replaces the dataset's records and leaves others alone`, async () => {
    const trade = await open();
    await trade.replace('d1', [shipment('a', 2), shipment('b', 3)], {
      sourceFile: 'v1.csv',
      rejected: 0,
    });
    await trade.replace('d2', [shipment('a', 2)], { sourceFile: 'other.csv', rejected: 0 });
    await trade.replace('d1', [shipment('c', 2)], { sourceFile: 'v2.csv', rejected: 0 });
    assert.deepEqual(
      (await trade.shipments('d1')).map((s) => s.id),
      ['c'],
    );
    assert.deepEqual(
      (await trade.shipments('d2')).map((s) => s.id),
      ['a'],
    );
    assert.equal((await trade.dataset('d1'))?.sourceFile, 'v2.csv');
    assert.deepEqual(
      (await trade.datasets()).map((d) => [d.dataset, d.records]),
      [
        ['d1', 1],
        ['d2', 1],
      ],
    );
    await trade.close();
  });

  test(`${name} trade: a batch with a repeated id writes nothing`, async () => {
    const trade = await open();
    await trade.replace('d1', [shipment('a', 2)], { sourceFile: 'v1.csv', rejected: 0 });
    await assert.rejects(
      trade.replace('d1', [shipment('x', 2), shipment('x', 3)], {
        sourceFile: 'v2.csv',
        rejected: 0,
      }),
      InvalidTradeData,
    );
    assert.deepEqual(
      (await trade.shipments('d1')).map((s) => s.id),
      ['a'],
    );
    assert.equal((await trade.dataset('d1'))?.sourceFile, 'v1.csv');
    await trade.close();
  });

  test(`${name} trade: remove drops a dataset and its records`, async () => {
    const trade = await open();
    await trade.replace('d1', [shipment('a', 2)], { sourceFile: 'v1.csv', rejected: 0 });
    assert.equal(await trade.remove('d1'), true);
    assert.equal(await trade.remove('d1'), false);
    assert.equal(await trade.dataset('d1'), null);
    assert.deepEqual(await trade.shipments('d1'), []);
    await trade.close();
  });
}
