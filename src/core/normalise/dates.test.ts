import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanDate, splitDateRange } from './dates.js';

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
