import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson, entityDigest } from './keys.js';

test('canonical JSON sorts keys at every level and keeps arrays in order', () => {
  assert.equal(
    canonicalJson({ b: 1, a: { d: [3, 1], c: 'x"y' }, u: undefined }),
    '{"a":{"c":"x\\"y","d":[3,1]},"b":1}',
  );
  assert.equal(canonicalJson(null), 'null');
  assert.throws(() => canonicalJson({ x: Number.NaN }), /NaN/);
});

test("an entity's digest follows its values, not their order", () => {
  const a = { schema: 'Person', properties: { name: ['A', 'B'], birthDate: ['1980-06-28'] } };
  const b = { schema: 'Person', properties: { birthDate: ['1980-06-28'], name: ['B', 'A'] } };
  const changed = { schema: 'Person', properties: { name: ['A', 'B'], birthDate: ['1980-06-29'] } };
  assert.equal(entityDigest(a), entityDigest(b));
  assert.notEqual(entityDigest(a), entityDigest(changed));
  assert.notEqual(entityDigest(a), entityDigest({ ...a, schema: 'LegalEntity' }));
});
