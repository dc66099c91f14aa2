import assert from 'node:assert/strict';
import { test } from 'node:test';
import { transcriptionReadings } from './chinese-transcription.js';

test('lone consonants, folded vowels, one liquid for l and r', () => {
  // 萨达姆 sa da mu: 姆 writes a lone m; 侯赛因 hou sai yin: -ou is o, -ai is e, y before i silent.
  assert.deepEqual(transcriptionReadings(['萨达姆', '侯赛因']), ['sadam hosein']);
  // 伊万诺夫: w is v, 夫 a lone v.
  assert.deepEqual(transcriptionReadings(['伊万', '伊万诺夫']), ['ivan ivannov']);
  assert.deepEqual(transcriptionReadings(['拉夫罗夫']), ['lavlov', 'ravrov']);
});

test('j and x in three readings: English j and sh, k and s, Russian palatalised t and s', () => {
  const readings = transcriptionReadings(['德米特里', '梅德韦杰夫']);
  assert.equal(readings.length, 6);
  assert.ok(readings.includes('dmitri medvetev'));
  assert.ok(readings.includes('dmitli medvejev'));
  // After j, q and x an i before another vowel only marks the palatal: 谢尔盖 is Sergei.
  assert.ok(transcriptionReadings(['谢尔盖']).includes('serge'));
});
