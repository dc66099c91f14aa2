import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidIban, isValidLei, isValidUscc } from '../../identifiers/index.js';
import { extractBic, extractIban, extractLei, extractUscc } from './codes.js';

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** The one check character that makes 17 characters a valid code, found by the core's check. */
const completeUscc = (prefix: string) =>
  prefix + [...USCC_ALPHABET].find((c) => isValidUscc(prefix + c))!;

test("a USCC after 统一社会信用代码, and the brief's placeholder with its check character", () => {
  const code = completeUscc('91350200MA2XXXXXX');
  assert.equal(code, '91350200MA2XXXXXXF');
  const text = `厦门某某贸易有限公司\n统一社会信用代码：${code}\n地址：厦门市思明区`;
  const found = extractUscc(text);
  assert.deepEqual(
    found.map((f) => [f.value, f.text, f.confidence]),
    [[code, code, 0.97]],
  );
  // One character off and the check fails.
  assert.deepEqual(extractUscc('统一社会信用代码：91350200MA2XXXXXXG'), []);
});

test('USCC: O, I, S are outside its alphabet and fold to 0, 1, 5; Cyrillic capitals to Latin', () => {
  const code = completeUscc('91110000100000000');
  const ocr = code.replace('10000', 'IOOOO');
  const found = extractUscc(`统一社会信用代码 ${ocr}`);
  assert.deepEqual(
    found.map((f) => [f.value, f.text]),
    [[code, ocr]],
  );
  assert.ok(found[0]!.confidence < 0.9);
  const cyrillic = completeUscc('91350200MA2XXXXXX').replace('MA', 'МА');
  assert.equal(extractUscc(`USCC: ${cyrillic}`)[0]?.value, '91350200MA2XXXXXXF');
});

/** ID card check (GB 11643, ISO 7064 MOD 11-2), written here apart from the extractor's own. */
function idCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return '10X98765432'[sum % 11]!;
}

test('an 18-digit resident ID number that also passes the USCC check is no company code', () => {
  // Beijing Dongcheng, born 1949-12-31: the first sequence number whose ID is also a valid USCC.
  const id = Array.from({ length: 999 }, (_, n) => {
    const first = `11010119491231${String(n).padStart(3, '0')}`;
    return first + idCheck(first);
  }).find(isValidUscc)!;
  assert.ok(id, 'some ID number passes the USCC check');
  assert.deepEqual(extractUscc(`身份证号码 ${id}`), []);
  assert.equal(extractUscc(`统一社会信用代码：${id}`).length, 1);
});

test('IBAN in groups of four, stopped at the country length before the next word', () => {
  const text = 'Bank details: IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX, Commerzbank';
  const iban = extractIban(text);
  assert.deepEqual(
    iban.map((f) => [f.value, f.text, f.details?.country]),
    [['DE89370400440532013000', 'DE89 3704 0044 0532 0130 00', 'DE']],
  );
  assert.equal(iban[0]!.confidence, 0.98);
  assert.deepEqual(
    extractIban('Account GB82WEST12345698765432.').map((f) => f.value),
    ['GB82WEST12345698765432'],
  );
  // Wrong check digits, wrong length.
  assert.deepEqual(extractIban('IBAN DE88 3704 0044 0532 0130 00'), []);
  assert.deepEqual(extractIban('IBAN DE89 3704 0044 0532 0130 0'), []);
});

test('IBAN: a Cyrillic Е in the country and an O among the digits are folded, the check decides', () => {
  const raw = 'DЕ89 37O4 0044 0532 0130 00';
  const found = extractIban(`IBAN ${raw}`);
  assert.deepEqual(
    found.map((f) => [f.value, f.text]),
    [['DE89370400440532013000', raw]],
  );
  assert.ok(isValidIban(found[0]!.value));
  assert.ok(found[0]!.confidence < 0.9);
});

test('LEI: mod 97 check; an all-digit 20-character number (a bank account) needs its label', () => {
  const lei = '529900T8BM49AURSDO55';
  assert.ok(isValidLei(lei));
  assert.deepEqual(
    extractLei(`The issuer (LEI: ${lei}) and its parent`).map((f) => f.value),
    [lei],
  );
  assert.deepEqual(extractLei('LEI 529900T8BM49AURSDO56'), []);
  const account = ['40702810900000012345', '40702810900000012346', '40702810900000012347']
    .concat(Array.from({ length: 97 }, (_, i) => `407028109000000${String(12348 + i)}`))
    .find(isValidLei)!;
  assert.ok(account, 'some 20-digit account passes mod 97');
  assert.deepEqual(extractLei(`р/с ${account}`), []);
  assert.deepEqual(extractLei(`LEI ${account}`).length, 1);
});

test('BIC: labelled, after a bank word, and capital words that only look like one', () => {
  assert.deepEqual(
    extractBic('SWIFT: BKCHCNBJ300; Beneficiary bank: BKCHCNBJ').map((f) => [
      f.value,
      f.confidence,
    ]),
    [
      ['BKCHCNBJ300', 0.9],
      ['BKCHCNBJ', 0.7],
    ],
  );
  assert.deepEqual(extractBic('SHIPMENT DELIVERY BENEFICIARY TERMINAL'), []);
  // "ZZ" is no country.
  assert.deepEqual(extractBic('SWIFT ABCDZZ22'), []);
  assert.equal(extractBic('SWIFT: SАBRRUMM')[0]?.value, 'SABRRUMM');
});
