/**
 * The in-text list search on its own: list names prepared by the matcher's own tools, found in
 * Russian, English and Chinese text written in another script and in oblique cases; weak names
 * (a surname alone, a short or generic word) left out; a one-word company name kept, but not
 * read into a capitalised common word at the start of a sentence.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultTools, Matcher } from '../../matching/index.js';
import { nominatives } from './endings.js';
import { dropOverlaps, type ListName, ListPatterns } from './patterns.js';
import { wordKeysWith, wordsOf } from './words.js';

const tools = defaultTools();
const names = tools.names!;

const LIST: [string, Record<string, string[]>][] = [
  ['Company', { name: ['Izhevsk Electromechanical Plant Kupol'], alias: ['IEMZ Kupol'] }],
  ['Company', { name: ['JSC Concern VKO Almaz-Antey'], alias: ['Almaz-Antey'] }],
  ['Person', { name: ['PETROV, Ivan Sergeevich'] }],
  ['Person', { name: ['Smith'] }],
  ['Company', { name: ['Kontrakt OOO'] }],
  ['Company', { name: ['Trade LLC'] }],
  ['Person', { name: ['李方伟'], alias: ['LI, Fangwei'] }],
  ['Person', { name: ['WANG, Xiaoming'] }],
];

function listNames(): ListName[] {
  return LIST.flatMap(([schema, properties], entity) =>
    Matcher.prepare(schema, properties, tools).names.map((form) => ({
      entity,
      keys: form.keys,
      weights: form.weights,
      isPerson: form.isPerson,
    })),
  );
}

const patterns = ListPatterns.build(listNames());
const keysOf = wordKeysWith(names);
const found = (text: string) =>
  dropOverlaps(patterns.scan(text, keysOf)).map((h) => [h.text, h.entities]);

test('nominatives: oblique Russian cases read back to the forms a list may give', () => {
  assert.ok(nominatives('купола').includes('купол'));
  assert.ok(nominatives('антеем').includes('антей'));
  assert.ok(nominatives('ижевского').includes('ижевский'));
  assert.deepEqual(nominatives('kupola'), ['kupola']);
  // A stem keeps three letters: "она" is not read as "он".
  assert.deepEqual(nominatives('она'), ['она']);
});

test('a Latin-listed company found in Cyrillic, in the genitive and instrumental', () => {
  assert.deepEqual(found('Поставка для завода «Купол» по договору № 14.'), [['Купол', [0]]]);
  assert.deepEqual(found('Контракт с концерном Алмаз-Антеем подписан 14 марта.'), [
    ['Алмаз-Антеем', [1]],
  ]);
  // The longest name wins over the one-word name inside it.
  assert.deepEqual(found('Покупатель: ИЭМЗ «Купол», г. Ижевск.'), [['ИЭМЗ «Купол', [0]]]);
});

test('English and Chinese text: Latin names, a person written surname first, Han per character', () => {
  assert.deepEqual(found('Goods were shipped to JSC Kupol via Novosibirsk.'), [['Kupol', [0]]]);
  assert.deepEqual(found('合同买方为 Almaz-Antey 公司。'), [['Almaz-Antey', [1]]]);
  assert.deepEqual(found('Директор: Петров Иван Сергеевич, действующий на основании Устава.'), [
    ['Петров Иван Сергеевич', [2]],
  ]);
  // In its own script, and in Pinyin read off the characters of another text.
  assert.deepEqual(found('联系人：李方伟，电话见附件。'), [['李方伟', [6]]]);
  assert.deepEqual(found('收货人：王晓明，深圳。'), [['王晓明', [7]]]);
});

test('weak names are left out and common words at a sentence start are not names', () => {
  // A surname alone is anyone; "Trade" is a generic word.
  assert.deepEqual(found('Mr Smith signed for Trade LLC.'), []);
  // "Kontrakt" is a one-word company name: kept in quotes or mid-sentence, not as a first word.
  assert.deepEqual(found('Контракт с покупателем подписан.'), []);
  assert.deepEqual(found('Оплата в адрес «Контракт» проведена.'), [['Контракт', [4]]]);
  assert.deepEqual(found('the contract (kontrakt) is void'), []);
  assert.ok(patterns.skipped >= 2, 'the surname and the generic word are not patterns');
});

test('words: offsets into the text, Han cut per character', () => {
  const text = 'АО «Купол», 李方伟';
  assert.deepEqual(
    wordsOf(text).map((w) => [w.text, text.slice(w.start, w.end), w.character]),
    [
      ['АО', 'АО', false],
      ['Купол', 'Купол', false],
      ['李', '李', true],
      ['方', '方', true],
      ['伟', '伟', true],
    ],
  );
});
