import assert from 'node:assert/strict';
import { test } from 'node:test';
import { transliterateHan } from './chinese.js';
import { pinyinToWadeGiles } from './wade-giles.js';

test('Chinese names: family name first, given name joined, separated and in Wade-Giles', () => {
  assert.deepEqual(transliterateHan('习近平'), ['xi jinping', 'xi jin ping', 'hsi chin-ping']);
  assert.deepEqual(transliterateHan('毛泽东'), ['mao zedong', 'mao ze dong', 'mao tse-tung']);
  assert.deepEqual(transliterateHan('李明'), ['li ming']);
  assert.equal(transliterateHan('欧阳修')[0], 'ouyang xiu');
  // Surname readings: 单 is Shan as a family name.
  assert.equal(transliterateHan('单雄信')[0], 'shan xiongxin');
  assert.equal(transliterateHan('習近平')[0], 'xi jinping');
});

test('longer runs are read character by character', () => {
  assert.deepEqual(transliterateHan('中华人民共和国'), [
    'zhonghuarenmingongheguo',
    'zhong hua ren min gong he guo',
  ]);
});

test('a name with a middle dot is a transcribed foreign name, also read back towards its source', () => {
  assert.deepEqual(transliterateHan('奥萨马·本·拉登'), [
    'aosama ben ladeng',
    'ao sa ma ben la deng',
    'osama ben laden',
    'osama ben raden',
  ]);
});

test('pinyin to Wade-Giles, folded', () => {
  const cases: Record<string, string> = {
    deng: 'teng',
    xiao: 'hsiao',
    zhou: 'chou',
    qing: 'ching',
    ri: 'jih',
    zi: 'tzu',
    si: 'ssu',
    guo: 'kuo',
    ke: 'ko',
    jiang: 'chiang',
    xiong: 'hsiung',
    lian: 'lien',
    yan: 'yen',
    er: 'erh',
  };
  for (const [pinyin, wade] of Object.entries(cases)) assert.equal(pinyinToWadeGiles(pinyin), wade);
});

test('pinyin to Wade-Giles: a word that is no syllable is not looked up in Object.prototype', () => {
  for (const word of ['__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
    assert.equal(pinyinToWadeGiles(word), word);
  }
  assert.equal(pinyinToWadeGiles('constructor'), 'tsonstructor');
});
