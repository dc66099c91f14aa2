/** Trade files read with their columns recognised or mapped, bad rows reported by line. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseTradeMap } from '../../core/trade/index.js';
import { writeSheetXlsx } from '../screening/xlsx/xlsx-writer.js';
import { readTradeFile } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-trade-read-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('a Russian declaration export: headers recognised, bad rows reported by line', async () => {
  const path = file(
    'ru.csv',
    [
      'Дата;Отправитель;Получатель;Код ТН ВЭД;Описание товара;Стоимость;Валюта;Страна происхождения;Страна назначения;Страна транзита',
      '12.03.2024;Xiamen Engines Co;ООО Вектор;8407 10;Двигатели;1 280 000,00;CNY;Китай;Россия;Казахстан',
      '13.03.2024;Xiamen Engines Co;;8407;Двигатели;100;CNY;Китай;Россия;',
      '',
      '14.03.2024;Shenzhen Chips;ООО Вектор;854231;Микросхемы;5 000;RUB;Китай;Россия;Киргизия',
      '15.03.2024;Shenzhen Chips;ООО Вектор;85X;Микросхемы;много;RUB;Китай;Россия;',
    ].join('\n'),
  );
  const read = await readTradeFile(path);
  assert.deepEqual(
    read.shipments.map((s) => [s.line, s.id, s.hsCode, s.value, s.origin, s.transit.join()]),
    [
      [2, 'line-2', '840710', 1280000, 'cn', 'kz'],
      [5, 'line-5', '854231', 5000, 'cn', 'kg'],
    ],
  );
  assert.deepEqual(read.rejected, [
    { line: 3, reasons: ['no consignee'] },
    {
      line: 6,
      reasons: [
        'hs_code "85X" is not an HS code (4 to 10 digits)',
        'value "много" is not a number of 0 or more',
      ],
    },
  ]);
  assert.equal(read.columns.hs_code, 'Код ТН ВЭД');
});

test('Chinese headers, and a repeated record id is a bad row', async () => {
  const path = file(
    'zh.csv',
    [
      '报关单号,日期,发货人,收货人,海关编码,品名,金额,币种',
      'A-1,2024-04-01,厦门发动机有限公司,OOO Vektor,840710,发动机,1000,CNY',
      'A-1,2024-04-02,厦门发动机有限公司,OOO Vektor,840710,发动机,1000,CNY',
    ].join('\n'),
  );
  const read = await readTradeFile(path);
  assert.deepEqual(
    read.shipments.map((s) => [s.id, s.shipper.name, s.consignee.name]),
    [['A-1', '厦门发动机有限公司', 'OOO Vektor']],
  );
  assert.deepEqual(read.rejected, [{ line: 3, reasons: ['id "A-1" was already given on line 2'] }]);
});

test('--map names columns the synonyms do not know', async () => {
  const path = file(
    'mapped.csv',
    ['Firm A,Firm B,Tariff,What', 'Alpha Ltd,Beta LLC,854231,chips'].join('\n'),
  );
  await assert.rejects(readTradeFile(path), /no column found for shipper, consignee/);
  const read = await readTradeFile(
    path,
    parseTradeMap(['shipper=Firm A,consignee=Firm B', 'hs_code=Tariff', 'goods=What']),
  );
  assert.deepEqual(
    read.shipments.map((s) => [s.shipper.name, s.consignee.name, s.hsCode]),
    [['Alpha Ltd', 'Beta LLC', '854231']],
  );
});

test('an XLSX workbook reads as the CSV does, rows numbered as the sheet numbers them', async () => {
  const path = join(dir, 'shipments.xlsx');
  await writeSheetXlsx(
    path,
    'Shipments',
    ['Exporter', 'Importer', 'HS code', 'Goods', 'Value', 'Currency', 'Transit'],
    [
      ['Alpha Ltd', 'Beta LLC', '880730', 'drone parts', 96000, 'CNY', 'Hong Kong'],
      ['Alpha Ltd', '', '880730', 'drone parts', 1, 'CNY', ''],
    ],
  );
  const read = await readTradeFile(path);
  assert.deepEqual(
    read.shipments.map((s) => [s.line, s.hsCode, s.value, s.transit.join()]),
    [[2, '880730', 96000, 'hk']],
  );
  assert.deepEqual(read.rejected, [{ line: 3, reasons: ['no consignee'] }]);
});
