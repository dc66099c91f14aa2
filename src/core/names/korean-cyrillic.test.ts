import assert from 'node:assert/strict';
import { test } from 'node:test';
import { koreanFromCyrillic } from './korean-cyrillic.js';
import { transliterate } from './transliterate.js';

test('Korean names in Russian spelling read back to Hangul, likeliest reading first', () => {
  assert.equal(koreanFromCyrillic('Ким Чен Ын')[0], '김 정은'); // the Soviet convention: е for ㅓ
  assert.equal(koreanFromCyrillic('Ким Чон Ын')[0], '김 정은'); // Kontsevich
  assert.equal(koreanFromCyrillic('Ким Ир Сен')[0], '김 일성'); // р for a final ㄹ
  assert.equal(koreanFromCyrillic('Чхве Рён Хэ')[0], '최 령해');
  assert.equal(koreanFromCyrillic('Квон Ён Ок')[0], '권 영옥');
  assert.ok(koreanFromCyrillic('Ри Ён Хо').includes('이 영호')); // the North's Ri is the South's Lee
});

test('only names shaped like Korean ones are read as Korean', () => {
  assert.deepEqual(koreanFromCyrillic('Путин Владимир'), []); // no Korean family name
  assert.deepEqual(koreanFromCyrillic('Ким Александр'), []); // a Russian given name
  assert.deepEqual(koreanFromCyrillic('Ким'), []);
  assert.deepEqual(koreanFromCyrillic('Ким Чен Ын Сон Ми'), []); // too many syllables
});

test('transliteration keeps the Russian reading and adds the Korean spellings', () => {
  const spellings = transliterate('Ким Чен Ын');
  assert.equal(spellings[0], 'Kim Chen Yn');
  assert.ok(spellings.includes('kim jong-un'), spellings.join(', '));
  assert.deepEqual(transliterate('Путин, Владимир'), ['Putin, Vladimir']);
});
