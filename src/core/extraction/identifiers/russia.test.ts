import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidInn, isValidOgrn } from '../../identifiers/index.js';
import { extractInn, extractKpp, extractOgrn, extractOgrnip } from './russia.js';

// Kupol (OFAC SDN entry 46431): Tax ID No. 1831083343, Business Registration Number 1021801143374.
const KUPOL_INN = '1831083343';
const KUPOL_OGRN = '1021801143374';

const values = (found: { value: string }[]) => found.map((f) => f.value);

test('the OFAC numbers of Kupol pass the checks the extractors use', () => {
  assert.ok(isValidInn(KUPOL_INN));
  assert.ok(isValidOgrn(KUPOL_OGRN));
  // The pair quoted in the brief fails: 1834100037 is not a valid INN.
  assert.ok(!isValidInn('1834100037'));
});

test('a bank details block: ИНН/КПП a/b, ОГРН on the next line', () => {
  const text = `Поставщик: АО «ИЭМЗ «Купол»\nИНН/КПП ${KUPOL_INN}/183101001\nОГРН ${KUPOL_OGRN}`;
  const inn = extractInn(text);
  assert.deepEqual(values(inn), [KUPOL_INN]);
  assert.equal(inn[0]!.confidence, 0.97);
  assert.equal(text.slice(inn[0]!.start, inn[0]!.end), KUPOL_INN);
  const kpp = extractKpp(text);
  assert.deepEqual(values(kpp), ['183101001']);
  assert.equal(kpp[0]!.text, '183101001');
  assert.deepEqual(values(extractOgrn(text)), [KUPOL_OGRN]);
});

test('an INN written in groups is read after its label, the span covering the groups', () => {
  const text = 'ИНН 7707 083 893, КПП 7707 01 001';
  const inn = extractInn(text);
  assert.deepEqual(values(inn), ['7707083893']);
  assert.equal(inn[0]!.text, '7707 083 893');
  assert.deepEqual(values(extractKpp(text)), ['770701001']);
});

test('a bare INN is a guess; a bare 10-digit number failing the check is nothing', () => {
  const bare = extractInn(`Реквизиты покупателя: ${KUPOL_INN}`);
  assert.deepEqual(values(bare), [KUPOL_INN]);
  assert.ok(bare[0]!.confidence < 0.7);
  assert.deepEqual(extractInn('Номер заказа 1234567890 и 1834100037'), []);
  assert.deepEqual(extractInn('ИНН 1234567890'), []);
});

test('traps: a phone that passes the INN check, a document number, an amount, a date', () => {
  assert.ok(isValidInn('9123456784'));
  assert.deepEqual(extractInn('Тел.: 9123456784'), []);
  assert.deepEqual(extractInn('+9123456784'), []);
  assert.deepEqual(extractInn(`Договор № ${KUPOL_INN} от 14.03.2024`), []);
  assert.deepEqual(extractInn(`Итого: ${KUPOL_INN},00 руб.`), []);
  assert.deepEqual(extractInn('14.03.2024 20240314'), []);
  // Groups without their label are a phone or an amount, not an INN; so are groups after
  // another number that follows the label.
  assert.deepEqual(extractInn('8 495 123 45 68'), []);
  assert.deepEqual(
    extractInn(`ИНН ${KUPOL_INN}, 8 912 345 67 84`).map((f) => f.value),
    [KUPOL_INN],
  );
});

test('OCR confusions are folded when the check then passes; the span stays as written', () => {
  const text = 'ИНН 1831O83343 ОГРН 1O21801143374';
  const inn = extractInn(text);
  assert.deepEqual(values(inn), [KUPOL_INN]);
  assert.equal(inn[0]!.text, '1831O83343');
  assert.ok(inn[0]!.confidence < 0.9 && inn[0]!.confidence > 0.7);
  assert.equal(inn[0]!.details?.ocrFolded, '1');
  assert.deepEqual(values(extractOgrn(text)), [KUPOL_OGRN]);
  // A fold that does not make the check pass is dropped, and no fold happens without the label.
  assert.deepEqual(extractInn('ИНН 1831O83344'), []);
  assert.deepEqual(extractInn('1831O83343'), []);
});

test('a 12-digit INN of a person and a 15-digit OGRNIP', () => {
  // Check digits computed by the core's own checks, not taken from any register.
  const inn12 = ['500100732259'].find(isValidInn)!;
  assert.ok(inn12);
  const ogrnip = ['304500116000157'].find(isValidOgrn)!;
  assert.ok(ogrnip);
  const text = `ИП Иванов И. И., ИНН ${inn12}, ОГРНИП ${ogrnip}`;
  assert.deepEqual(values(extractInn(text)), [inn12]);
  assert.equal(extractInn(text)[0]!.details?.holder, 'individual');
  assert.deepEqual(values(extractOgrnip(text)), [ogrnip]);
  assert.deepEqual(extractOgrn(text), []);
  // Without its label a 15-digit number is a weak guess (Chinese licences have 15 digits too).
  assert.equal(extractOgrnip(`Registration ID ${ogrnip}`)[0]?.confidence, 0.5);
});

test('KPP is never read without its label', () => {
  assert.deepEqual(extractKpp('БИК 044525225'), []);
  // Since 2019 the reason code may be two capital Latin letters.
  assert.deepEqual(extractKpp('КПП: 7727AA001'), [
    {
      start: 5,
      end: 14,
      kind: 'kpp',
      text: '7727AA001',
      value: '7727AA001',
      extractor: 'identifiers/kpp',
      confidence: 0.85,
      details: { taxOffice: '7727' },
    },
  ]);
});

test('full-width digits are digits, not OCR confusions', () => {
  const found = extractInn('纳税人识别号（ИНН）：１８３１０８３３４３');
  assert.deepEqual(
    found.map((f) => [f.value, f.text, f.confidence]),
    [[KUPOL_INN, '１８３１０８３３４３', 0.97]],
  );
});
