/** All identifier extractors together, on documents as leaks contain them. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  isValidIban,
  isValidInn,
  isValidLei,
  isValidOgrn,
  isValidUscc,
} from '../../identifiers/index.js';
import * as extraction from '../index.js';
import type { Extracted } from '../types.js';
import { extractIdentifiers, identifierExtractors, removeOverlaps } from './index.js';

const pairs = (found: Extracted[]) => found.map((f) => `${f.kind}:${f.value}`);

test('a Russian contract: parties block with bank details', () => {
  const text = `ДОГОВОР ПОСТАВКИ № 17/03-24 от 14.03.2024 г.
Поставщик: АО «ИЭМЗ «Купол», ИНН/КПП 1831083343/183101001, ОГРН 1021801143374,
адрес: 426033, г. Ижевск, ул. Песочная, 3. Тел.: +7 (3412) 72-52-25, e-mail: kupol@kupol.ru.
Покупатель: ООО «НПК Аэрокон», ИНН 1657007195, ОГРН 1021603148830.
Банк: ПАО Сбербанк, БИК 044525225, р/с 40702810900000012345, к/с 30101810400000000225.
Товар: код ТН ВЭД ЕАЭС 8806 10 000 0, 20 шт., на сумму 12 000 000,00 руб.`;
  assert.deepEqual(pairs(extractIdentifiers(text)), [
    'inn:1831083343',
    'kpp:183101001',
    'ogrn:1021801143374',
    'phone:+73412725225',
    'email:kupol@kupol.ru',
    'inn:1657007195',
    'ogrn:1021603148830',
    'hs:8806100000',
  ]);
});

test('a Chinese invoice: credit code, bank, phone, HS code', () => {
  const text = `商业发票
卖方：厦门某某贸易有限公司
统一社会信用代码：91350200MA2XXXXXXF
开户银行：中国银行厦门分行  账号：4101 2345 6789  SWIFT：BKCHCNBJ73A
电话：0592-5551234  手机：138 1234 5678
货物：无人机用电机 海关编码：8501310000 数量：500台 金额：人民币1,250,000.00元
日期：2024年3月14日`;
  assert.deepEqual(pairs(extractIdentifiers(text)), [
    'uscc:91350200MA2XXXXXXF',
    'bic:BKCHCNBJ73A',
    'phone:+865925551234',
    'phone:+8613812345678',
    'hs:8501310000',
  ]);
  const hs = extractIdentifiers(text).find((f) => f.kind === 'hs')!;
  assert.match(hs.details?.heading as string, /^Electric motors and generators/);
});

test('an English e-mail with payment instructions and a ship', () => {
  const text = `From: J. Smith <j.smith@example-trading.ae>
Please remit USD 480,000 to IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX (LEI 529900T8BM49AURSDO55),
or USDT (TRC-20) TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t. Goods ship on MV SPARTA IV, IMO 9187629, MMSI 273 123 456.
Passport No. 72 1234567. Details: https://example-trading.ae/orders/17. Call +971 4 330 0000 (a number
no plan allows: +971 4 123 4567).`;
  assert.deepEqual(pairs(extractIdentifiers(text)), [
    'email:j.smith@example-trading.ae',
    'iban:DE89370400440532013000',
    'bic:COBADEFFXXX',
    'lei:529900T8BM49AURSDO55',
    'crypto:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
    'imo:9187629',
    'mmsi:273123456',
    'passport:721234567',
    'url:https://example-trading.ae/orders/17',
    'phone:+97143300000',
  ]);
});

test('false-positive traps find nothing', () => {
  const text = `Дата: 14.03.2024; 2024-03-14; номер 1234567890; сумма 3 912 345 678 руб.;
счёт № 1831083343 от 01.02.2024; SHIPMENT DELIVERY BENEFICIARY TERMINAL; 1 234 567,89`;
  assert.deepEqual(extractIdentifiers(text), []);
});

test('a number after a phone label is a phone even when it passes the INN check', () => {
  assert.ok(isValidInn('9123456784'));
  assert.deepEqual(pairs(extractIdentifiers('Тел.: 9123456784')), ['phone:+79123456784']);
  assert.deepEqual(pairs(extractIdentifiers('ИНН 9123456784')), ['inn:9123456784']);
});

test('overlaps: the more certain wins, then the longer, and the rest keeps text order', () => {
  const at = (start: number, end: number, confidence: number, kind: string): Extracted => ({
    start,
    end,
    kind,
    text: '',
    value: kind,
    extractor: kind,
    confidence,
  });
  const kept = removeOverlaps([
    at(20, 30, 0.5, 'c'),
    at(0, 10, 0.6, 'a'),
    at(5, 15, 0.9, 'b'),
    at(14, 22, 0.9, 'd'),
    at(14, 25, 0.9, 'e'),
    at(40, 50, 0.1, 'f'),
  ]);
  assert.deepEqual(
    kept.map((s) => s.kind),
    // e and b are as certain, e is longer; a does not touch e; c and d do.
    ['a', 'e', 'f'],
  );
});

test('the extraction entry point exports the list the pipeline calls', () => {
  assert.equal(extraction.identifierExtractors, identifierExtractors);
  assert.equal(identifierExtractors.length, 16);
  assert.equal(extraction.extractIdentifiers, extractIdentifiers);
});

// Fragments that make a hard text: identifiers, near-misses, labels, scripts, confusable letters.
const FRAGMENTS = [
  'ИНН',
  'ИНН/КПП ',
  'КПП',
  'ОГРН ',
  '1831083343',
  '1831O83343',
  '183101001',
  '1021801143374',
  '7707 083 893',
  '统一社会信用代码：',
  '91350200MA2XXXXXXF',
  'IBAN ',
  'DE89 3704 0044 0532 0130 00',
  'DЕ89',
  'SWIFT ',
  'COBADEFFXXX',
  'LEI ',
  '529900T8BM49AURSDO55',
  'IMO ',
  '9187629',
  'MMSI ',
  '273123456',
  'паспорт серия ',
  '45 06 № 123456',
  '护照号码：',
  'E12345678',
  'HS code ',
  '8806.10',
  'ТН ВЭД ',
  'Тел.: ',
  '+7 (3412) 72-52-25',
  '138 1234 5678',
  'a.b@example.com',
  'https://example.org/x_(y)',
  'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
  '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  '14.03.2024',
  '𝟘',
  '👍',
  'é',
  '\n',
  ' ',
  '/',
  '-',
  '.',
  ',',
];
const hardText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      // Any code unit, lone surrogates included: offsets are UTF-16 and must stay so.
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.join(''));

const CHECKS: Record<string, (value: string) => boolean> = {
  inn: isValidInn,
  ogrn: isValidOgrn,
  ogrnip: isValidOgrn,
  uscc: isValidUscc,
  iban: isValidIban,
  lei: isValidLei,
};

test('property: every span is the exact slice of the text, and checked values pass their check', () => {
  fc.assert(
    fc.property(hardText, (text) => {
      for (const extract of identifierExtractors) {
        for (const f of extract(text)) {
          assert.equal(text.slice(f.start, f.end), f.text);
          assert.ok(f.start < f.end && f.confidence > 0 && f.confidence <= 1);
          const check = CHECKS[f.kind];
          if (check !== undefined) assert.ok(check(f.value), `${f.kind} ${f.value}`);
        }
      }
      const all = extractIdentifiers(text);
      for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.end <= all[i]!.start);
    }),
    { numRuns: 500 },
  );
});
