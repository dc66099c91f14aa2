import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanValue, MAX_NAME_LENGTH } from './values.js';

test('cleanValue cleans by property type', () => {
  assert.equal(cleanValue('name', '  JOINT  STOCK\u00a0COMPANY '), 'JOINT STOCK COMPANY');
  assert.equal(cleanValue('identifier', '1831 083 343', { prop: 'innCode' }), '1831083343');
  assert.equal(cleanValue('identifier', 'IMO 9187629', { prop: 'imoNumber' }), 'IMO9187629');
  assert.equal(cleanValue('identifier', 'AB 12345.'), 'AB 12345');
  assert.equal(cleanValue('gender', 'Male'), 'male');
  assert.equal(cleanValue('email', 'Info@Example.COM'), 'Info@example.com');
  assert.equal(cleanValue('phone', '+7 (495) 123-45-67'), '+74951234567');
  assert.equal(cleanValue('url', 'www.example.com'), 'http://www.example.com');
  assert.equal(cleanValue('country', 'Iran'), 'ir');
  assert.equal(cleanValue('date', '1 Jan 2000'), '2000-01-01');
});

test('cleanValue returns null for invalid values', () => {
  assert.equal(cleanValue('gender', 'unknown'), null);
  assert.equal(cleanValue('email', 'not an email'), null);
  assert.equal(cleanValue('name', '   '), null);
});

test('cleanValue reads no gender from the names of Object.prototype', () => {
  assert.equal(cleanValue('gender', 'constructor'), null);
  assert.equal(cleanValue('gender', '__proto__'), null);
});

test('a name longer than MAX_NAME_LENGTH is rejected; one at the limit is kept', () => {
  assert.equal(MAX_NAME_LENGTH, 1000);
  const atLimit = 'a'.repeat(MAX_NAME_LENGTH);
  assert.equal(cleanValue('name', atLimit), atLimit);
  // Measured after spaces collapse: padding does not count against a name.
  assert.equal(cleanValue('name', `  ${atLimit}   `), atLimit);
  assert.equal(cleanValue('name', `${atLimit}b`), null);
  assert.equal(cleanValue('name', 'x'.repeat(2_000_000)), null);
  assert.equal(cleanValue('name', 'Vladimir Putin'), 'Vladimir Putin');
});
