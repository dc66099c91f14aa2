import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scorePair } from '../core/matching/index.js';
import { hanNameReadings } from '../core/names/index.js';
import { loadHanDictionary, loadMatcherTools } from './matcher-tools.js';

test('the installed dictionaries give Korean and Japanese readings of Han names', async () => {
  const dictionary = await loadHanDictionary();
  assert.equal(dictionary.korean!('槿'), '근');
  assert.equal(dictionary.japaneseFamily!('岸田')![0]!.kana, 'キシダ');
  assert.deepEqual(hanNameReadings('朴槿惠', dictionary).slice(0, 1), ['박 근혜']);
  assert.ok(hanNameReadings('小泉純一郎', dictionary).includes('こいずみ じゅんいちろう'));
});

test('Han names meet their Korean and Japanese spellings', async () => {
  const tools = await loadMatcherTools();
  const score = (query: string, listed: string) =>
    scorePair(
      { schema: 'Person', properties: { name: [query] } },
      { schema: 'Person', properties: { name: [listed] } },
      'best',
      tools,
    ).score;
  assert.ok(score('朴槿惠', 'PARK Geun-hye') >= 0.9);
  assert.ok(score('盧武鉉', 'Roh Moo-hyun') >= 0.9);
  assert.ok(score('岸田文雄', 'Kishida Fumio') >= 0.9);
  assert.ok(score('小泉純一郎', 'KOIZUMI Junichiro') >= 0.9);
  // Mandarin still: 习近平 is Xi Jinping.
  assert.ok(score('习近平', 'Xi Jinping') >= 0.9);
  // Two different Japanese names stay apart, though both read as Japanese names.
  assert.ok(score('岸田文雄', 'Koizumi Junichiro') < 0.7);
});
