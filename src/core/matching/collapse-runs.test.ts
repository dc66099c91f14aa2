import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseRuns } from './collapse-runs.js';
import { foldKey } from './name-rules.js';

// The regex collapseRuns replaced, kept here only to prove the two agree on ordinary input.
const OLD_RUNS = /(.)\1+/g;
const old = (text: string) => text.replace(OLD_RUNS, '$1');

const NAMES = [
  'mohammad',
  'muhammmad',
  'mohammed',
  'hassan',
  'hasan',
  'abdullah',
  'allah',
  'aaron',
  'lloyd',
  'issa',
  'mussa',
  'zzz',
  'ooo',
  'a',
  '',
  'ab',
  'aab',
  'abb',
  'aabbcc',
  'abba',
  'ivanoff',
  'schillinger',
  'ahmadinejad',
  'gaddafi',
  'qaddafi',
  'ааа',
  'ссср',
  'a\n\nb',
  'x\r\r\u2028\u2028y',
  '😀😀',
  '\ud83d\ud83d',
];

test('collapseRuns agrees with /(.)\\1+/g on ordinary names and edge cases', () => {
  for (const name of NAMES) assert.equal(collapseRuns(name), old(name), JSON.stringify(name));
  assert.equal(collapseRuns('muhammmad'), 'muhamad');
  assert.equal(collapseRuns('hassan'), collapseRuns('hasan'));
});

test('collapseRuns agrees with the regex on random strings over a small alphabet', () => {
  // A fixed-seed generator: runs are frequent over four letters and a line break.
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  const alphabet = ['a', 'b', 'm', '\n', '\ud83d'];
  for (let n = 0; n < 2000; n++) {
    let text = '';
    const length = next() % 12;
    for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
    assert.equal(collapseRuns(text), old(text), JSON.stringify(text));
  }
});

test('foldKey survives a token of millions of one letter (the regex overflowed its stack)', () => {
  // With the regex, foldKey threw "Maximum call stack size exceeded" here.
  const long = 'a'.repeat(5_000_000);
  assert.equal(foldKey(long), 'a');
  assert.equal(collapseRuns(`b${long}c`), 'bac');
});
