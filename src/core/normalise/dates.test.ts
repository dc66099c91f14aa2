import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDate, readDate, splitDateRange } from './dates.js';

test('cleanDate reads the forms the lists use, keeping precision', () => {
  assert.equal(cleanDate('17 Jul 1964'), '1964-07-17');
  assert.equal(cleanDate('1964-07-17'), '1964-07-17');
  assert.equal(cleanDate('1964-07-17T00:00:00'), '1964-07-17');
  assert.equal(cleanDate('2024-03-10T15:36:30'), '2024-03-10T15:36:30');
  assert.equal(cleanDate('2024-03-10T15:36:30.123Z'), '2024-03-10T15:36:30');
  assert.equal(cleanDate('2015-07-01-04:00'), '2015-07-01');
  assert.equal(cleanDate('Jul 1964'), '1964-07');
  assert.equal(cleanDate('circa 1964'), '1964');
  assert.equal(cleanDate('17/07/1964'), '1964-07-17');
  assert.equal(cleanDate('07/17/1964', { dayFirst: false }), '1964-07-17');
  assert.equal(cleanDate('00/00/1964'), '1964');
  assert.equal(cleanDate('00/07/1964'), '1964-07');
  assert.equal(cleanDate('17.07.1964'), '1964-07-17');
  assert.equal(cleanDate('September 3, 1955'), '1955-09-03');
});

test('cleanDate refuses what is not a date', () => {
  assert.equal(cleanDate(''), null);
  assert.equal(cleanDate('unknown'), null);
  assert.equal(cleanDate('31 Feb 1964'), null);
  assert.equal(cleanDate('13/13/1964'), null);
});

test('splitDateRange finds both ends', () => {
  assert.deepEqual(splitDateRange('1964 to 1966'), ['1964', '1966']);
  assert.equal(splitDateRange('1964'), null);
});

test('a day and month that read both ways are read day first and marked ambiguous', () => {
  assert.deepEqual(readDate('09/07/1960'), { date: '1960-07-09', alternative: '1960-09-07' });
  assert.deepEqual(readDate('09/07/1960', { dayFirst: false }), {
    date: '1960-09-07',
    alternative: '1960-07-09',
  });
  // One reading only: a number past 12, day and month alike, or a written month.
  assert.deepEqual(readDate('25/07/1960'), { date: '1960-07-25', alternative: null });
  assert.deepEqual(readDate('07/07/1960'), { date: '1960-07-07', alternative: null });
  assert.deepEqual(readDate('9 Jul 1960'), { date: '1960-07-09', alternative: null });
  assert.deepEqual(readDate('00/07/1964'), { date: '1964-07', alternative: null });
  assert.equal(readDate('not a date'), null);
});
