import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractParties } from './index.js';
import { quotedName } from './quotes.js';

const names = (text: string) =>
  extractParties(text)
    .filter((p) => p.kind === 'org')
    .map((p) => p.text);

test('a nested name whose outer quote was dropped is one organisation, ending at its inner close', () => {
  assert.deepEqual(names('Покупатель: АО «ИЭМЗ «Купол», ИНН 1831083343.'), ['АО «ИЭМЗ «Купол»']);
  assert.deepEqual(names('АО «ИЭМЗ «Купол» и ООО «ТСК Вектор» заключили договор'), [
    'АО «ИЭМЗ «Купол»',
    'ООО «ТСК Вектор»',
  ]);
});

test('names whose quotes close stay as they were', () => {
  const text = 'АО «Концерн ВКО «Алмаз-Антей»», ИНН 7731084175';
  const found = quotedName(text, 2)!;
  assert.equal(text.slice(found.inner[0], found.end), 'Концерн ВКО «Алмаз-Антей»»');
  assert.deepEqual(names('АО «Завод «Купол» имени Ленина» поставил'), [
    'АО «Завод «Купол» имени Ленина»',
  ]);
  // An opening quote with no nested name and no close is still no name.
  assert.equal(quotedName('ООО «Ромашка и дальше без конца', 3), null);
});
