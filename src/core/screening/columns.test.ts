import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ColumnResolver,
  detectTarget,
  headerWords,
  parseMapping,
  sniffDelimiter,
} from './columns.js';
import { ColumnMappingError } from './errors.js';

test('headers are read by their words, in any case or spelling', () => {
  const expected: Record<string, string | null> = {
    'Full Name': 'name',
    full_name: 'name',
    Company: 'name',
    Entity: 'name',
    'Entity Type': 'schema',
    TYPE: 'schema',
    'Date of Birth': 'birthDate',
    DOB: 'birthDate',
    dateOfBirth: 'birthDate',
    Nationality: 'nationality',
    Jurisdiction: 'jurisdiction',
    INN: 'innCode',
    OGRN: 'ogrnCode',
    'IMO number': 'imoNumber',
    LEI: 'leiCode',
    'Registration No.': 'registrationNumber',
    'Passport no': 'passportNumber',
    'Tax ID': 'taxNumber',
    Address: 'address',
    'Pays de résidence': null,
    'Customer ID': null,
    passportNumber: 'passportNumber',
  };
  for (const [header, target] of Object.entries(expected)) {
    assert.equal(detectTarget(header), target, header);
  }
  assert.equal(headerWords('Date_of-Birth '), 'date of birth');
});

test('--map overrides detection, can ignore a column, and is checked against the header', () => {
  const resolver = new ColumnResolver(['Client=name', 'Full name=ignore', 'Born=birthDate']);
  const { mapping, ignored } = resolver.checkHeader([
    'Client',
    'Full name',
    'Born',
    'Country',
    'Ref',
  ]);
  // "Ref" is the customer's own ID (./identity.ts): it keys the row and is no party property.
  assert.deepEqual(mapping, { Client: 'name', Born: 'birthDate', Country: 'country', Ref: 'id' });
  assert.deepEqual(ignored, ['Full name']);
  assert.throws(() => new ColumnResolver(['Client']).targetOf('x'), ColumnMappingError);
  assert.throws(() => parseMapping('Client=nmae'), /not a property of a party/);
  assert.throws(
    () => new ColumnResolver(['Missing=name']).checkHeader(['Name']),
    /does not have; it has: Name/,
  );
  assert.throws(() => new ColumnResolver([]).checkHeader(['Ref', 'Country']), ColumnMappingError);
  // A column map that names the party makes an unrecognisable header usable.
  const ok = new ColumnResolver(['Ref=name']).checkHeader(['Ref', 'Country']);
  assert.equal(ok.mapping.Ref, 'name');
});

test('a column named "__proto__" is recorded in the mapping like any other', () => {
  const { mapping } = new ColumnResolver(['__proto__=name']).checkHeader(['__proto__', 'Country']);
  assert.deepEqual(Object.entries(mapping), [
    ['__proto__', 'name'],
    ['Country', 'country'],
  ]);
});

test('the CSV separator is guessed from the header line', () => {
  assert.equal(sniffDelimiter('name,type,country'), ',');
  assert.equal(sniffDelimiter('name;type;country'), ';');
  assert.equal(sniffDelimiter('name\ttype'), '\t');
  assert.equal(sniffDelimiter('name'), ',');
});

test('"type" says what the party is, although vessels have a property of that name', () => {
  assert.equal(detectTarget('type'), 'schema');
  assert.equal(detectTarget('Type'), 'schema');
});
