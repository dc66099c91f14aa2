import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RUSSIAN, UKRAINIAN } from './cyrillic-tables.js';
import { romanizeCyrillicWord, transliterateCyrillic } from './cyrillic.js';

const system = (name: string) => RUSSIAN.find((s) => s.name === name)!;

test('Russian in each system', () => {
  const word = (text: string, name: string) => romanizeCyrillicWord(text, system(name));
  assert.equal(word('щербаков', 'bgn-pcgn'), 'shcherbakov');
  assert.equal(word('щербаков', 'icao'), 'shcherbakov');
  assert.equal(word('щербаков', 'iso9-ascii'), 'serbakov');
  assert.equal(word('щербаков', 'continental'), 'scherbakov');
  assert.equal(word('хрущёв', 'bgn-pcgn'), 'khrushchev');
  assert.equal(word('хрущёв', 'english'), 'khrushchyov');
  assert.equal(word('ельцин', 'bgn-pcgn'), 'yeltsin');
  assert.equal(word('ельцин', 'icao'), 'eltsin');
  assert.equal(word('ельцин', 'continental'), 'jeltzin');
  assert.equal(word('сергеев', 'bgn-pcgn'), 'sergeyev');
  assert.equal(word('юлия', 'icao'), 'iuliia');
  assert.equal(word('юлия', 'english'), 'yulia');
});

test('Russian endings and clusters', () => {
  const word = (text: string, name: string) => romanizeCyrillicWord(text, system(name));
  assert.equal(word('дмитрий', 'bgn-pcgn'), 'dmitriy');
  assert.equal(word('дмитрий', 'english'), 'dmitry');
  assert.equal(word('дмитрий', 'icao'), 'dmitrii');
  assert.equal(word('дмитрий', 'continental'), 'dmitri');
  assert.equal(word('белый', 'bgn-pcgn'), 'belyy');
  assert.equal(word('белая', 'bgn-pcgn'), 'belaya');
  assert.equal(word('белая', 'icao'), 'belaia');
  assert.equal(word('александр', 'english'), 'alexandr');
  assert.equal(word('ильич', 'english'), 'ilyich');
});

test('transliterateCyrillic gives a few variants, BGN/PCGN first, case kept', () => {
  assert.deepEqual(transliterateCyrillic('Щербаков'), ['Shcherbakov', 'Serbakov', 'Scherbakov']);
  assert.deepEqual(transliterateCyrillic('Владимир Путин'), ['Vladimir Putin']);
  assert.deepEqual(transliterateCyrillic('ПУТИН, Владимир'), ['PUTIN, Vladimir']);
  assert.deepEqual(transliterateCyrillic('ПУ́ТИН Влади́мир'), ['PUTIN Vladimir']);
  const variants = transliterateCyrillic('Хрущёв Никита Сергеевич');
  assert.ok(variants.length <= 8);
  assert.ok(variants.includes('Khrushchev Nikita Sergeyevich'));
  assert.ok(variants.includes('Khrushchyov Nikita Sergeyevich'));
  assert.ok(variants.includes('Khrushchev Nikita Sergeevich'));
});

test('Ukrainian is recognised by its letters and uses the national system first', () => {
  const variants = transliterateCyrillic('Путін Володимир Володимирович');
  assert.equal(variants[0], 'Putin Volodymyr Volodymyrovych');
  assert.ok(variants.includes('Putin Volodimir Volodimirovich'));
  assert.deepEqual(transliterateCyrillic('Єва')[0], 'Yeva');
  assert.deepEqual(transliterateCyrillic('Юлія')[0], 'Yuliia');
  assert.equal(romanizeCyrillicWord('згурський', UKRAINIAN[0]!), 'zghurskyi');
  assert.deepEqual(transliterateCyrillic('Ґонта'), ['Gonta']);
  assert.equal(transliterateCyrillic('Володимир Зеленський')[0], 'Volodymyr Zelenskyi');
  // Without a distinctive letter or ending, the text is read as Russian.
  assert.equal(transliterateCyrillic('Володимир Зеленский')[0], 'Volodimir Zelenskiy');
});

test('Belarusian: BGN/PCGN, the Russian-form spelling, the national system', () => {
  assert.deepEqual(transliterateCyrillic('Уладзімір Пуцін'), [
    'Uladzimir Putsin',
    'Uladimir Putin',
    'Uladzimir Pucin',
  ]);
  assert.equal(transliterateCyrillic('Ўладзімір')[0], 'Wladzimir');
  const lukashenka = transliterateCyrillic('Аляксандр Рыгоравіч Лукашэнка');
  assert.equal(lukashenka[0], 'Alyaksandr Ryhoravich Lukashenka');
  assert.ok(lukashenka.includes('Aliaksandr Ryhoravic Lukasenka'));
});
