import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ColumnResolver, ID_TARGET } from './columns.js';
import { ColumnMappingError } from './errors.js';
import { RowKeys } from './identity.js';
import { partyKey } from './keys.js';

const cells = (row: Record<string, string>) =>
  Object.entries(row).map(([header, value]) => ({ header, values: [value] }));

test("the customer's ID column is found by its words, in any case or spelling", () => {
  for (const header of ['id', 'ID', 'Customer ID', 'customer_id', 'CustomerID', 'Client Id']) {
    const resolver = new ColumnResolver([]);
    const { idColumn, mapping } = resolver.checkHeader([header, 'Name']);
    assert.equal(idColumn, header);
    assert.equal(mapping[header], ID_TARGET);
  }
  for (const header of ['Account', 'account number', 'Reference', 'REF']) {
    assert.equal(new ColumnResolver([]).checkHeader(['Name', header]).idColumn, header);
  }
  assert.equal(new ColumnResolver([]).checkHeader(['Name', 'Notes']).idColumn, null);
});

test('of several ID-like columns the most telling is used and the others are listed as unused', () => {
  const resolver = new ColumnResolver([]);
  const { idColumn, ignored } = resolver.checkHeader(['Reference', 'Name', 'Customer ID', 'ID']);
  assert.equal(idColumn, 'Customer ID');
  assert.deepEqual(ignored, ['Reference', 'ID']);
  assert.equal(resolver.idOf(cells({ Reference: 'R1', Name: 'x', 'Customer ID': 'C-1' })), 'C-1');
});

test('an explicit ID column overrides detection, and must be in the header', () => {
  const resolver = new ColumnResolver([], 'Our ref');
  assert.equal(resolver.checkHeader(['ID', 'Our ref', 'Name']).idColumn, 'Our ref');
  assert.equal(resolver.idOf(cells({ ID: '1', 'Our ref': 'K-7', Name: 'x' })), 'K-7');
  assert.throws(
    () => new ColumnResolver([], 'Missing').checkHeader(['ID', 'Name']),
    (e: Error) =>
      e instanceof ColumnMappingError && /--id-column names a column "missing"/.test(e.message),
  );
});

test('the ID is not a property of the party', () => {
  const resolver = new ColumnResolver([]);
  resolver.checkHeader(['ID', 'Name']);
  assert.equal(resolver.targetOf('ID'), ID_TARGET);
  assert.equal(resolver.idOf(cells({ ID: '  ', Name: 'x' })), null);
});

test('rows are keyed by ID; a missing or repeated ID falls back to the line with a warning', () => {
  const keys = new RowKeys();
  assert.deepEqual(keys.keyOf(2, 'C-1', true), { key: 'C-1', customerId: 'C-1', warning: null });
  const repeated = keys.keyOf(5, 'C-1', true);
  assert.equal(repeated.key, 'line:5');
  assert.equal(repeated.customerId, null);
  assert.match(repeated.warning!, /customer ID "C-1" is also on line 2/);
  assert.match(keys.keyOf(6, null, true).warning!, /no customer ID/);
  // A file without an ID column is keyed by line, as before, without a warning per row.
  assert.deepEqual(keys.keyOf(7, null, false), { key: 'line:7', customerId: null, warning: null });
});

test('the party key tells customers apart and stays what it was for rows without an ID', () => {
  const example = { schema: 'Person', properties: { name: ['Jane Doe'] } };
  assert.notEqual(partyKey(example, 'C-1'), partyKey(example, 'C-2'));
  assert.equal(partyKey(example, null), partyKey(example));
  assert.equal(
    partyKey(example),
    partyKey({ schema: 'Person', properties: { name: ['JANE  doe'] } }),
  );
});
