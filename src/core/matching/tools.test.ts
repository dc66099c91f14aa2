import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HanDictionary } from '../names/index.js';
import { scorePair } from './matcher.js';
import { defaultTools } from './tools.js';

const KOREAN: Record<string, string> = { 金: '금', 大: '대', 中: '중' };
const han: HanDictionary = { korean: (char) => KOREAN[char] };

function score(query: string, listed: string, tools = defaultTools()) {
  return scorePair(
    { schema: 'Person', properties: { name: [query] } },
    { schema: 'Person', properties: { name: [listed] } },
    'best',
    tools,
  ).score;
}

test('with a Han dictionary, a Korean name in hanja meets its Latin spelling', () => {
  const tools = defaultTools({ han });
  assert.ok(tools.names!.latinVariants('金大中').includes('kim tae jung'));
  assert.ok(score('金大中', 'KIM Dae-jung', tools) >= 0.9);
  // Without it, the characters are read as Mandarin only (Jin Dazhong).
  assert.ok(score('金大中', 'KIM Dae-jung') < 0.7);
  assert.ok(score('金大中', 'Jin Dazhong') >= 0.9);
});

test('the readings add spellings only to names in Chinese characters', () => {
  const tools = defaultTools({ han });
  assert.deepEqual(tools.names!.latinVariants('Kim Dae-jung'), ['kim dae jung']);
  assert.deepEqual(
    tools.names!.latinVariants('Путин'),
    defaultTools().names!.latinVariants('Путин'),
  );
});
