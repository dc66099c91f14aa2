import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeName, consonantSkeletons, transliterate } from './index.js';

test('transliterate dispatches each script run and keeps Latin text', () => {
  assert.deepEqual(transliterate('Vladimir Putin'), ['Vladimir Putin']);
  assert.deepEqual(transliterate('Путин, Владимир'), ['Putin, Vladimir']);
  assert.deepEqual(transliterate('Vladimir ПУТИН'), ['Vladimir PUTIN']);
  assert.deepEqual(transliterate('习近平'), ['xi jinping', 'xi jin ping', 'hsi chin-ping']);
  assert.equal(transliterate('محمد')[0], 'muhammad');
  assert.equal(transliterate('ﻣﺤﻤﺪ')[0], 'muhammad', 'Arabic presentation forms');
});

test('transliterate caps the variants and passes unsupported scripts through', () => {
  for (const name of ['Хрущёв Никита Сергеевич', 'Юлия Владимировна Тимошенко', '이민호']) {
    assert.ok(transliterate(name).length <= 8, name);
  }
  assert.deepEqual(transliterate('ኃይለ ሥላሴ'), ['ኃይለ ሥላሴ'], 'Ethiopic');
  // Kanji in a Japanese name are left alone rather than read as Chinese.
  assert.deepEqual(transliterate('田中さくら'), ['田中sakura']);
});

test('analyzeName gathers every key of a name', () => {
  const keys = analyzeName('Путин, Владимир Владимирович');
  assert.deepEqual(keys.scripts, ['Cyrillic']);
  assert.deepEqual(keys.latin, ['putin vladimir vladimirovich', 'putin vladimir vladimirovic']);
  assert.ok(keys.forms.includes('putin vladimir'));
  assert.ok(keys.forms.includes('владимир путин'), 'same-script forms are kept');
  assert.ok(keys.initialForms.includes('putin v'));
  assert.ok(keys.phonetic.includes('PTN') && keys.phonetic.includes('FLTMR'));
  assert.ok(keys.soundex.includes('P350'));
  assert.deepEqual(keys.skeletons, ['btn bldmr bldmrbk']);
  const other = analyzeName('Vladimir Vladimirovich PUTIN');
  assert.ok(other.forms.some((form) => keys.forms.includes(form)));
  assert.deepEqual(analyzeName('Kim Jong Un', { person: false }).forms, []);
});

test('Korean and Chinese names are read family name first', () => {
  const korean = analyzeName('김정은');
  assert.ok(korean.forms.some((form) => analyzeName('KIM Jong Un').forms.includes(form)));
  assert.ok(korean.initialForms.includes('j kim'));
  const chinese = analyzeName('习近平');
  assert.ok(chinese.forms.some((form) => analyzeName('XI Jinping').forms.includes(form)));
  assert.deepEqual(consonantSkeletons('习近平')[0], 'ks jnbnj');
});
