import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleEntity } from './entity.js';
import { derivedId, EntityDraft } from './entity-draft.js';
import { getSchema, schemaNamed } from './ftm.js';

test('a draft cleans values by type and keeps the source text', () => {
  const e = new EntityDraft('Person', 'ofac-1', true);
  e.add('name', '  DOE,  John ');
  e.add('birthDate', '17 Jul 1964');
  e.add('birthDate', '1964-07-17');
  e.add('nationality', 'Russia');
  assert.equal(e.add('birthDate', 'sometime'), false);
  assert.deepEqual(e.get('birthDate'), ['1964-07-17']);
  assert.equal(e.values.find((v) => v.prop === 'birthDate')?.original, '17 Jul 1964');
  assert.deepEqual(e.rejected, [{ entityId: 'ofac-1', prop: 'birthDate', raw: 'sometime' }]);
  assert.equal(e.isTarget, true);
  assert.throws(() => e.add('imoNumber', '1'), /Person has no property "imoNumber"/);
});

test('statements assemble back into an FtM entity across datasets', () => {
  const a = new EntityDraft('LegalEntity', 'x-1');
  a.add('name', 'ACME');
  const b = new EntityDraft('Company', 'x-1');
  b.add('name', 'ACME');
  b.add('innCode', '7700000000');
  const entity = assembleEntity([...a.toStatements('one'), ...b.toStatements('two')]);
  assert.equal(entity.schema, 'Company');
  assert.equal(entity.caption, 'ACME');
  assert.deepEqual(entity.properties, { name: ['ACME'], innCode: ['7700000000'] });
  assert.deepEqual(entity.datasets, ['one', 'two']);
  const c = new EntityDraft('Vessel', 'x-1');
  assert.throws(() => assembleEntity([...a.toStatements('one'), ...c.toStatements('three')]));
});

test('derived IDs are stable and keep siblings apart', () => {
  assert.equal(derivedId('ofac-1', 'sanction'), 'ofac-1-sanction');
  assert.equal(derivedId('ofac-1', 'addr', 'Moscow'), derivedId('ofac-1', 'addr', 'Moscow'));
  assert.notEqual(derivedId('ofac-1', 'addr', 'Moscow'), derivedId('ofac-1', 'addr', 'Minsk'));
});

test('a schema is found by its own name only, never by a member of Object.prototype', () => {
  assert.equal(schemaNamed('Person')?.name, 'Person');
  for (const name of ['constructor', 'toString', '__proto__', 'Pirate']) {
    assert.equal(schemaNamed(name), null, name);
    assert.throws(() => getSchema(name), /unknown FollowTheMoney schema/);
    assert.throws(() => new EntityDraft(name, 'x'), /unknown FollowTheMoney schema/);
  }
});
