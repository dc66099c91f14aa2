import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIsoDate, parseShare } from './share.js';
import { UNKNOWN_SHARE } from './types.js';

test('exact shares: a bare number is a percentage, with or without the sign', () => {
  for (const text of ['50', '50%', ' 50 % ', '50.0', '50,0']) {
    assert.deepEqual(parseShare(text), { ...UNKNOWN_SHARE, percentage: 50 }, text);
  }
  // Half a percent, not a half: a fraction read as a percentage would invent a blocking stake.
  assert.deepEqual(parseShare('0.5'), { ...UNKNOWN_SHARE, percentage: 0.5 });
});

test('ranges and open bounds keep their ends, and whether an end is excluded', () => {
  assert.deepEqual(parseShare('25-50%'), { ...UNKNOWN_SHARE, low: 25, high: 50 });
  assert.deepEqual(parseShare('25 – 50'), { ...UNKNOWN_SHARE, low: 25, high: 50 });
  assert.deepEqual(parseShare('>50%'), {
    ...UNKNOWN_SHARE,
    low: 50,
    high: 100,
    lowExclusive: true,
  });
  assert.deepEqual(parseShare('>=50'), { ...UNKNOWN_SHARE, low: 50, high: 100 });
  assert.deepEqual(parseShare('<25%'), { ...UNKNOWN_SHARE, low: 0, high: 25, highExclusive: true });
  assert.deepEqual(parseShare('≤25'), { ...UNKNOWN_SHARE, low: 0, high: 25 });
});

test('an empty share is unknown, never 0; nonsense and over 100 are refused', () => {
  assert.deepEqual(parseShare(''), UNKNOWN_SHARE);
  assert.deepEqual(parseShare('  '), UNKNOWN_SHARE);
  assert.match((parseShare('120') as { error: string }).error, /over 100/);
  assert.match((parseShare('40-120%') as { error: string }).error, /over 100/);
  assert.match((parseShare('50-25') as { error: string }).error, /backwards/);
  assert.match((parseShare('half') as { error: string }).error, /not a percentage/);
  assert.match((parseShare('-5') as { error: string }).error, /not a percentage/);
});

test('dates: ISO of any precision that exists', () => {
  assert.equal(parseIsoDate('2022'), '2022');
  assert.equal(parseIsoDate('2022-03'), '2022-03');
  assert.equal(parseIsoDate('2024-02-29'), '2024-02-29');
  assert.equal(parseIsoDate(''), null);
  for (const bad of ['2023-02-29', '2022-13', '14.03.2022', '2022-3-1']) {
    assert.ok(typeof parseIsoDate(bad) === 'object' && parseIsoDate(bad) !== null, bad);
  }
});
