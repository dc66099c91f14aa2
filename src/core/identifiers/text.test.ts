import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRepeated } from './text.js';

// The regex isRepeated replaced, kept to prove the loop gives the same answers.
const old = (value: string) => /^(.)\1*$/.test(value);

test('isRepeated answers as /^(.)\\1*$/ did', () => {
  const cases = ['', '0', '0000000', '1111111111', '1234567', '1111112', '2111111', 'aa', '\n\n'];
  for (const value of [...cases, 'x\r', '\u2028\u2028', '😀😀']) {
    assert.equal(isRepeated(value), old(value), JSON.stringify(value));
  }
});

test('isRepeated takes millions of one digit without overflowing the stack', () => {
  assert.equal(isRepeated('7'.repeat(8_000_000)), true);
});
