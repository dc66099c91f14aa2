import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeText } from './normalize.js';

test('normalizeText folds case, compatibility forms and Latin diacritics', () => {
  assert.equal(normalizeText('Vladímír PÚTÍN'), 'vladimir putin');
  assert.equal(normalizeText('Władysław Gomułka'), 'wladyslaw gomulka');
  assert.equal(normalizeText('Straße Øresund Æsir'), 'strasse oresund aesir');
  assert.equal(normalizeText('Ｐｕｔｉｎ'), 'putin');
  assert.equal(normalizeText('ﬁlipov'), 'filipov');
  assert.equal(normalizeText('İstanbul'), 'istanbul');
});

test('normalizeText turns punctuation and every quotation style into spaces', () => {
  assert.equal(normalizeText('«Putin» „Putin“ “Putin” ‘Putin’'), 'putin putin putin putin');
  assert.equal(normalizeText('「金正恩」『金正恩』‹x› ״y״'), '金正恩 金正恩 x y');
  assert.equal(normalizeText('PUTIN,  Vladimir\tVladimirovich.'), 'putin vladimir vladimirovich');
  assert.equal(normalizeText('V.V. Putin'), 'v v putin');
  assert.equal(normalizeText('弗拉基米尔·普京'), '弗拉基米尔 普京');
});

test('normalizeText splits hyphens and joins apostrophes', () => {
  assert.equal(normalizeText('Kim Jong-un'), 'kim jong un');
  assert.equal(normalizeText('al‐Baghdadi — Abu–Bakr'), 'al baghdadi abu bakr');
  assert.equal(normalizeText("O'Brien"), 'obrien');
  assert.equal(normalizeText('Mar’yana ʿAli'), 'maryana ali');
});

test('normalizeText keeps the letters of other scripts but drops optional vowel points', () => {
  assert.equal(normalizeText('Дмитрий Ёлкин'), 'дмитрий ёлкин');
  assert.equal(normalizeText('Влади́мир'), 'владимир');
  assert.equal(normalizeText('مُحَمَّد'), 'محمد');
  assert.equal(normalizeText('שָׁלוֹם'), 'שלום');
  assert.equal(normalizeText('Ελληνικά Σ'), 'ελληνικα σ');
  assert.equal(normalizeText('व्लादिमीर'), 'व्लादिमीर');
});

test('normalizeText returns already normalised text unchanged', () => {
  assert.equal(normalizeText('putin vladimir'), 'putin vladimir');
  assert.equal(normalizeText(''), '');
  assert.equal(normalizeText('  '), '');
});
