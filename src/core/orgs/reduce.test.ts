import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  canonicalGenericTokens,
  extractLegalForms,
  hanOrgReadings,
  reducedOrgNames,
} from './index.js';

/** The reduced names of a full name, as the matcher's tools make them. */
function reduced(name: string): string[] {
  const tokens = canonicalGenericTokens(extractLegalForms(name).name);
  return reducedOrgNames(
    tokens.map((t) => t.token),
    tokens.map((t) => t.generic),
    tokens.map((t) => t.text),
  ).map((r) => r.tokens.join(' '));
}

test('the distinctive name follows the kind of organisation, and the acronym is Russian', () => {
  assert.deepEqual(reduced('JOINT STOCK COMPANY IZHEVSK ELECTROMECHANICAL PLANT KUPOL'), [
    'kupol',
    'iemz kupol',
    'iep kupol',
  ]);
  assert.deepEqual(reduced('Izhevskiy Elektromekhanicheskiy Zavod Kupol')[1], 'iemz kupol');
  assert.equal(
    reduced('JOINT STOCK COMPANY AEROSPACE DEFENSE CONCERN ALMAZ-ANTEY')[0],
    'almaz antey',
  );
  // Generic words right after the kind word ("Концерн ВКО") belong to the description.
  assert.equal(reduced('АО «Концерн ВКО «Алмаз-Антей»»')[0], 'алмаз антей');
});

test('the Russian acronym skips the prepositions an English translation adds', () => {
  // АО «ЦКБ МТ «Рубин»»: Центральное Конструкторское Бюро Морской Техники.
  const rubin = reduced('JOINT STOCK COMPANY CENTRAL DESIGN BUREAU FOR MARINE ENGINEERING RUBIN');
  assert.ok(rubin.includes('tskbmt rubin'), rubin.join(', '));
  // АО «ВПК «НПО машиностроения»»: Военно-Промышленная Корпорация, an НПО inside the name.
  const npo = reduced('JOINT STOCK COMPANY MILITARY-INDUSTRIAL CORPORATION NPO MASHINOSTROYENIA');
  assert.deepEqual(npo.slice(0, 2), ['mashinostroyenia', 'vpknpo mashinostroyenia']);
});

test('names without a distinctive name after a kind word are not reduced', () => {
  assert.deepEqual(reduced('Bank Melli Iran'), []);
  assert.deepEqual(reduced('Almaz Central Marine Design Bureau'), []);
  assert.deepEqual(reduced('Kazan Helicopter Plant'), []);
  assert.deepEqual(reduced('Plant No 9'), []);
});

test('Chinese names are read with their business words in English', () => {
  assert.deepEqual(hanOrgReadings('厦门林巴赫航空发动机'), [
    'xiamen linbahe aviation engine',
    'xiamen limbah aviation engine',
  ]);
  // The segmenter may keep a place and a name as one word: the aligner splits joined runs.
  assert.match(hanOrgReadings('武汉三江进出口')[0]!, /^wuhan ?sanjiang import export$/);
  assert.equal(hanOrgReadings('新疆公安厅')[0], 'xinjiang public security bureau');
  assert.deepEqual(hanOrgReadings('李方伟'), []); // no business word: a person's name, say
  assert.deepEqual(hanOrgReadings('Kupol'), []);
});
