import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  IDENTIFIER_FORMATS,
  imoKind,
  isValidBic,
  isValidIban,
  isValidImo,
  isValidInn,
  isValidIsin,
  isValidLei,
  isValidMmsi,
  isValidOgrn,
  isValidUscc,
  normalizeIdentifier,
  validIdentifier,
} from './index.js';

/** Replace the character at `i` with the next digit: a one-digit corruption. */
function bump(value: string, i: number): string {
  const d = (Number(value[i]) + 1) % 10;
  return value.slice(0, i) + String(d) + value.slice(i + 1);
}

test('INN: Kupol (10 digits) and an individual (12 digits)', () => {
  assert.ok(isValidInn('1831083343'));
  assert.ok(isValidInn('781012626436'));
  assert.equal(IDENTIFIER_FORMATS.inn.variant('781012626436'), 'individual');
  assert.equal(normalizeIdentifier('inn', 'ИНН 1831-083-343'), '1831083343');
  assert.equal(normalizeIdentifier('inn', 'INN: 1831 083 343'), '1831083343');
  assert.equal(normalizeIdentifier('inn', 'n/a'), null);
  assert.ok(!isValidInn(bump('1831083343', 9)));
  assert.ok(!isValidInn(bump('1831083343', 2)));
  assert.ok(!isValidInn(bump('781012626436', 11)));
  assert.ok(!isValidInn(bump('781012626436', 10)));
  assert.ok(!isValidInn('0000000000'));
  assert.ok(!isValidInn('183108334'));
});

test('OGRN and OGRNIP', () => {
  assert.ok(isValidOgrn('1021801143374'));
  assert.equal(IDENTIFIER_FORMATS.ogrn.variant('1021801143374'), 'ogrn');
  assert.ok(!isValidOgrn(bump('1021801143374', 12)));
  assert.ok(!isValidOgrn(bump('1021801143374', 5)));
  // A record number (GRN, first digit 2) has the same checksum but is no entity number.
  assert.ok(!isValidOgrn('2021801143374'));
  const ogrnip = '304500116000157';
  assert.ok(isValidOgrn(ogrnip));
  assert.equal(IDENTIFIER_FORMATS.ogrn.variant(ogrnip), 'ogrnip');
  assert.ok(!isValidOgrn(bump(ogrnip, 14)));
  assert.equal(normalizeIdentifier('ogrn', 'ОГРН 1021801143374'), '1021801143374');
});

test('USCC (GB 32100-2015)', () => {
  assert.ok(isValidUscc('91110105069601824J'));
  assert.ok(isValidUscc('911101053063517353'));
  assert.equal(normalizeIdentifier('uscc', '9111 0105 0696 0182 4j'), '91110105069601824J');
  assert.equal(
    normalizeIdentifier('uscc', '统一社会信用代码：91110105069601824J'),
    '91110105069601824J',
  );
  assert.ok(!isValidUscc('91110105069601824K'));
  assert.ok(!isValidUscc(bump('91110105069601824J', 4)));
  // I, O, S, V and Z are not in the alphabet.
  assert.ok(!isValidUscc('91110105069601824O'));
});

test('IMO: ship and company checksums, and which one matched', () => {
  assert.equal(imoKind('9187629'), 'ship');
  assert.equal(imoKind('5342883'), 'company');
  assert.equal(imoKind('5848165'), 'company');
  assert.equal(imoKind('1790183'), 'ship-or-company');
  assert.equal(imoKind(bump('9187629', 6)), null);
  assert.notEqual(imoKind(bump('9187629', 0)), 'ship');
  assert.ok(!isValidImo('0000000'));
  assert.equal(normalizeIdentifier('imo', 'IMO 9187629'), '9187629');
  assert.equal(normalizeIdentifier('imo', 'IMO9187629'), '9187629');
  assert.equal(normalizeIdentifier('imo', 'imo no. 9187629'), '9187629');
  assert.equal(normalizeIdentifier('imo', '555641'), '0555641');
});

test('LEI (ISO 17442, MOD 97-10)', () => {
  assert.ok(isValidLei('2138006K8AF4JD339S40'));
  assert.ok(isValidLei('213800CACNBGHWMQHO54'));
  assert.equal(normalizeIdentifier('lei', 'LEI: 2138 006K 8AF4 JD33 9S40'), '2138006K8AF4JD339S40');
  // An LEI may begin with letters; a bare value starting "LEI" is not stripped.
  assert.equal(normalizeIdentifier('lei', 'LEI12345'), 'LEI12345');
  assert.ok(!isValidLei(bump('2138006K8AF4JD339S40', 19)));
  assert.ok(!isValidLei(bump('2138006K8AF4JD339S40', 0)));
});

test('BIC: shape, and the first 8 are compared', () => {
  assert.ok(isValidBic('ABSLRUMM'));
  assert.ok(isValidBic('DEUTDEFF500'));
  assert.ok(!isValidBic('ABSLRUM'));
  assert.ok(!isValidBic('1BSLRUMM'));
  assert.equal(normalizeIdentifier('bic', 'SWIFT: absl ru mm'), 'ABSLRUMM');
  assert.equal(normalizeIdentifier('bic', 'SWIFT/BIC ABSLRUMMXXX'), 'ABSLRUMMXXX');
  assert.equal(IDENTIFIER_FORMATS.bic.key('ABSLRUMMXXX'), 'ABSLRUMM');
  assert.equal(IDENTIFIER_FORMATS.bic.variant('DEUTDEFF500'), 'branch');
});

test('IBAN: country length and mod 97', () => {
  assert.ok(isValidIban('GB82WEST12345698765432'));
  assert.ok(isValidIban('DE89370400440532013000'));
  assert.equal(
    normalizeIdentifier('iban', 'IBAN DE89 3704 0044 0532 0130 00'),
    'DE89370400440532013000',
  );
  assert.ok(!isValidIban(bump('DE89370400440532013000', 10)));
  assert.ok(!isValidIban('DE8937040044053201300'));
});

test('ISIN (Luhn over letters expanded)', () => {
  assert.ok(isValidIsin('US0378331005'));
  assert.ok(isValidIsin('RU0007796926'));
  assert.ok(isValidIsin('KYG7114V1023'));
  assert.ok(!isValidIsin(bump('US0378331005', 11)));
  assert.ok(!isValidIsin(bump('US0378331005', 5)));
});

test('MMSI, passport and generic normalisation', () => {
  assert.ok(isValidMmsi('273456780'));
  assert.ok(!isValidMmsi('27345678'));
  assert.equal(normalizeIdentifier('mmsi', 'MMSI 273 456 780'), '273456780');
  assert.equal(normalizeIdentifier('passport', 'Passport No. a-123 456.78'), 'A12345678');
  assert.equal(normalizeIdentifier('passport', 'А12345678'), 'A12345678');
  assert.equal(normalizeIdentifier('generic', 'HRA 738414'), 'HRA738414');
  assert.equal(normalizeIdentifier('generic', '۱۲۳-۴۵۶'), '123456');
  assert.equal(validIdentifier('generic', 'N/A'), null);
});
