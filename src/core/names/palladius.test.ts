import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chineseFromCyrillic } from './palladius.js';
import { transliterate } from './transliterate.js';

test('Chinese names in the Palladius system read back to pinyin', () => {
  assert.deepEqual(chineseFromCyrillic('Си Цзиньпин'), ['xi jinping', 'xi jin ping']);
  assert.equal(chineseFromCyrillic('Ли Фанвэй')[0], 'li fangwei');
  assert.equal(chineseFromCyrillic('Мао Цзэдун')[0], 'mao zedong'); // ун is ong, цз before э is z
  assert.equal(chineseFromCyrillic('Дэн Сяопин')[0], 'deng xiaoping'); // с before я is x
  assert.equal(chineseFromCyrillic('Чжоу Эньлай')[0], 'zhou enlai'); // a final нь is n, н is ng
});

test('only names shaped like Chinese ones are read as Chinese', () => {
  assert.deepEqual(chineseFromCyrillic('Путин Владимир'), []);
  assert.deepEqual(chineseFromCyrillic('Ким Чен Ын'), []); // ким is no Palladius syllable
  assert.deepEqual(chineseFromCyrillic('Ли Александр'), []);
  assert.deepEqual(chineseFromCyrillic('Си'), []);
});

test('transliteration keeps the Russian reading and adds the pinyin', () => {
  const spellings = transliterate('Си Цзиньпин');
  assert.equal(spellings[0], 'Si Tszinpin');
  assert.ok(spellings.includes('xi jinping'), spellings.join(', '));
});
