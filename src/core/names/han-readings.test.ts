import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type HanDictionary,
  hanNameReadings,
  japaneseReadings,
  koreanReading,
} from './han-readings.js';

// A few entries of the dictionaries the app loads (hanja's table, IPADIC's names).
const KOREAN: Record<string, string> = {
  金: '금',
  大: '대',
  中: '중',
  李: '리',
  明: '명',
  博: '박',
  盧: '로',
  武: '무',
  鉉: '현',
  南: '남',
  宮: '궁',
  玉: '옥',
  分: '분',
  岸: '안',
  田: '전',
  文: '문',
  雄: '웅',
};
const dictionary: HanDictionary = {
  korean: (char) => KOREAN[char],
  japaneseFamily: (kanji) =>
    ({
      岸田: [{ kana: 'キシダ', cost: 7228 }],
      岸: [{ kana: 'キシ', cost: 7800 }],
      李: [{ kana: 'リ', cost: 6000 }],
    })[kanji],
  japaneseGiven: (kanji) =>
    ({
      文雄: [
        { kana: 'フミオ', cost: 8309 },
        { kana: 'ブンユウ', cost: 9500 },
      ],
      明: [{ kana: 'アキラ', cost: 7403 }],
    })[kanji],
};

test('Korean: Sino-Korean readings, the family name by its own reading and the initial sound rule', () => {
  assert.equal(koreanReading('金大中', dictionary), '김 대중');
  assert.equal(koreanReading('李明博', dictionary), '이 명박');
  assert.equal(koreanReading('盧武鉉', dictionary), '노 무현');
  assert.equal(koreanReading('南宮玉分', dictionary), '남궁 옥분');
  // Not shaped like a Korean name: 안 with a three-syllable given name.
  assert.equal(koreanReading('岸田文雄', dictionary), null);
  assert.equal(koreanReading('金大中', {}), null);
});

test('Japanese: a listed family name and given name, commonest readings first', () => {
  assert.deepEqual(japaneseReadings('岸田文雄', dictionary), ['きしだ ふみお', 'きしだ ぶんゆう']);
  assert.deepEqual(japaneseReadings('岸田 文雄', dictionary), ['きしだ ふみお', 'きしだ ぶんゆう']);
  assert.deepEqual(japaneseReadings('岸田', dictionary), ['きしだ']);
  assert.deepEqual(japaneseReadings('岸田武', dictionary), []);
});

test('a Han name gets its Korean and Japanese readings; other names none', () => {
  assert.deepEqual(hanNameReadings('李明', dictionary), ['이 명', 'り あきら']);
  assert.deepEqual(hanNameReadings('Kim Dae-jung', dictionary), []);
  assert.deepEqual(hanNameReadings('金大中', {}), []);
});
