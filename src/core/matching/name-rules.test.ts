import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldKey, repairConfusables, stripEnding } from './name-rules.js';
import { numberTokens } from './number-words.js';

test('folded keys join common transliteration variants', () => {
  assert.equal(foldKey('sergej'), foldKey('sergey'));
  assert.equal(foldKey('sergei'), foldKey('sergey'));
  assert.equal(foldKey('mahmoud'), foldKey('mahmud'));
  assert.equal(foldKey('hassan'), foldKey('hasan'));
  assert.equal(foldKey('philip'), foldKey('filip'));
  assert.equal(foldKey('ivanoff'), foldKey('ivanov'));
  assert.equal(foldKey('pavlowitsch'), foldKey('pavlovich'));
  assert.equal(foldKey('pavlovics'), foldKey('pavlovich'));
  assert.equal(foldKey('sukarno'), foldKey('sukamo'));
  assert.notEqual(foldKey('ivan'), foldKey('iran'));
});

test('digits in words are read as the letters they resemble', () => {
  assert.equal(repairConfusables('petr0v'), 'petrov');
  assert.equal(repairConfusables('1van'), 'ivan');
  assert.equal(repairConfusables('5ergei'), 'sergei');
  assert.equal(repairConfusables('747'), null);
  assert.equal(repairConfusables('a1'), null);
  assert.equal(repairConfusables('21st'), null);
});

test('inflectional endings come off long enough stems', () => {
  assert.equal(stripEnding('ozolins'), 'ozolin');
  assert.equal(stripEnding('alexandros'), 'alexandr');
  assert.equal(stripEnding('putinas'), 'putin');
  assert.equal(stripEnding('ali'), null);
});

test('number words and ordinals become digits', () => {
  assert.deepEqual(numberTokens(['brigade', 'forty', 'four']), ['brigade', '44']);
  assert.deepEqual(numberTokens(['fourty', '4']), ['44']);
  assert.deepEqual(numberTokens(['1st', 'bank']), ['1', 'bank']);
  assert.deepEqual(numberTokens(['third', 'fleet']), ['3', 'fleet']);
  assert.deepEqual(numberTokens(['two', 'hundred']), ['200']);
  assert.deepEqual(numberTokens(['alpha', 'beta']), ['alpha', 'beta']);
});
