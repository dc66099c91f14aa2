import assert from 'node:assert/strict';
import { test } from 'node:test';
import { transliterateArmenian, transliterateGeorgian } from './caucasus.js';
import { transliterateGreek } from './greek.js';

test('Greek: ELOT 743 then the phonetic form', () => {
  assert.deepEqual(transliterateGreek('Ελληνικά'), ['Ellinika']);
  assert.deepEqual(transliterateGreek('Βλαντίμιρ Πούτιν'), ['Vlantimir Poutin', 'Vladimir Putin']);
  assert.deepEqual(transliterateGreek('Νικόλαος'), ['Nikolaos']);
  assert.deepEqual(transliterateGreek('Αλέξανδρος'), ['Alexandros']);
  assert.deepEqual(transliterateGreek('Θεόδωρος'), ['Theodoros']);
  assert.deepEqual(transliterateGreek('Χρήστος'), ['Christos', 'Khristos']);
  assert.deepEqual(transliterateGreek('Ευάγγελος'), ['Evangelos']);
  assert.deepEqual(transliterateGreek('Αύγουστος'), ['Avgoustos', 'Avgustos']);
  assert.deepEqual(transliterateGreek('Μπακογιάννη')[0], 'Bakogianni');
});

test('Armenian: Eastern then Western', () => {
  assert.deepEqual(transliterateArmenian('Վլադիմիր Պուտին'), ['Vladimir Putin', 'Vlatimir Budin']);
  assert.deepEqual(transliterateArmenian('Նիկոլ Փաշինյան'), ['Nikol Pashinyan', 'Nigol Pashinian']);
  assert.equal(transliterateArmenian('Եղիազարյան')[0], 'Yeghiazaryan');
  assert.equal(transliterateArmenian('Ոսկան')[0], 'Voskan');
});

test('Georgian: the national system', () => {
  assert.deepEqual(transliterateGeorgian('ვლადიმერ პუტინი'), ['vladimer putini']);
  assert.deepEqual(transliterateGeorgian('მიხეილ სააკაშვილი'), ['mikheil saakashvili']);
  assert.deepEqual(transliterateGeorgian('ყვარელი'), ['qvareli', 'kvareli']);
});
