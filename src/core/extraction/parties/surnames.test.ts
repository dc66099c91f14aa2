import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPersons } from './persons.js';
import { nominativeCandidates, samePersons } from './surnames.js';

const CONTRACT = [
  'ДОВЕРЕННОСТЬ № 7 выдана Иванову И.И. на подписание договора.',
  'Договор заключён между ООО «Ромашка» в лице Иванова И.И. и АО «Купол».',
  'Акт согласован с Ивановым И.И.; платёж получен Петровой А.С.',
  'Подпись: Иванов И.И. / Петров А.С.',
].join('\n');

const values = (text: string) =>
  [...new Set(extractPersons(text).map((p) => p.value))].sort((a, b) => a.localeCompare(b));

test('a surname in four cases and the nominative with the same initials are one person', () => {
  const found = values(CONTRACT);
  assert.deepEqual(found, [
    'Иванов И. И.',
    'Иванова И. И.',
    'Иванову И. И.',
    'Ивановым И. И.',
    'Петров А. С.',
    'Петровой А. С.',
  ]);
  const same = samePersons(found);
  assert.deepEqual(Object.fromEntries(same), {
    'Иванова И. И.': 'Иванов И. И.',
    'Иванову И. И.': 'Иванов И. И.',
    'Ивановым И. И.': 'Иванов И. И.',
  });
  // Петровой is a woman's form: never brought back to Петров.
  assert.equal(same.has('Петровой А. С.'), false);
});

test('a female nominative stays her own without the masculine form in the case', () => {
  const text = 'Продавец: гражданка Иванова И.И. Покупатель: Сидоров П.П., платёж Сидорову П.П.';
  const same = samePersons(values(text));
  assert.equal(same.has('Иванова И. И.'), false);
  assert.equal(same.get('Сидорову П. П.'), 'Сидоров П. П.');
  // Other initials are another person, even with the nominative present.
  assert.equal(samePersons(['Иванов И. И.', 'Иванова А. В.']).size, 0);
});

test('initials before the surname, and adjective surnames, come back to the nominative', () => {
  const same = samePersons([
    'И. И. Иванов',
    'Иванову И. И.',
    'Вишневский О. Л.',
    'Вишневского О. Л.',
    'О. Л. Вишневским',
  ]);
  assert.equal(same.get('Иванову И. И.'), 'И. И. Иванов');
  assert.equal(same.get('Вишневского О. Л.'), 'Вишневский О. Л.');
  assert.equal(same.get('О. Л. Вишневским'), 'Вишневский О. Л.');
  assert.deepEqual(nominativeCandidates('Лисицыну'), ['Лисицыну', 'Лисицын']);
});
