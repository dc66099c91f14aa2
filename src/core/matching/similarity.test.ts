import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  jaro,
  jaroWinkler,
  levenshtein,
  levenshteinSimilarity,
  weightedDistance,
} from './similarity.js';

const near = (a: number, b: number) => assert.ok(Math.abs(a - b) < 0.001, `${a} != ${b}`);

test('Jaro and Jaro-Winkler give the textbook values', () => {
  near(jaro('martha', 'marhta'), 0.944);
  near(jaroWinkler('martha', 'marhta'), 0.961);
  near(jaroWinkler('dwayne', 'duane'), 0.84);
  near(jaroWinkler('dixon', 'dicksonx'), 0.813);
  assert.equal(jaroWinkler('abc', 'xyz'), 0);
  assert.equal(jaroWinkler('same', 'same'), 1);
});

test('Levenshtein counts edits and stops early past the limit', () => {
  assert.equal(levenshtein('kitten', 'sitting'), 3);
  assert.equal(levenshtein('kitten', 'sitting', 1), 2);
  assert.equal(levenshtein('', 'abc'), 3);
  near(levenshteinSimilarity('putin', 'poutine'), 5 / 7);
});

test('the weighted distance makes transliteration differences cheap', () => {
  near(weightedDistance('macron', 'marcon', 5), 0.6);
  near(weightedDistance('osama', 'usama', 5), 0.5);
  near(weightedDistance('hasan', 'hassan', 5), 0.4);
  near(weightedDistance('khan', 'kan', 5), 0.4);
  near(weightedDistance('gaddafi', 'qaddafi', 5), 0.5);
  near(weightedDistance('castro', 'costa', 5), 2);
  assert.equal(weightedDistance('abcdef', 'uvwxyz', 2), 3);
});
