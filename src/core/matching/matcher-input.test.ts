import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkAlgorithm, scorePair } from './matcher.js';
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
