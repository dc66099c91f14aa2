import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HanDictionary } from '../names/index.js';
import { scorePair } from './matcher.js';
import { makeNameForms } from './name-forms.js';
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

test("words that name Object.prototype's properties are words like any other", () => {
  const tools = defaultTools();
  for (const word of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
    for (const isPerson of [true, false]) {
      const forms = makeNameForms(`${word} Bureau LLC`, isPerson, tools.names);
      assert.ok(forms.length > 0, word);
      for (const form of forms) {
        // Underscores are punctuation: "__proto__" is read as "proto".
        const token = word.toLowerCase().replaceAll('_', '');
        assert.ok(form.tokens.includes(token), `${word}: ${form.tokens.join(' ')}`);
        assert.ok(form.keys.every((key) => typeof key === 'string'));
      }
    }
    assert.ok(score(`John ${word}`, `${word} John`, tools) >= 0.9, word);
  }
  const org = (name: string) =>
    scorePair(
      { schema: 'Company', properties: { name: [name] } },
      { schema: 'Company', properties: { name: ['Constructor Bureau LLC'] } },
      'best',
      tools,
    ).score;
  assert.ok(org('Constructor Bureau') >= 0.9);
  assert.ok(org('Valueof Bureau') < 0.7);
});
