import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractMoney, readAmountWords, readChineseNumerals, readFigure } from './index.js';

/** [text, value] of each amount found. */
function amounts(text: string): Array<[string, string]> {
  return extractMoney(text).map((m) => [m.text, m.value]);
}

test('a Russian contract: figure, words in brackets and the currency after them', () => {
  const text =
    '2.1. Сумма договора составляет 1 200 000 (один миллион двести тысяч) юаней, ' +
    'в том числе НДС не облагается.';
  const [m] = extractMoney(text);
  assert.ok(m);
  assert.equal(m.text, '1 200 000 (один миллион двести тысяч) юаней');
  assert.equal(m.value, '1200000.00 CNY');
  assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(m.details?.wordsCheck, 'agrees');
  assert.ok(m.confidence > 0.9);
});

test('figure and words that disagree: the figure stays the value, the words go in details', () => {
  const [m] = extractMoney('Сумма 1 200 000 (один миллион сто тысяч) юаней');
  assert.equal(m?.value, '1200000.00 CNY');
  assert.equal(m?.details?.wordsCheck, 'disagrees');
  assert.equal(m?.details?.wordsAmount, '1100000.00');
  assert.ok(m!.confidence <= 0.5);
});

test('a Chinese contract: capital numerals with the figure in brackets after them', () => {
  const text = '第三条 合同总金额为人民币壹佰贰拾万元整（¥1,200,000.00），含税。';
  const found = extractMoney(text);
  assert.equal(found.length, 1, 'the figure in brackets is part of the same amount');
  assert.equal(found[0]!.text, '人民币壹佰贰拾万元整（¥1,200,000.00）');
  assert.equal(found[0]!.value, '1200000.00 CNY');
  assert.equal(found[0]!.details?.wordsCheck, 'agrees');
});

test('Chinese multipliers and currency names', () => {
  assert.deepEqual(amounts('预付款1.2万元，尾款3亿元，运费500美元，另付欧元2,000。'), [
    ['1.2万元', '12000.00 CNY'],
    ['3亿元', '300000000.00 CNY'],
    ['500美元', '500.00 USD'],
    ['欧元2,000', '2000.00 EUR'],
  ]);
  assert.deepEqual(amounts('大写：叁仟元伍角陆分'), [['叁仟元伍角陆分', '3000.56 CNY']]);
});

test('an English invoice: codes, symbols and every grouping convention', () => {
  const text = [
    'INVOICE No. 2024/117   Page 1 of 2',
    'Tel: +1 (212) 555-0147',
    'Unit price: $12,500.00',
    'Freight: EUR 1.234.567,89',
    "Insurance: 1'234'567.89 CHF",
    'Total: USD 1,234,567.89',
    'Paid 14.03.2024: US$ 2.5 million',
  ].join('\n');
  assert.deepEqual(amounts(text), [
    ['$12,500.00', '12500.00 USD'],
    ['EUR 1.234.567,89', '1234567.89 EUR'],
    ["1'234'567.89 CHF", '1234567.89 CHF'],
    ['USD 1,234,567.89', '1234567.89 USD'],
    ['US$ 2.5 million', '2500000.00 USD'],
  ]);
});

test('a Russian payment order: spaces, NBSP, kopecks, a date and an INN on the same lines', () => {
  const text =
    'ПЛАТЁЖНОЕ ПОРУЧЕНИЕ № 417 от 14.03.2024\n' +
    'ИНН 7707083893 КПП 773601001\n' +
    'Сумма: 1\u00a0234\u00a0567,89 руб.\n' +
    'Сумма прописью: Один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь рублей 89 копеек\n' +
    'Назначение платежа: оплата по счёту № 15 от 01.03.2024 за товар, 500 000 рублей 00 копеек, в т.ч. НДС 20% — 83 333,33 ₽';
  assert.deepEqual(amounts(text), [
    ['1\u00a0234\u00a0567,89 руб.', '1234567.89 RUB'],
    ['500 000 рублей 00 копеек', '500000.00 RUB'],
    ['83 333,33 ₽', '83333.33 RUB'],
  ]);
});

test('Russian currency words: долларов США, евро, ₽, RUB, и млн', () => {
  assert.deepEqual(amounts('Аванс 1,5 млн руб., затем 10 000 долларов США и 2 500 евро; 300 RUB'), [
    ['1,5 млн руб.', '1500000.00 RUB'],
    ['10 000 долларов США', '10000.00 USD'],
    ['2 500 евро', '2500.00 EUR'],
    ['300 RUB', '300.00 RUB'],
  ]);
  // "евро" inside "европейский" is no currency.
  assert.deepEqual(amounts('100 европейских стандартов'), []);
});

