import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyIdentifier, compareIdentifiers, extractIdentifiers } from './index.js';

const KUPOL = { innCode: ['1831083343'], ogrnCode: ['1021801143374'], country: ['ru'] };

test('a generic registration number that is a valid OGRN is an OGRN', () => {
  const value = classifyIdentifier('registrationNumber', '1021801143374');
  assert.equal(value?.type, 'ogrn');
  assert.equal(value?.declared, 'generic');
  assert.equal(classifyIdentifier('registrationNumber', 'HRA 738414')?.type, 'generic');
  assert.equal(classifyIdentifier('callSign', 'UBCX5'), null);
});

test('country-specific types are not inferred for other countries', () => {
  const tr = new Set(['tr']);
  assert.equal(classifyIdentifier('taxNumber', '1831083343', tr)?.type, 'generic');
  assert.equal(classifyIdentifier('taxNumber', '1831083343', new Set(['ru']))?.type, 'inn');
  assert.equal(classifyIdentifier('registrationNumber', 'IMO 5342883')?.type, 'imo');
  assert.equal(classifyIdentifier('registrationNumber', '5342883')?.type, 'generic');
});

test('a value failing its declared checksum is kept as a generic value', () => {
  const value = classifyIdentifier('innCode', '1831083344');
  assert.equal(value?.type, 'generic');
  assert.equal(value?.declared, 'inn');
});

test('match on a shared valid identifier, across property names', () => {
  const result = compareIdentifiers({ registrationNumber: ['1021801143374'] }, KUPOL);
  assert.equal(result.length, 1);
  assert.equal(result[0]?.type, 'ogrn');
  assert.equal(result[0]?.outcome, 'match');
  assert.equal(result[0]?.strong, true);
  assert.deepEqual(result[0]?.shared, ['1021801143374']);
});

test('a typed value matches a generic one even where the country blocked inference', () => {
  const result = compareIdentifiers({ taxNumber: ['1831083343'], country: ['tr'] }, KUPOL);
  assert.deepEqual(
    result.map((r) => [r.type, r.outcome]),
    [['inn', 'match']],
  );
});

test('mismatch when both sides have a valid value of the type and none are equal', () => {
  const result = compareIdentifiers({ innCode: ['7707083893'] }, KUPOL);
  assert.equal(result.length, 1);
  assert.equal(result[0]?.outcome, 'mismatch');
  assert.equal(result[0]?.strong, true);
  assert.deepEqual(
    result[0]?.query.map((v) => v.value),
    ['7707083893'],
  );
});

test('BIC compares on the first 8; IMO says which checksum matched', () => {
  const bic = compareIdentifiers({ swiftBic: ['ABSLRUMMXXX'] }, { bic: ['ABSL RU MM'] });
  assert.equal(bic[0]?.outcome, 'match');
  const imo = compareIdentifiers({ imoNumber: ['IMO5342883'] }, { imoNumber: ['5342883'] });
  assert.equal(imo[0]?.candidate[0]?.variant, 'company');
});

test('weak types: passports and generic numbers never count strongly against', () => {
  const passports = compareIdentifiers(
    { passportNumber: ['A1234567'] },
    { passportNumber: ['B7654321'] },
  );
  assert.equal(passports[0]?.outcome, 'mismatch');
  assert.equal(passports[0]?.strong, false);
  const generic = compareIdentifiers(
    { registrationNumber: ['HRA 738414'] },
    { idNumber: ['hra738414'] },
  );
  assert.equal(generic[0]?.type, 'generic');
  assert.equal(generic[0]?.outcome, 'match');
  assert.equal(generic[0]?.strong, false);
});

test('nothing to say when only one side has identifiers', () => {
  assert.deepEqual(compareIdentifiers({}, KUPOL), []);
  assert.deepEqual(compareIdentifiers({ innCode: ['1831083343'] }, { imoNumber: ['9187629'] }), []);
});

test('extractIdentifiers deduplicates by type and key', () => {
  const values = extractIdentifiers({
    swiftBic: ['ABSLRUMM', 'ABSLRUMMXXX'],
    innCode: ['1831083343'],
  });
  assert.deepEqual(
    values.map((v) => `${v.type}:${v.key}`),
    ['bic:ABSLRUMM', 'inn:1831083343'],
  );
});
