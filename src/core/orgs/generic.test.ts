import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  canonicalGenericName,
  canonicalGenericToken,
  canonicalGenericTokens,
  extractLegalForms,
  genericWordStats,
} from './index.js';

test('at least 60 concepts, no spelling claimed by two', () => {
  const stats = genericWordStats();
  assert.ok(stats.concepts >= 60, `${stats.concepts} concepts`);
  assert.deepEqual(stats.conflicts, []);
});

test('single tokens in many languages', () => {
  for (const word of ['zavod', 'plant', 'factory', 'works', 'завод', 'Завода', '工厂', '厂'])
    assert.equal(canonicalGenericToken(word), 'plant', word);
  for (const word of ['kontsern', 'concern', 'концерн'])
    assert.equal(canonicalGenericToken(word), 'concern');
  for (const word of ['bank', 'банк', '银行', 'بنك'])
    assert.equal(canonicalGenericToken(word), 'bank');
  for (const word of ['company', 'kompaniya', 'компания'])
    assert.equal(canonicalGenericToken(word), 'company');
  for (const word of ['group', 'gruppa', 'группа'])
    assert.equal(canonicalGenericToken(word), 'group');
  for (const word of ['holding', 'холдинг']) assert.equal(canonicalGenericToken(word), 'holding');
  for (const word of ['corporation', 'korporatsiya', 'корпорация'])
    assert.equal(canonicalGenericToken(word), 'corporation');
  for (const word of ['institute', 'institut', 'институт', '研究所', '研究院'])
    assert.equal(canonicalGenericToken(word), 'institute');
  for (const word of ['mezhdunarodny', 'mezhdunarodnaya', 'международный', 'international'])
    assert.equal(canonicalGenericToken(word), 'international');
  for (const word of ['promyshlennaya', 'промышленный', 'industrial'])
    assert.equal(canonicalGenericToken(word), 'industrial');
  for (const word of ['elektromekhanichesky', 'Elektromekhanicheskiy', 'электромеханический'])
    assert.equal(canonicalGenericToken(word), 'electromechanical');
  for (const word of ['technology', 'tekhnologii', 'технологии', '科技', '技术'])
    assert.equal(canonicalGenericToken(word), 'technology');
  assert.equal(canonicalGenericToken('sudokhodnaya'), 'shipping');
  assert.equal(canonicalGenericToken('kupol'), null);
  assert.equal(canonicalGenericToken('design bureau'), 'design_bureau');
  assert.equal(canonicalGenericToken('design'), null);
});

test('phrases, longest first', () => {
  assert.equal(canonicalGenericName('Torgovy Dom Romashka'), 'trading_house romashka');
  assert.equal(canonicalGenericName('Торговый дом «Ромашка»'), 'trading_house ромашка');
  assert.equal(canonicalGenericName('OKB Sukhoi'), 'design_bureau sukhoi');
  assert.equal(canonicalGenericName('Konstruktorskoe Byuro Sukhoi'), 'design_bureau sukhoi');
  assert.equal(canonicalGenericName('Sukhoi Design Bureau'), 'sukhoi design_bureau');
  assert.equal(
    canonicalGenericName('Nauchno-Issledovatelsky Institut Kvant'),
    'research_institute kvant',
  );
  assert.equal(canonicalGenericName('NII Kvant'), 'research_institute kvant');
  assert.equal(
    canonicalGenericName('Kvant Scientific Research Institute'),
    'kvant research_institute',
  );
  assert.equal(
    canonicalGenericName('Nauchno-Proizvodstvennoe Obyedinenie Mashinostroyeniya'),
    'scientific_production association machine_building',
  );
  assert.equal(canonicalGenericName('Импорт-Экспорт Альфа'), 'import_export альфа');
  assert.equal(canonicalGenericName('中国进出口银行'), '中国 import_export bank');
});

test('lists that translate differently compare equal', () => {
  const a = extractLegalForms('JOINT STOCK COMPANY IZHEVSK ELECTROMECHANICAL PLANT KUPOL').name;
  const b = extractLegalForms('AO Izhevskiy Elektromekhanicheskiy Zavod Kupol').name;
  assert.equal(canonicalGenericName(a), 'izhevsk electromechanical plant kupol');
  assert.equal(canonicalGenericName(b), 'izhevskiy electromechanical plant kupol');
  const tokens = canonicalGenericTokens(b);
  assert.deepEqual(
    tokens.map((t) => t.generic),
    [false, true, true, false],
  );
  assert.equal(tokens[2]?.text, 'zavod');
});
