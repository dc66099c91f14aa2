/** E-mails, URLs, phones and crypto addresses. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEmail, extractUrl } from './contact.js';
import { extractCrypto } from './crypto.js';
import { eip55Checksum } from './encodings.js';
import { extractPhone } from './phone.js';

test('e-mails in Russian, Chinese and English text, in lower case', () => {
  const text =
    'Пишите: Sales@Kupol.RU или закупки@почта.рф.\n联系邮箱：trade@xm-trade.com.cn。Contact <j.smith+ru@example.co.uk>.';
  assert.deepEqual(
    extractEmail(text).map((f) => [f.value, f.text]),
    [
      ['sales@kupol.ru', 'Sales@Kupol.RU'],
      ['закупки@почта.рф', 'закупки@почта.рф'],
      ['trade@xm-trade.com.cn', 'trade@xm-trade.com.cn'],
      ['j.smith+ru@example.co.uk', 'j.smith+ru@example.co.uk'],
    ],
  );
  assert.deepEqual(extractEmail('a..b@example.com, @example.com, user@localhost'), []);
});

test('URLs without the sentence punctuation or Chinese text around them', () => {
  const text =
    'Сайт: https://www.Kupol.ru/about. См. (https://en.wikipedia.org/wiki/Kupol_(company)), 访问www.example.cn查看，或 http://192.168.0.1/x';
  assert.deepEqual(
    extractUrl(text).map((f) => [f.text, f.value]),
    [
      ['https://www.Kupol.ru/about', 'https://www.kupol.ru/about'],
      [
        'https://en.wikipedia.org/wiki/Kupol_(company)',
        'https://en.wikipedia.org/wiki/Kupol_(company)',
      ],
      ['www.example.cn', 'http://www.example.cn'],
      ['http://192.168.0.1/x', 'http://192.168.0.1/x'],
    ],
  );
});

test('phones in Russian, Chinese and international notation, in E.164', () => {
  const text = [
    'Тел.: +7 (3412) 50-40-11, факс 8 (3412) 50-40-12, моб. 8-912-345-67-84',
    '电话：010-6532 1234，手机：138 1234 5678，传真 +86 592 1234567',
    'Phone: +44 20 7946 0958; from Russia dial 00 44 20 7946 0958',
  ].join('\n');
  const found = extractPhone(text);
  assert.deepEqual(
    found.map((f) => f.value),
    [
      '+73412504011',
      '+73412504012',
      '+79123456784',
      '+861065321234',
      '+8613812345678',
      '+865921234567',
      '+442079460958',
      '+442079460958',
    ],
  );
  assert.deepEqual(
    found.slice(0, 3).map((f) => f.details?.type),
    ['fixed_line', 'fixed_line', 'mobile'],
  );
  assert.ok(found.every((f) => text.slice(f.start, f.end) === f.text));
  assert.equal(found[0]!.text, '+7 (3412) 50-40-11');
});

test('phone traps: amounts, dates, bare digit runs, numbers no country has', () => {
  assert.deepEqual(extractPhone('Сумма 3 912 345 678 руб., 14-03-2024, 2024-03-14'), []);
  assert.deepEqual(extractPhone('Счёт 9123456784 оплачен'), []);
  // A tax number after "#" that reads as a Russian toll-free number.
  assert.deepEqual(extractPhone('NIT # 800543219-8 (Colombia)'), []);
  // Bare digits after a phone label are a phone.
  assert.deepEqual(
    extractPhone('Tel: 9123456784').map((f) => f.value),
    ['+79123456784'],
  );
  const invalid = extractPhone('+7 (000) 000-00-00');
  assert.deepEqual(invalid, []);
  // Confidence follows validity: a possible but invalid number after a label is kept low.
  const possible = extractPhone('тел. 8 (100) 123-45-67');
  assert.ok(possible.every((f) => f.confidence <= 0.5));
});

test('crypto addresses: Bitcoin Base58Check and Bech32/Bech32m, TRON, Ethereum EIP-55', () => {
  const addresses = [
    '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
    '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
    'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
    'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
    'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  ];
  const found = extractCrypto(`Оплата на кошельки: ${addresses.join(', ')}.`);
  assert.deepEqual(
    found.map((f) => [f.text, f.details?.chain, f.details?.format]),
    [
      [addresses[0], 'bitcoin', 'base58check'],
      [addresses[1], 'bitcoin', 'base58check'],
      [addresses[2], 'bitcoin', 'bech32'],
      [addresses[3], 'bitcoin', 'bech32m'],
      [addresses[4], 'tron', 'base58check'],
      [addresses[5], 'ethereum', 'eip55'],
    ],
  );
  assert.equal(found[5]!.value, addresses[5]!.toLowerCase());
});

test('crypto traps: one changed character breaks every check', () => {
  const broken = [
    '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb',
    'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5',
    // A Bech32 (not Bech32m) checksum on a version 1 program is invalid since BIP 350.
    'bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx',
    'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u',
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD',
  ];
  assert.deepEqual(extractCrypto(broken.join(' ')), []);
  // Without mixed case there is no checksum: kept, but less certain.
  const lower = extractCrypto('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed');
  assert.ok(lower.length === 1 && lower[0]!.confidence < 0.9);
  // The EIP-55 examples of the specification.
  for (const a of [
    '0x52908400098527886E0F7030069857D2E4169EE7',
    '0xde709f2102306220921060314715629080e2fb77',
    '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
  ])
    assert.equal(eip55Checksum(a), a);
});

test('full-width digits and punctuation in Chinese text', () => {
  const text = '电话：０５９２－５５５１２３４，手机：（＋８６）１３８ １２３４ ５６７８';
  assert.deepEqual(
    extractPhone(text).map((f) => [f.value, f.text]),
    [
      ['+865925551234', '０５９２－５５５１２３４'],
      ['+8613812345678', '（＋８６）１３８ １２３４ ５６７８'],
    ],
  );
});
