import assert from 'node:assert/strict';
import { test } from 'node:test';
import { transliterateIndic } from './brahmic.js';
import { kanaToHepburn, transliterateKana } from './kana.js';
import { transliterateKhmer } from './khmer.js';
import { transliterateThai } from './thai.js';

test('kana to Hepburn, with the loanword reading for katakana', () => {
  assert.equal(kanaToHepburn('ひらがな'), 'hiragana');
  assert.equal(kanaToHepburn('きょうと'), 'kyouto');
  assert.equal(kanaToHepburn('しんじゅく'), 'shinjuku');
  assert.equal(kanaToHepburn('ちゃ'), 'cha');
  assert.equal(kanaToHepburn('がっこう'), 'gakkou');
  assert.equal(kanaToHepburn('マッチ'), 'matchi');
  assert.equal(kanaToHepburn('ティファニー'), 'tifani');
  assert.deepEqual(transliterateKana('プーチン'), ['puchin', 'putin']);
  assert.deepEqual(transliterateKana('アルベルト'), ['aruberuto', 'arbert', 'albelt']);
  assert.deepEqual(transliterateKana('さくら'), ['sakura']);
  assert.deepEqual(transliterateKana('さとう'), ['satou', 'sato']);
});

test('katakana foreign names: l for r, v for an initial ウ before l or r', () => {
  assert.deepEqual(transliterateKana('スターリン'), ['sutarin', 'starin', 'stalin']);
  assert.ok(transliterateKana('ウラジオストク').includes('vlajiostok'));
  // A first syllable keeps its vowel: ルカシェンコ is Lukashenko, ムバラク Mubarak.
  assert.ok(transliterateKana('アレクサンドル・ルカシェンコ').includes('aleksandol・lukashenko'));
  assert.deepEqual(transliterateKana('ムバラク'), ['mubaraku', 'mubarak', 'mubalak']);
  // No r and no cluster: the loanword reading alone.
  assert.deepEqual(transliterateKana('ウズベク'), ['uzubeku', 'uzbek']);
});

test('Indic scripts share one table; Indo-Aryan drops the final and medial schwa', () => {
  assert.deepEqual(transliterateIndic('व्लादिमीर पुतिन', 'Devanagari'), ['vladimir putin']);
  assert.deepEqual(transliterateIndic('सचिन तेंदुलकर', 'Devanagari'), ['sachin tendulkar']);
  assert.deepEqual(transliterateIndic('नरेन्द्र मोदी', 'Devanagari'), ['narendra modi']);
  assert.deepEqual(transliterateIndic('ವ್ಲಾದಿಮಿರ್ ಪುತಿನ್', 'Kannada'), ['vladimir putin']);
  assert.deepEqual(transliterateIndic('ভ্লাদিমির পুতিন', 'Bengali'), [
    'bhladimir putin',
    'vladimir putin',
  ]);
});

test('Thai (simplified RTGS) and Khmer', () => {
  assert.deepEqual(transliterateThai('สมชาย'), ['somchai']);
  assert.deepEqual(transliterateThai('ทักษิณ ชินวัตร'), ['thaksin chinwat']);
  assert.deepEqual(transliterateKhmer('វ៉្លាឌីមៀរ ពូទីន'), ['vladimier putin']);
});
