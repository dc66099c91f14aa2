import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectField, parseTradeMap, resolveColumns, TradeColumnsError } from './index.js';

test('headers are recognised in English, Russian and Chinese', () => {
  const cases: [string, string][] = [
    ['Дата', 'date'],
    ['Отправитель', 'shipper'],
    ['Получатель', 'consignee'],
    ['Код ТН ВЭД', 'hs_code'],
    ['Описание товара', 'goods'],
    ['Страна транзита', 'transit'],
    ['发货人', 'shipper'],
    ['收货人', 'consignee'],
    ['海关编码', 'hs_code'],
    ['币种', 'currency'],
    ['Exporter', 'shipper'],
    ['IMPORTER', 'consignee'],
    ['HS Code', 'hs_code'],
    ['Goods description', 'goods'],
    ['Notify Party', 'notify_party'],
    ['Country of origin', 'origin'],
    ['notify_party', 'notify_party'],
  ];
  for (const [header, field] of cases) assert.equal(detectField(header), field, header);
  assert.equal(detectField('Comments'), null);
});

test('columns resolve by header words; the first column naming a field wins', () => {
  const columns = resolveColumns(['Дата', 'Отправитель', 'Получатель', 'Товар', 'Продавец']);
  assert.deepEqual(Object.fromEntries(columns), { date: 0, shipper: 1, consignee: 2, goods: 3 });
});

test('--map names a column for a field, either way round, and overrides detection', () => {
  const map = parseTradeMap(['shipper=Firm A,consignee=Firm B', 'Tariff=hs_code']);
  assert.deepEqual(Object.fromEntries(map), {
    shipper: 'Firm A',
    consignee: 'Firm B',
    hs_code: 'Tariff',
  });
  const headers = ['Firm A', 'Firm B', 'Tariff', 'Shipper'];
  const columns = resolveColumns(headers, map);
  assert.equal(columns.get('shipper'), 0);
  assert.equal(columns.get('hs_code'), 2);
  assert.throws(() => parseTradeMap(['Firm=Other']), /neither side is a trade field/);
  assert.throws(() => parseTradeMap(['shipper']), /takes <field>=<column>/);
  assert.throws(() => resolveColumns(headers, new Map([['goods', 'Nope']])), /no column "Nope"/);
});

test('a file without shipper, consignee or goods is refused before any row', () => {
  assert.throws(
    () => resolveColumns(['Date', 'Shipper', 'Value']),
    (e: Error) => e instanceof TradeColumnsError && /consignee, goods/.test(e.message),
  );
  // An HS code alone is enough to say what was shipped.
  assert.equal(resolveColumns(['Shipper', 'Consignee', 'HS']).get('hs_code'), 2);
});
