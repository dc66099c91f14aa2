/**
 * Properties of the money, date and party extractors on random text: they never throw, and every
 * span is an exact, in-bounds slice of the text, in text order without overlaps. Fixed seeds, so
 * that a failure reproduces. The fragments are the pieces the extractors react to, shuffled so
 * that half-formed amounts, dates and names come up often.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractDates, extractMoney, extractParties, type Extractor } from './index.js';

const FRAGMENTS = [
  '1',
  '12',
  '200',
  '000',
  '2024',
  '14',
  '03',
  ' ',
  '\u00a0',
  ',',
  '.',
  "'",
  '-',
  '/',
  '\n',
  '(',
  ')',
  '（',
  '）',
  '«',
  '»',
  '"',
  '„',
  '“',
  '”',
  ':',
  '：',
  '$',
  '€',
  '¥',
  '₽',
  'USD',
  'RMB',
  'CNY',
  'JP¥',
  'руб.',
  'рублей',
  'юаней',
  'евро',
  'долларов США',
  'копеек',
  'коп.',
  'млн',
  '万',
  '亿',
  '元',
  '美元',
  '人民币',
  '壹',
  '贰',
  '拾',
  '佰',
  '仟',
  '整',
  '角',
  '分',
  'один',
  'миллион',
  'двести',
  'тысяч',
  'one',
  'million',
  'hundred',
  'and',
  '89/100',
  'марта',
  'г.',
  'года',
  '年',
  '月',
  '日',
  '二〇二四',
  '十四',
  'March',
  'Sept.',
  'ООО',
  'АО',
  'ФГУП',
  'Общество с ограниченной ответственностью',
  '有限公司',
  '股份有限公司',
  '公司',
  '分行',
  '甲方',
  '由',
  'Co., Ltd.',
  'LLC',
  'GmbH',
  'JSC',
  'Limited',
  'Acme',
  'Trading',
  'Директор',
  'Генеральный директор',
  'Иванов',
  'Иван',
  'Иванович',
  'И.',
  'И.И.',
  '总经理',
  '法定代表人',
  '张',
  '伟',
  'Director',
  'John',
  'Smith',
  'Mr.',
];

const fragmentText = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(
  fragmentText,
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) }),
);

const EXTRACTORS: Array<[string, Extractor]> = [
  ['money', extractMoney],
  ['dates', (text) => extractDates(text)],
  ['parties', extractParties],
];

for (const [name, extract] of EXTRACTORS) {
  test(`${name}: spans are exact slices, in order, never overlapping; no text makes it throw`, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0;
        for (const span of extract(text)) {
          assert.ok(span.start >= previousEnd && span.start < span.end && span.end <= text.length);
          assert.equal(text.slice(span.start, span.end), span.text);
          assert.ok(span.confidence > 0 && span.confidence <= 1);
          assert.notEqual(span.value, '');
          previousEnd = span.end;
        }
      }),
      { seed: 11, numRuns: 3000 },
    );
  });
}

test('money values are an amount with two or more decimals and an ISO code', () => {
  fc.assert(
    fc.property(fragmentText, (text) => {
      for (const span of extractMoney(text)) assert.match(span.value, /^\d+\.\d{2,} [A-Z]{3}$/);
    }),
    { seed: 12, numRuns: 3000 },
  );
});

test('date values are full ISO dates', () => {
  fc.assert(
    fc.property(fragmentText, (text) => {
      for (const span of extractDates(text)) assert.match(span.value, /^\d{4}-\d{2}-\d{2}$/);
    }),
    { seed: 13, numRuns: 3000 },
  );
});
