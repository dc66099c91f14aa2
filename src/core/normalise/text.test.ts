import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lookupTable } from './text.js';

test('lookupTable gives undefined for any key it does not list, Object.prototype names too', () => {
  const table = lookupTable({ male: 'male' });
  assert.equal(table.male, 'male');
  for (const key of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
    assert.equal(table[key], undefined, key);
    assert.equal(key in table, false, key);
  }
  assert.ok(Object.isFrozen(table));
});
