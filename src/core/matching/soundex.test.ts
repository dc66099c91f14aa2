import assert from 'node:assert/strict';
import { test } from 'node:test';
import { soundex } from './soundex.js';

test('soundex follows the standard rules', () => {
  assert.equal(soundex('Robert'), 'R163');
  assert.equal(soundex('Rupert'), 'R163');
  assert.equal(soundex('Ashcraft'), 'A261');
  assert.equal(soundex('Tymczak'), 'T522');
  assert.equal(soundex('Pfister'), 'P236');
  assert.equal(soundex('Honeyman'), 'H555');
  assert.equal(soundex(''), '');
});
