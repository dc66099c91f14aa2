import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateTextValues, spanValues } from './dates.js';
import { isRussianCode, labelKey, ruleFor } from './labels.js';

test('labels map to the FtM property, document, sanction text or link they mean', () => {
  assert.equal(labelKey('Secondary sanctions risk:'), 'secondary sanctions risk');
  assert.equal(labelKey('Additional Sanctions Information -'), 'additional sanctions information');
  assert.deepEqual(ruleFor('Passport'), { kind: 'passport' });
  assert.deepEqual(ruleFor('Website'), { kind: 'prop', props: ['website'] });
  assert.deepEqual(ruleFor('Vessel Registration Identification'), {
    kind: 'prop',
    props: ['imoNumber', 'registrationNumber'],
  });
  assert.deepEqual(ruleFor('Tax ID No.'), {
    kind: 'doc',
    props: ['taxNumber'],
    russian: 'innCode',
  });
  assert.deepEqual(ruleFor('Digital Currency Address - XBT'), { kind: 'wallet', currency: 'XBT' });
  assert.deepEqual(ruleFor('Linked To:'), { kind: 'link', link: 'linked' });
  assert.deepEqual(ruleFor('Secondary sanctions risk:'), { kind: 'sanction', prop: 'provisions' });
  assert.deepEqual(ruleFor('Executive Order 13662 Directive Determination -'), {
    kind: 'sanction',
    prop: 'provisions',
  });
  assert.deepEqual(ruleFor('For more information, please see:'), {
    kind: 'sanction',
    prop: 'sourceUrl',
  });
  // An unknown document type is still kept, as an identifier with its type text.
  assert.deepEqual(ruleFor('Kenyan ID No.'), {
    kind: 'doc',
    props: ['idNumber', 'registrationNumber'],
  });
});

test('Russian codes need a Russian issuer and the code length', () => {
  assert.equal(isRussianCode('ogrnCode', '1027700070518', 'ru', null), true);
  assert.equal(isRussianCode('ogrnCode', '3287', 'ru', null), false);
  assert.equal(isRussianCode('ogrnCode', '1027700070518', 'de', null), false);
  assert.equal(isRussianCode('innCode', '7736050003', null, 'INN'), true);
  assert.equal(isRussianCode('okpoCode', '00040778', 'ru', null), true);
});

test('short ranges of whole years become each year; other spans keep their ends', () => {
  assert.deepEqual(dateTextValues('01 Jan 1953 to 31 Dec 1954'), ['1953', '1954']);
  assert.deepEqual(dateTextValues('1964 to 1966'), ['1964', '1965', '1966']);
  assert.deepEqual(dateTextValues('circa 1964'), ['1964']);
  assert.deepEqual(dateTextValues('17 Jul 1964'), ['1964-07-17']);
  assert.deepEqual(dateTextValues('not a date'), []);
  assert.deepEqual(spanValues('1991-01-01', '1991-12-31'), ['1991']);
  assert.deepEqual(spanValues('1947-04-19', '1947-04-19'), ['1947-04-19']);
  assert.deepEqual(spanValues('1960-02-01', '1960-02-29'), ['1960-02']);
  assert.deepEqual(spanValues('1940', '1960'), ['1940', '1960']);
  assert.deepEqual(spanValues('1960-03-05', '1961-01-01'), ['1960-03-05', '1961-01-01']);
});
