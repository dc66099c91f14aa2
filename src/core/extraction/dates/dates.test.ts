import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractDates } from './index.js';

function dates(text: string): Array<[string, string]> {
  return extractDates(text).map((d) => [d.text, d.value]);
}

test('a Russian contract: quoted day, genitive month, "г." and "года"', () => {
  const text =
    'ДОГОВОР ПОСТАВКИ № 14/03-24\nг. Москва «14» марта 2024 года\n' +
    'Срок поставки — не позднее 30 апреля 2024 г. Оплата до 15.05.2024 г.';
  assert.deepEqual(dates(text), [
    ['«14» марта 2024 года', '2024-03-14'],
    ['30 апреля 2024 г.', '2024-04-30'],
    ['15.05.2024 г.', '2024-05-15'],
  ]);
});

test('a Chinese contract: digits, full-width digits and characters', () => {
  assert.deepEqual(
    dates('本合同于2024年3月14日签订，自二〇二四年三月二十日起生效，至２０２５年１月１日止。'),
    [
      ['2024年3月14日', '2024-03-14'],
      ['二〇二四年三月二十日', '2024-03-20'],
      ['２０２５年１月１日', '2025-01-01'],
    ],
  );
});

test('an English e-mail: month names before and after the day, ISO dates', () => {
  const text =
    'Sent: Thursday, March 14, 2024 10:02 AM\nThe goods left on 14 March 2024 (B/L dated ' +
    '2024-03-16); delivery by Sept. 3rd, 2024.';
  assert.deepEqual(dates(text), [
    ['March 14, 2024', '2024-03-14'],
    ['14 March 2024', '2024-03-14'],
    ['2024-03-16', '2024-03-16'],
    ['Sept. 3rd, 2024', '2024-09-03'],
  ]);
});

test('numeric dates follow normalise/dates: day first, the other reading in details', () => {
  const [ambiguous, clear, us] = extractDates(
    'Invoice 04/03/2024, shipped 14/03/2024, US 03/14/2024',
  );
  assert.equal(ambiguous?.value, '2024-03-04');
  assert.deepEqual(ambiguous?.details?.ambiguous, ['2024-04-03']);
  assert.ok(ambiguous!.confidence < clear!.confidence);
  assert.equal(clear?.value, '2024-03-14');
  assert.equal(clear?.details, undefined);
  // Only one reading exists: month first.
  assert.equal(us?.value, '2024-03-14');
  assert.equal(us?.details, undefined);
  // The convention can be turned round for US documents.
  const [monthFirst] = extractDates('04/03/2024', { dayFirst: false });
  assert.equal(monthFirst?.value, '2024-04-03');
  assert.deepEqual(monthFirst?.details?.ambiguous, ['2024-03-04']);
});

test('traps: a year alone, phones, amounts, impossible days and partial dates are no dates', () => {
  const text =
    'В 2024 году; тел. 8-800-555-35-35; 1.234.567,89 руб.; 31.02.2024; 12.2024; ' +
    '1.2.3.2024; 14.03.20245; page 2024; 2024年; 13/13/2024';
  assert.deepEqual(dates(text), []);
});

test('spans are exact slices of the text', () => {
  const text = 'Дата: «1» мая 2023 г., дата: 2023年5月1日, date: May 1, 2023';
  for (const d of extractDates(text)) {
    assert.equal(text.slice(d.start, d.end), d.text);
    assert.equal(d.value, '2023-05-01');
  }
  assert.equal(extractDates(text).length, 3);
});
