import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePersonName } from './person.js';
import { personNameForms } from './person-forms.js';
import { nameTokens } from './tokens.js';

const words = (list: readonly { parts: readonly string[] }[]) => list.map((w) => w.parts.join('-'));

function shareForm(a: string, b: string): boolean {
  const left = personNameForms(a);
  return personNameForms(b).some((form) => left.includes(form));
}

test('parsePersonName reads the family name from comma, capitals and patronymic position', () => {
  const comma = parsePersonName('PUTIN, Vladimir Vladimirovich');
  assert.deepEqual(words(comma.family), ['putin']);
  assert.deepEqual(words(comma.given), ['vladimir']);
  assert.deepEqual(words(comma.patronymics), ['vladimirovich']);
  assert.equal(comma.familyKnown, true);

  const capitals = parsePersonName('Vladimir Vladimirovich POUTINE');
  assert.deepEqual(words(capitals.family), ['poutine']);
  assert.deepEqual(words(capitals.patronymics), ['vladimirovich']);

  const russianOrder = parsePersonName('Putin Vladimir Vladimirovich');
  assert.deepEqual(words(russianOrder.family), ['putin']);
  assert.deepEqual(words(russianOrder.given), ['vladimir']);

  const initials = parsePersonName('Putin V. V.');
  assert.deepEqual(words(initials.family), ['putin']);
  assert.deepEqual(words(initials.given), ['v', 'v']);

  const unknown = parsePersonName('Vladimir Putin');
  assert.deepEqual(words(unknown.family), ['putin']);
  assert.equal(unknown.familyKnown, false);
  assert.deepEqual(words(parsePersonName('Kim Jong-un', { familyFirst: true }).family), ['kim']);
});

test('patronymic endings in many spellings, but only in the patronymic position', () => {
  for (const name of [
    'Vladimir Vladimirovitch Poutine',
    'Wladimir Wladimirowitsch Putin',
    'Władimir Władimirowicz Putin',
    'Vlagyimir Vlagyimirovics Putyin',
    'Vladimir Vladimirovici Putin',
    'Vladimir Vladimirovitj Putin',
    'Vladímir Vladímirovitx Putin',
    'Putin Volodymyr Volodymyrovych',
    'Yulia Vladimirovna Tymoshenko',
  ]) {
    assert.equal(parsePersonName(name).patronymics.length, 1, name);
  }
  assert.equal(parsePersonName('Dmitri Shostakovich').patronymics.length, 0);
  assert.equal(parsePersonName('Roman Abramovich').patronymics.length, 0);
});

test('particles and titles are set aside', () => {
  const name = parsePersonName('Sheikh Abu Bakr al-Baghdadi');
  assert.deepEqual(name.titles, ['sheikh']);
  assert.deepEqual(
    name.family.map((w) => w.particles),
    [['al']],
  );
  assert.deepEqual(words(parsePersonName('Ben Smith').given), ['ben']);
  assert.deepEqual(words(parsePersonName('Marine Le Pen').family), ['pen']);
});

test('person name forms are order-independent and make the optional parts optional', () => {
  assert.ok(shareForm('PUTIN, Vladimir Vladimirovich', 'Vladimir Putin'));
  assert.ok(shareForm('Putin Vladimir Vladimirovich', 'Vladimir Vladimirovich Putin'));
  assert.ok(shareForm('V. V. Putin', 'Vladimir Vladimirovich Putin'));
  assert.ok(shareForm('Putin V. V.', 'PUTIN, Vladimir'));
  assert.ok(shareForm('Kim Jong-un', 'Kim Jong Un'));
  assert.ok(shareForm('Kim Jong-un', 'Kim Jongun'));
  assert.ok(shareForm('Kim Jong Un', 'Kim Jongun'));
  assert.ok(shareForm('Abu Bakr al-Baghdadi', 'Abu Bakr Al Baghdadi'));
  assert.ok(shareForm('Abu Bakr al-Baghdadi', 'Abubakr Albaghdadi'));
  assert.ok(shareForm('Abu Bakr al-Baghdadi', 'Bakr Albaghdadi'));
  assert.ok(shareForm('Abu Bakr al-Baghdadi', 'BAGHDADI, Abu Bakr'));
  assert.ok(shareForm('AL BEN ALI, Isa Ben Tarif', 'Isa Bin Tarif Al Bin Ali'));
  assert.ok(shareForm('Ludwig van Beethoven', 'BEETHOVEN, Ludwig'));
  assert.ok(shareForm('Präsident Barack Obama', 'Barack Obama'));
  assert.ok(!shareForm('Vladimir Putin', 'Vladimir Medvedev'));
  assert.ok(personNameForms('Vladimir Putin', { initials: false }).every((f) => f.includes(' ')));
});

test('nameTokens adds the joined forms of hyphenated words and particles', () => {
  assert.deepEqual(nameTokens('Kim Jong-un'), ['kim', 'jong', 'un', 'jongun']);
  assert.deepEqual(nameTokens('al-Baghdadi'), ['al', 'baghdadi', 'albaghdadi']);
  assert.deepEqual(nameTokens('El Baghdadi'), ['el', 'baghdadi', 'albaghdadi']);
  assert.deepEqual(nameTokens('V.V. Putin'), ['v', 'putin']);
});
