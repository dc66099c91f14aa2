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
  assert.deepEqual(transliterateHan('弗拉基米尔·普京'), [
    'fulajimier pujing',
    'fu la ji mi er pu jing',
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
