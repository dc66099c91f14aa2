import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openSqlite } from '../sqlite/index.js';
import { tradeStoreConformance } from './conformance.js';
import { openTradeStore, SqliteTradeStore } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-trade-'));
let n = 0;
tradeStoreConformance('sqlite', async () => new SqliteTradeStore(join(dir, `t${n++}.db`)));

test('sqlite trade: the layout is recorded as the trade domain, version 1', async () => {
  const path = join(dir, 'schema.db');
  await openTradeStore(path).close();
  const db = openSqlite(path, { readonly: true });
  const row = db.prepare("SELECT version FROM dossier_schema WHERE domain = 'trade'").get();
  db.close();
  assert.deepEqual(row, { version: 1 });
});

test('sqlite trade: a second store on the same file sees a reload whole', async () => {
  const path = join(dir, 'two.db');
  const writer = openTradeStore(path);
  const reader = openTradeStore(path);
  const party = { name: 'A', address: null, phone: null, identifier: null, incorporated: null };
  const base = {
    date: null,
    shipper: party,
    consignee: party,
    notifyParty: null,
    hsCode: null,
    goods: 'g',
    quantity: null,
    value: null,
    currency: null,
    origin: null,
    destination: null,
    transit: [],
  };
  await writer.replace('d', [{ ...base, id: 'a', line: 2 }], { sourceFile: 'f', rejected: 0 });
  assert.equal((await reader.shipments('d')).length, 1);
  await writer.replace(
    'd',
    [
      { ...base, id: 'b', line: 2 },
      { ...base, id: 'c', line: 3 },
    ],
    {
      sourceFile: 'f',
      rejected: 0,
    },
  );
  assert.deepEqual(
    (await reader.shipments('d')).map((s) => s.id),
    ['b', 'c'],
  );
  await writer.close();
  await reader.close();
});
