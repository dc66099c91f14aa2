/** IMO, MMSI, passports and HS codes: the identifiers a label finds. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { imoKind } from '../../identifiers/index.js';
import { HS_CHAPTERS } from './hs-chapters.js';
import { HS_HEADINGS } from './hs-headings.js';
import { extractHs, hsHeading } from './hs.js';
import { extractImo, extractMmsi } from './maritime.js';
import { midCountry } from './mid.js';
import { extractPassport } from './passport.js';

test('IMO numbers need their label and their check digit', () => {
  const text = 'Vessel: SPARTA IV (IMO 9187629), flag Russia; IMO No. 9187628 is a typo';
  assert.equal(imoKind('9187629'), 'ship');
  assert.deepEqual(
    extractImo(text).map((f) => [f.value, f.text, f.details?.holder]),
    [['9187629', '9187629', 'ship']],
  );
  assert.deepEqual(extractImo('Order 9187629 of 2024'), []);
  // A letter that is no digit confusion (б), and a fold after which the check fails (O→0).
  assert.equal(extractImo('ИМО 9187б29 / IMO 918762O')[0]?.value, undefined);
  const folded = extractImo('IMO 91876Z9, IMO 9l87629');
  assert.deepEqual(
    folded.map((f) => [f.value, f.text]),
    [['9187629', '9l87629']],
  );
});

test('MMSI after its label, with the flag state of its MID', () => {
  const found = extractMmsi('MMSI: 273 123 456; MMSI 412345678; MMSI 111234567');
  assert.deepEqual(
    found.map((f) => [f.value, f.details?.country]),
    [
      ['273123456', 'ru'],
      ['412345678', 'cn'],
    ],
  );
  assert.equal(found[0]!.text, '273 123 456');
  assert.deepEqual(extractMmsi('Invoice 273123456'), []);
  assert.equal(midCountry('351'), 'pa');
  assert.equal(midCountry('200'), null);
});

test('passports in Russian, Chinese and English notations', () => {
  const ru = extractPassport('Паспорт гражданина РФ серия 45 06 № 123456, выдан ОВД «Арбат»');
  assert.deepEqual(
    ru.map((f) => [f.value, f.text, f.details?.series, f.details?.number]),
    [['4506123456', '45 06 № 123456', '4506', '123456']],
  );
  assert.deepEqual(
    extractPassport('паспорт 4506 123456').map((f) => f.value),
    ['4506123456'],
  );
  const cn = extractPassport('护照号码：E12345678，有效期至2030年');
  assert.deepEqual(
    cn.map((f) => [f.value, f.details?.country]),
    [['E12345678', 'cn']],
  );
  assert.deepEqual(
    extractPassport('Passport No. 72 1234567 issued 01.02.2020').map((f) => [f.value, f.text]),
    [['721234567', '72 1234567']],
  );
  assert.deepEqual(extractPassport('No passport number was given. 123456789'), []);
});

test('the HS tables: 97 chapters with 77 reserved, every heading of chapters 84, 85, 88, 90, 93', () => {
  assert.equal(HS_CHAPTERS.size, 97);
  for (let n = 1; n <= 97; n++)
    assert.ok(HS_CHAPTERS.has(String(n).padStart(2, '0')), `chapter ${n}`);
  assert.match(HS_CHAPTERS.get('77')!, /Reserved/);
  const perChapter = (c: string) => [...HS_HEADINGS.keys()].filter((k) => k.startsWith(c)).length;
  // 8401-8487 less the deleted 8469; 8501-8549 less 8520; 8801-8807 less 8803; 9001-9033 less 9009.
  assert.deepEqual(['84', '85', '88', '90', '93'].map(perChapter), [86, 48, 6, 32, 7]);
  assert.equal(hsHeading('8806100000'), 'Unmanned aircraft');
  assert.equal(hsHeading('8708'), HS_CHAPTERS.get('87'));
});

test('HS / ТН ВЭД codes after their labels, with the heading', () => {
  const text =
    'Код ТН ВЭД ЕАЭС: 8806 10 000 0 — беспилотные летательные аппараты.\n' +
    'HS code 8542.31.0000, qty 200 pcs; 海关编码：8526911000；商品编码 9014 20';
  const found = extractHs(text);
  assert.deepEqual(
    found.map((f) => [f.value, f.text]),
    [
      ['8806100000', '8806 10 000 0'],
      ['8542310000', '8542.31.0000'],
      ['8526911000', '8526911000'],
      ['901420', '9014 20'],
    ],
  );
  assert.equal(found[0]!.details?.heading, 'Unmanned aircraft');
  assert.equal(found[1]!.details?.heading, 'Electronic integrated circuits');
  assert.match(found[2]!.details?.heading as string, /^Radar apparatus/);
  assert.match(found[3]!.details?.chapter as string, /^Optical/);
});

test('HS traps: no label, an edition year, a heading that does not exist, chapter 77', () => {
  assert.deepEqual(extractHs('Order 8806 10 000 0'), []);
  assert.deepEqual(extractHs('classified under HS 2022 rules'), []);
  assert.deepEqual(extractHs('HS code 8469 00'), []);
  assert.deepEqual(extractHs('HS 7712'), []);
  // Outside the tabled chapters a code gets its chapter's title only.
  const car = extractHs('ТН ВЭД 8708 99 970 9');
  assert.equal(car[0]?.value, '8708999709');
  assert.equal(car[0]?.details?.heading, undefined);
  assert.match(car[0]?.details?.chapter as string, /^Vehicles/);
});
