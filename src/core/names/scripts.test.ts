import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectScripts, splitScriptRuns } from './scripts.js';

test('detectScripts lists the scripts of the letters in order', () => {
  assert.deepEqual(detectScripts('Путин (Putin)'), ['Cyrillic', 'Latin']);
  assert.deepEqual(detectScripts('金正恩 김정은'), ['Han', 'Hangul']);
  assert.deepEqual(detectScripts('ウラジーミル・プーチン'), ['Katakana']);
  assert.deepEqual(detectScripts('ひらがな'), ['Hiragana']);
  assert.deepEqual(detectScripts('محمد ולדימיר'), ['Arabic', 'Hebrew']);
  assert.deepEqual(detectScripts('Ελληνικά Վլադիմիր ვლადიმერ'), ['Greek', 'Armenian', 'Georgian']);
  assert.deepEqual(detectScripts('สมชาย व्लादिमीर ভ্লাদিমির'), ['Thai', 'Devanagari', 'Bengali']);
  assert.deepEqual(detectScripts('123 -,.'), []);
  assert.deepEqual(detectScripts('𠀀'), ['Han']);
});

test('splitScriptRuns keeps spaces and punctuation with the run before', () => {
  assert.deepEqual(splitScriptRuns('Путин, Vladimir'), [
    { script: 'Cyrillic', text: 'Путин, ' },
    { script: 'Latin', text: 'Vladimir' },
  ]);
  assert.deepEqual(splitScriptRuns('(Путин)'), [{ script: 'Cyrillic', text: '(Путин)' }]);
});
