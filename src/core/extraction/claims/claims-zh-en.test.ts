/**
 * Chinese and English claims: a 购销合同 with 供方/需方 labels, its 法定代表人 and a payment
 * sentence; an English sale contract's "hereinafter" roles, a director named "of" his company, a
 * payment and a guarantee sentence; a bank statement table whose header names payer and payee.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from './index.js';
import { DOC, line, only, pagesOf } from './fixture.js';

const ZH = [
  '购销合同',
  '合同编号：RV-2024-031',
  '供方：深圳市红兔科技有限公司',
  '法定代表人：王建国',
  '需方：北京星河贸易有限公司',
  '法定代表人：李明',
  '一、供方向需方供应电连接器，海关编码：8536690000。',
  '二、需方已于2024年4月3日向供方支付人民币120万元。',
].join('\n');

test('zh: 供方/需方 labels give supply with the HS code, directors and a payment', () => {
  const claims = extractClaims(DOC, pagesOf(ZH));
  const [supply] = only(claims, 'supply');
  assert.equal(line(supply!), 'supply org:深圳市红兔科技有限公司 -> org:北京星河贸易有限公司');
  assert.deepEqual(supply!.properties.hsCode, ['8536690000']);
  assert.ok(supply!.evidence.some((e) => e.mentionId.endsWith(':hs')));
  assert.deepEqual(only(claims, 'directorship').map(line).sort(), [
    'directorship person:李明 -> org:北京星河贸易有限公司',
    'directorship person:王建国 -> org:深圳市红兔科技有限公司',
  ]);
  const [payment] = only(claims, 'payment');
  assert.equal(line(payment!), 'payment org:北京星河贸易有限公司 -> org:深圳市红兔科技有限公司');
  assert.deepEqual(payment!.properties.amount, ['1200000.00']);
  assert.deepEqual(payment!.properties.currency, ['CNY']);
  assert.deepEqual(payment!.properties.date, ['2024-04-03']);
  // 应付款 is a duty, not a payment.
  const duty = ZH.replace('需方已于2024年4月3日向供方支付', '需方应于2024年4月3日前向供方支付');
  assert.deepEqual(only(extractClaims(DOC, pagesOf(duty)), 'payment'), []);
});

const EN = [
  'SALES CONTRACT No. SC-2024/17',
  'Date: March 14, 2024',
  'This contract is made between Redlepus Vector Industry Shenzhen Co., Ltd. (hereinafter ' +
    'referred to as the "Seller") and TSK Vektor LLC (hereinafter referred to as the "Buyer").',
  'The Seller shall deliver the goods (HS code 8806.21) to the Buyer.',
  'TSK Vektor LLC paid Redlepus Vector Industry Shenzhen Co., Ltd. USD 150,000 on April 5, 2024.',
  'Ivan Petrov, General Director of TSK Vektor LLC, signed for the Buyer.',
  'Orion Holdings Ltd. guarantees the obligations of TSK Vektor LLC under this contract.',
].join('\n');

test('en: hereinafter roles, a payment, a director "of" his company, a guarantee', () => {
  const claims = extractClaims(DOC, pagesOf(EN));
  const seller = 'org:redlepus vector industry shenzhen co ltd';
  const buyer = 'org:tsk vektor llc';
  assert.deepEqual(only(claims, 'supply').map(line), [`supply ${seller} -> ${buyer}`]);
  assert.deepEqual(only(claims, 'supply')[0]!.properties.hsCode, ['880621']);
  const [contract] = only(claims, 'contract');
  assert.deepEqual(contract!.properties.contract, ['SC-2024/17']);
  assert.deepEqual(contract!.properties.date, ['2024-03-14']);
  const [payment] = only(claims, 'payment');
  assert.equal(line(payment!), `payment ${buyer} -> ${seller}`);
  assert.deepEqual(payment!.properties.amount, ['150000.00']);
  assert.deepEqual(payment!.properties.currency, ['USD']);
  assert.deepEqual(payment!.properties.date, ['2024-04-05']);
  const [director] = only(claims, 'directorship');
  assert.equal(line(director!), `directorship person:Ivan Petrov -> ${buyer}`);
  assert.deepEqual(director!.properties.role, ['general director']);
  assert.deepEqual(only(claims, 'guarantee').map(line), [
    `guarantee org:orion holdings ltd -> ${buyer}`,
  ]);
});

test('en: a received payment turns the sides round; "from" marks the payer', () => {
  const text = 'TSK Vektor LLC received USD 20,000 from Orion Holdings Ltd. on 02.05.2024.';
  const [payment] = only(extractClaims(DOC, pagesOf(text)), 'payment');
  assert.equal(line(payment!), 'payment org:orion holdings ltd -> org:tsk vektor llc');
});

test('table: a statement whose header names payer and payee gives one payment a row', () => {
  const table = [
    'Date\tPayer\tPayee\tAmount\tCurrency',
    '2024-03-20\tTSK Vektor LLC\tRedlepus Vector Industry Shenzhen Co., Ltd.\t4200000.00\tCNY',
    '2024-03-21\tOrion Holdings Ltd.\tTSK Vektor LLC\t10,000.00\tUSD',
    '2024-03-22\tcash\tTSK Vektor LLC\t500.00\tUSD',
  ].join('\n');
  const claims = only(extractClaims(DOC, pagesOf(table)), 'payment').sort((a, b) =>
    a.properties.date![0]! < b.properties.date![0]! ? -1 : 1,
  );
  assert.deepEqual(
    claims.map((c) => [
      line(c),
      c.properties.amount?.[0],
      c.properties.currency?.[0],
      c.properties.date?.[0],
    ]),
    [
      [
        'payment org:tsk vektor llc -> org:redlepus vector industry shenzhen co ltd',
        '4200000.00',
        'CNY',
        '2024-03-20',
      ],
      ['payment org:orion holdings ltd -> org:tsk vektor llc', '10000.00', 'USD', '2024-03-21'],
    ],
    'a row without a named payer gives no claim',
  );
  for (const c of claims) assert.deepEqual(c.properties.rule, ['table-row']);
});

test('a party linked to a list entity is named by that entity', () => {
  const [page] = pagesOf('TSK Vektor LLC paid Orion Holdings Ltd. USD 150,000 on April 5, 2024.');
  const mentions = page!.mentions.map((m) =>
    m.text === 'TSK Vektor LLC' ? { ...m, link: { entityId: 'ofac-46441' } } : m,
  );
  const [payment] = extractClaims(DOC, [{ ...page!, mentions }]);
  assert.equal(line(payment!), 'payment ofac-46441 -> org:orion holdings ltd');
});
