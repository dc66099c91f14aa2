import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decomposeHangul, romanizeSyllables } from './hangul-systems.js';
import { splitKoreanName, transliterateHangul } from './hangul.js';

test('Hangul syllables decompose into initial, vowel and final jamo', () => {
  assert.deepEqual(decomposeHangul('김'), { initial: 0, vowel: 20, final: 16 });
  assert.deepEqual(decomposeHangul('가'), { initial: 0, vowel: 0, final: 0 });
  assert.deepEqual(decomposeHangul('힣'), { initial: 18, vowel: 20, final: 27 });
  assert.equal(decomposeHangul('A'), null);
});

test('each system romanises the syllables of a word', () => {
  const syllables = Array.from('대중', (char) => decomposeHangul(char)!);
  assert.deepEqual(romanizeSyllables(syllables, 'rr'), ['dae', 'jung']);
  assert.deepEqual(romanizeSyllables(syllables, 'mr'), ['tae', 'jung']);
  const shin = Array.from('신', (char) => decomposeHangul(char)!);
  assert.deepEqual(romanizeSyllables(shin, 'mr'), ['shin']);
  assert.deepEqual(romanizeSyllables(shin, 'rr'), ['sin']);
});

test('Korean names: family name first, in the spellings lists use', () => {
  assert.deepEqual(transliterateHangul('김정은'), [
    'kim jung-eun',
    'gim jeong-eun',
    'kim chong-un',
    'kim jong-un',
    'gim jung-eun',
  ]);
  assert.equal(transliterateHangul('박지성')[0], 'park ji-sung');
  assert.deepEqual(transliterateHangul('이민호'), [
    'lee min-ho',
    'i min-ho',
    'yi min-ho',
    'ri min-ho',
    'rhee min-ho',
  ]);
  assert.ok(transliterateHangul('반기문').includes('ban ki-moon'));
  assert.ok(transliterateHangul('태영호').includes('thae yong-ho'));
  assert.ok(transliterateHangul('최룡해').includes('choe ryong-hae'));
  assert.deepEqual(transliterateHangul('김 정은'), transliterateHangul('김정은'));
});

test('splitKoreanName recognises family names, including two-syllable ones', () => {
  assert.deepEqual(splitKoreanName('김정은'), ['김', '정은']);
  assert.deepEqual(splitKoreanName('남궁민'), ['남궁', '민']);
  assert.equal(splitKoreanName('블라디미르 푸틴'), null);
});

test('foreign names in Hangul lose the vowel Korean adds to consonant clusters', () => {
  assert.deepEqual(transliterateHangul('블라디미르 푸틴'), [
    'beulladimireu putin',
    'bladimir putin',
    'pulladimiru putin',
  ]);
});
