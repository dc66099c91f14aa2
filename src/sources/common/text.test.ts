import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryText } from './countries.js';
import { extractIdNumber } from './id-numbers.js';
import { guessLang, languageCode, splitLanguageLabel } from './languages.js';
import { mentionedRefs, ownUnRef } from './un-refs.js';

test('the language of a name is guessed from its script', () => {
  assert.equal(guessLang('صدام حسين التكريتي'), 'ara');
  assert.equal(guessLang('Умаров Доку Хаматович'), 'rus');
  assert.equal(guessLang('阿不都·哈克'), 'zho');
  assert.equal(guessLang('김정은'), 'kor');
  assert.equal(guessLang('JAMAAH ANSHARUT DAULAH'), null);
  assert.equal(guessLang('Café Müller'), null);
  // Ethiopic serves Amharic and Tigrinya alike.
  assert.equal(guessLang('ፍትዊ ዓብዱረዛቕ'), null);
});

test('a language label after a non-Latin name is taken off', () => {
  assert.deepEqual(splitLanguageLabel('ፍትዊ ዓብዱረዛቕ (Tigrinya)'), {
    name: 'ፍትዊ ዓብዱረዛቕ',
    lang: 'tir',
  });
  assert.deepEqual(splitLanguageLabel('Jund (Arabic)'), { name: 'Jund (Arabic)', lang: null });
  assert.deepEqual(splitLanguageLabel('عبد الحق وثيق'), { name: 'عبد الحق وثيق', lang: 'ara' });
});

test('document numbers are found in remarks', () => {
  assert.equal(
    extractIdNumber('Passport No: 592667 (Qatari passport issued on 3 May 2007).'),
    '592667',
  );
  assert.equal(extractIdNumber('Tunisia number G557170 issued on 16 Nov 1989.'), 'G557170');
  assert.equal(extractIdNumber('D 000974 (Afghan)'), 'D 000974');
  assert.equal(extractIdNumber('0018061/104 (issued on 12 Sept 1993)'), '0018061/104');
  assert.equal(extractIdNumber('US Social Security no 423-31-3021'), '423-31-3021');
  assert.equal(extractIdNumber('Italian Fiscal Code HDDFTH63H28Z352V'), 'HDDFTH63H28Z352V');
  assert.equal(extractIdNumber('(Eqypt). Issued 1993.'), null);
  assert.equal(extractIdNumber('issued on 03/07/1996'), null);
  assert.equal(extractIdNumber('Jordanian passport numbers'), null);
});

test('country remarks are dropped only when the full text is not a country', () => {
  assert.equal(countryText('Bahrain (citizenship revoked in Jan. 2015)'), 'Bahrain');
  assert.equal(countryText('Iran (Islamic Republic of)'), 'Iran (Islamic Republic of)');
  assert.equal(countryText('Atlantis'), 'Atlantis');
});

test('UN references cited in remarks, with their sentence', () => {
  const text =
    'Leader of MUJAO (QDe.134). Arrested on 26 Apr. 2006. Associated with\nMokhtar Belmokhtar (QDi.136). Again QDe.134.';
  assert.deepEqual(mentionedRefs(text), [
    { ref: 'QDe.134', sentence: 'Leader of MUJAO (QDe.134).' },
    { ref: 'QDi.136', sentence: 'Associated with\nMokhtar Belmokhtar (QDi.136).' },
  ]);
  assert.deepEqual(mentionedRefs(null), []);
});

test("the UK lists' own UN reference", () => {
  assert.equal(ownUnRef('UN Ref QDe.004. Emir for the eastern zone'), 'QDe.004');
  assert.equal(ownUnRef('UN REF:QE.A.146.14. Also referred to as'), 'QE.A.146.14');
  assert.equal(ownUnRef('Annex XIII. UN Listing. UN Ref.KPI.067.'), 'KPI.067');
  assert.equal(ownUnRef('UN Ref.KPe 070. Registered owner'), 'KPe 070');
  assert.equal(ownUnRef('No reference here'), null);
});

test('a language name that names a member of Object.prototype is no language', () => {
  assert.equal(languageCode('Russian'), 'rus');
  assert.equal(languageCode('constructor'), null);
  assert.equal(languageCode('__proto__'), null);
  // Not a language label, so not taken off the name.
  assert.equal(splitLanguageLabel('عبد الحق (constructor)').name, 'عبد الحق (constructor)');
});
