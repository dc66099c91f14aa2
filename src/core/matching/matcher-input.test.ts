import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkAlgorithm, scorePair } from './matcher.js';
import { MAX_NAME_LENGTH } from '../normalise/index.js';
import { prepareEntity } from './prepare.js';
import { MatchInputError } from './query.js';

const PROTOTYPE_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];

test('an algorithm, a weight or a schema named after a property of Object.prototype is unknown', () => {
  for (const name of PROTOTYPE_NAMES) {
    assert.throws(() => checkAlgorithm(name), MatchInputError, name);
    assert.throws(() => checkAlgorithm('best', { [name]: 0.5 }), MatchInputError, name);
    const example = { schema: name, properties: { name: ['Acme'] } };
    assert.throws(() => scorePair(example, example), /unknown schema/, name);
  }
  assert.doesNotThrow(() => checkAlgorithm('best', { name_match: 0.5 }));
});

test('a query name longer than MAX_NAME_LENGTH is an input error, not a stack overflow', () => {
  const long = { schema: 'Person', properties: { name: ['a'.repeat(5_000_000)] } };
  const normal = { schema: 'Person', properties: { name: ['Vladimir Putin'] } };
  assert.throws(() => scorePair(long, normal), MatchInputError);
  assert.throws(() => scorePair(normal, long), /a name of 5000000 characters is longer than/);
  const atLimit = { schema: 'Person', properties: { alias: ['a'.repeat(MAX_NAME_LENGTH)] } };
  assert.doesNotThrow(() => scorePair(atLimit, normal));
});

test('a stored name longer than MAX_NAME_LENGTH (loaded before the limit) is left out of the index', () => {
  const long = 'a'.repeat(MAX_NAME_LENGTH + 1);
  const prepared = prepareEntity('Person', { name: [long, 'Vladimir Putin'], weakAlias: [long] });
  assert.equal(prepared.weakNames.length, 0);
  assert.ok(prepared.names.length > 0);
  assert.ok(prepared.names.every((form) => !JSON.stringify(form).includes(long)));
});