test('¥ is the yuan in Chinese context, the yen only when marked, and less sure elsewhere', () => {
  const [cn] = extractMoney('单价：¥5,000');
  assert.equal(cn?.value, '5000.00 CNY');
  assert.equal(cn?.confidence, 0.8);
  const [bare] = extractMoney('Price ¥5,000 per unit');
  assert.equal(bare?.value, '5000.00 CNY');
  assert.ok(bare!.confidence < 0.8);
  assert.ok(bare?.details?.currencyAssumed);
  assert.equal(extractMoney('Price ¥5,000 JPY')[0]?.value, '5000.00 JPY');
  assert.equal(extractMoney('JP¥5,000')[0]?.value, '5000.00 JPY');
});

test('English words in brackets, with hundredths as a fraction', () => {
  const [m] = extractMoney(
    'the amount of USD 1,234,567.89 (one million two hundred thirty-four thousand five hundred ' +
      'sixty-seven and 89/100 US dollars)',
  );
  assert.equal(m?.value, '1234567.89 USD');
  assert.equal(m?.details?.wordsCheck, 'agrees');
});

test('traps: phone numbers, INNs, page numbers, years and dates are no money', () => {
  const text =
    'Тел.: 8 (495) 123-45-67, ИНН 7707083893, стр. 3 из 12, 2024 год, от 14.03.2024 г., ' +
    'Page 5 of 10, 2024, No.123, 合同编号2024-03, 第5页';
  assert.deepEqual(extractMoney(text), []);
  // A date or a year just before an amount stays out of its figure.
  assert.deepEqual(amounts('оплата от 14.03.2024 500 000 руб., в 2023 году 1 200 000 руб.'), [
    ['500 000 руб.', '500000.00 RUB'],
    ['1 200 000 руб.', '1200000.00 RUB'],
  ]);
});

test('a currency before and another after the figure is recorded as a conflict', () => {
  const [m] = extractMoney('人民币100美元');
  assert.equal(m?.details?.currencyConflict, 'CNY before, USD after');
  assert.ok(m!.confidence <= 0.5);
});

test('readFigure reads the grouping conventions and says when a dot could be either', () => {
  assert.deepEqual(readFigure('1 234 567,89')?.amount, { digits: '123456789', scale: 2 });
  assert.deepEqual(readFigure('1,234,567.89')?.amount, { digits: '123456789', scale: 2 });
  assert.deepEqual(readFigure('1.234.567,89')?.amount, { digits: '123456789', scale: 2 });
  assert.deepEqual(readFigure("1'234'567.89")?.amount, { digits: '123456789', scale: 2 });
  assert.deepEqual(readFigure('1234,5')?.amount, { digits: '12345', scale: 1 });
  assert.equal(readFigure('1.500')?.ambiguous, '1.500');
  assert.equal(readFigure('1,500')?.ambiguous, undefined);
  assert.equal(readFigure('1,23,4'), null);
});

test('amounts in words in the three languages', () => {
  assert.equal(readAmountWords('один миллион двести тысяч'), 120000000);
  assert.equal(readAmountWords('две тысячи сорок пять рублей 50 копеек'), 204550);
  assert.equal(readAmountWords('one million two hundred thousand'), 120000000);
  assert.equal(readAmountWords('НДС не облагается'), null);
  assert.equal(readChineseNumerals('壹佰贰拾万元整'), 120000000);
  assert.equal(readChineseNumerals('壹亿贰仟万元'), 12000000000);
  assert.equal(readChineseNumerals('拾万元'), 10000000);
  assert.equal(readChineseNumerals('叁仟元伍角陆分'), 300056);
});

test('money: a currency code alone in the next cell of a table row', () => {
  const row = '2024-03-20\tАО «ИЭМЗ «Купол»»\t4200000.00\tCNY\tadvance';
  const [found] = extractMoney(row);
  assert.equal(found?.text, '4200000.00\tCNY');
  assert.equal(found?.value, '4200000.00 CNY');
  // A code that is only the start of a cell's text is no currency of the figure before.
  assert.deepEqual(extractMoney('row 17\t4200000\tCNYX\tnote'), []);
  assert.deepEqual(extractMoney('17\tpages'), []);
});
