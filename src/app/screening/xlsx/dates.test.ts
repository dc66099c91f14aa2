import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serialDate } from './dates.js';
import { isDateFormat } from './styles.js';

test('1900 serials count the leap day that never was; 1904 serials do not', () => {
  const in1900 = (serial: number) => serialDate(serial, false);
  assert.equal(in1900(1), '1900-01-01');
  assert.equal(in1900(59), '1900-02-28');
  assert.equal(in1900(60), '1900-02-29', 'as Excel shows it');
  assert.equal(in1900(61), '1900-03-01');
  assert.equal(in1900(29222), '1980-01-02');
  assert.equal(in1900(29222.999), '1980-01-02', 'the time of day is dropped');
  assert.equal(
    in1900(29222.99999999999),
    '1980-01-03',
    'a millisecond short of midnight is midnight',
  );
  assert.equal(in1900(2958465), '9999-12-31');
  for (const none of [0, 0.5, -1, 2958466, Number.NaN]) assert.equal(in1900(none), null, `${none}`);
  const in1904 = (serial: number) => serialDate(serial, true);
  assert.equal(in1904(0), '1904-01-01');
  assert.equal(in1904(27760), '1980-01-02');
  assert.equal(in1904(-1), null);
});

test('date formats: date and time codes outside literal text, brackets and spacing', () => {
  const dates = ['yyyy-mm-dd', 'dd/mm/yyyy;@', 'mmm d', 'h:mm AM/PM', '[h]:mm:ss', '[mm]:ss'];
  const withLiterals = ['[$-409]d-mmm-yy', '[Red]dd.mm.yy', '"on "dddd', 'YYYY', '[$-F800]dddd'];
  for (const code of [...dates, ...withLiterals]) assert.ok(isDateFormat(code), code);
  const numbers = ['General', '0.00', '#,##0', '0.00E+00', '##0.0e-0', '@', '[Red]#,##0'];
  const literals = [
    '"Day "0',
    '0\\d',
    '_(* #,##0_)',
    '0" yrs"',
    '[$€-2] #,##0.00',
    '#,##0;[Blue]-#,##0',
  ];
  for (const code of [...numbers, ...literals]) assert.ok(!isDateFormat(code), code);
});
