import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestName, editDistance, unknownNameMessage } from './index.js';

test('editDistance counts insertions, deletions, substitutions and swaps', () => {
  assert.equal(editDistance('', ''), 0);
  assert.equal(editDistance('ofac', 'ofac'), 0);
  assert.equal(editDistance('ofca', 'ofac'), 1);
  assert.equal(editDistance('ca', 'abc'), 3);
  assert.equal(editDistance('Persn', 'Person'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('abc', ''), 3);
});

test('closestName ignores case and refuses names too far off', () => {
  assert.equal(closestName('company', ['Person', 'Company', 'Organization']), 'Company');
  assert.equal(closestName('ofca', ['ofac', 'un', 'uk', 'eu']), 'ofac');
  assert.equal(closestName('Persn', ['Person', 'Vessel']), 'Person');
  assert.equal(closestName('zzzz', ['ofac', 'un']), null);
  assert.equal(closestName('x', []), null);
});

test('unknownNameMessage gives the suggestion and the valid names', () => {
  assert.equal(
    unknownNameMessage('list', 'ofca', ['ofac', 'un']),
    'unknown list "ofca"; did you mean "ofac"? valid: ofac, un',
  );
  assert.equal(
    unknownNameMessage('list', 'zzzz', ['ofac', 'un']),
    'unknown list "zzzz"; valid: ofac, un',
  );
  assert.equal(unknownNameMessage('dataset', 'x', []), 'unknown dataset "x"');
  assert.equal(
    unknownNameMessage('dataset', 'UN', ['default', 'un'], 'loaded'),
    'unknown dataset "UN"; did you mean "un"? loaded: default, un',
  );
});
