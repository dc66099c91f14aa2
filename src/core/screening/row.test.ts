import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ColumnResolver } from './columns.js';
import { partyKey } from './keys.js';
import { type Cell, displayName, rowToExample, schemaForType } from './row.js';

const resolver = new ColumnResolver([]);
const cells = (row: Record<string, string>): Cell[] =>
  Object.entries(row).map(([header, value]) => ({ header, values: [value] }));

function example(row: Record<string, string>) {
  const outcome = rowToExample(cells(row), resolver);
  assert.ok(outcome.ok, JSON.stringify(outcome));
  return outcome;
}

test('type words become schemata', () => {
  assert.equal(schemaForType('Individual'), 'Person');
  assert.equal(schemaForType(' natural  person '), 'Person');
  assert.equal(schemaForType('company'), 'Organization');
  assert.equal(schemaForType('Organisation'), 'Organization');
  assert.equal(schemaForType('entity'), 'Organization');
  assert.equal(schemaForType('Company'), 'Company');
  assert.equal(schemaForType('ship'), 'Vessel');
  assert.equal(schemaForType('Trust'), null);
});

test('a row becomes a cleaned example of its type', () => {
  const { example: person, notes } = example({
    'Full name': 'Ivan Ivanov',
    Type: 'individual',
    Country: 'Russia',
    DOB: '17 Jul 1964',
    'Customer ID': 'C-1',
  });
  assert.deepEqual(person, {
    schema: 'Person',
    properties: { name: ['Ivan Ivanov'], country: ['ru'], birthDate: ['1964-07-17'] },
  });
  assert.deepEqual(notes, []);
  const org = example({
    Company: 'Acme Ltd',
    Type: 'company',
    Nationality: 'Germany',
    INN: '7707083893',
  });
  assert.equal(org.example.schema, 'Organization');
  // A company's "nationality" is where it belongs: its country.
  assert.deepEqual(org.example.properties.country, ['de']);
  assert.deepEqual(org.example.properties.innCode, ['7707083893']);
});

test('without a type, a birth date makes a person; otherwise any party', () => {
  assert.equal(example({ Name: 'A B', DOB: '1970-01-01' }).example.schema, 'Person');
  assert.equal(example({ Name: 'A B', Country: 'fr' }).example.schema, 'Thing');
});

test('what is left out is said, and a row without a name is refused', () => {
  const { example: e, notes } = example({ Name: 'X Y', Type: 'Trust', Country: 'Narnia' });
  assert.equal(e.schema, 'Thing');
  assert.deepEqual(notes, [
    'type "Trust" is not known: screened as any kind of party',
    'country "Narnia" not understood: left out',
  ]);
  const org = example({ Name: 'Acme', Type: 'company', DOB: '1990-01-01' });
  assert.deepEqual(org.notes, ['birthDate does not apply to Organization: left out']);
  assert.deepEqual(rowToExample(cells({ Name: '  ', Country: 'fr' }), resolver), {
    ok: false,
    problem: 'no name',
  });
  // Name parts are a name.
  const parts = example({ 'First name': 'Ivan', 'Last name': 'Ivanov' });
  assert.equal(displayName(parts.example), 'Ivan Ivanov');
});

test("a party's key ignores case, spacing, value order and the spelling of a country", () => {
  const a = example({ Name: 'ACME  Trading Ltd', Type: 'company', Country: 'Russia' }).example;
  const b = example({ Name: 'acme trading ltd', Type: 'Organisation', Country: 'RU' }).example;
  const c = example({ Name: 'Acme Trading Ltd', Type: 'company', Country: 'Ukraine' }).example;
  assert.equal(partyKey(a), partyKey(b));
  assert.notEqual(partyKey(a), partyKey(c));
  assert.match(partyKey(a), /^[0-9a-f]{64}$/);
});
