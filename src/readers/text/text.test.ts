import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_READ_LIMITS } from '../../core/documents/index.js';
import { encodeLegacy, encodeUtf16 } from '../../testing/legacy-encoding.js';
import { readerFor, readers } from '../index.js';
import { decodeText, textReader } from './index.js';

// Realistic lines from the kind of leak issue 11 describes (invented parties and numbers).
const RUSSIAN =
  'Договор поставки № 14/03-2024. ООО «Купол-Снаб» (ИНН 7701234567) обязуется поставить ' +
  'товар. Генеральный директор Ямщиков Пётр Сергеевич.';
// KOI8-R has neither № nor guillemets.
const RUSSIAN_KOI8 = RUSSIAN.replace('№', 'N').replace('«', '"').replace('»', '"');
const CHINESE =
  '供货合同。甲方：深圳市某某科技有限公司，乙方：莫斯科贸易公司。总金额人民币壹佰贰拾万元整。';

const read = (bytes: Uint8Array, fileName = 'a.txt', mediaType = 'text/plain') =>
  textReader.read({
    bytes,
    fileName,
    mediaType,
    depth: 0,
    limits: DEFAULT_READ_LIMITS,
    ocrLanguages: 'eng',
  });

test('text: each of the five encodings is recognised and decoded', () => {
  const cases = [
    { bytes: new TextEncoder().encode(RUSSIAN), encoding: 'utf-8', text: RUSSIAN },
    { bytes: encodeUtf16(CHINESE, 'le'), encoding: 'utf-16le', text: CHINESE },
    { bytes: encodeUtf16(RUSSIAN, 'be'), encoding: 'utf-16be', text: RUSSIAN },
    { bytes: encodeLegacy(RUSSIAN, 'windows-1251'), encoding: 'windows-1251', text: RUSSIAN },
    { bytes: encodeLegacy(RUSSIAN_KOI8, 'koi8-r'), encoding: 'koi8-r', text: RUSSIAN_KOI8 },
    { bytes: encodeLegacy(CHINESE, 'gbk'), encoding: 'gbk', text: CHINESE },
  ];
  for (const { bytes, encoding, text } of cases) {
    assert.deepEqual(decodeText(bytes), { encoding, text }, encoding);
  }
});

test('text: short and capitalised Cyrillic still goes to the right code page', () => {
  for (const text of ['Привет', 'ПРИВЕТ МИР', 'Москва, ул. Ленина, д. 5']) {
    assert.equal(decodeText(encodeLegacy(text, 'windows-1251')).text, text);
    assert.equal(decodeText(encodeLegacy(text, 'koi8-r')).text, text);
  }
  assert.equal(decodeText(encodeLegacy('中国银行', 'gbk')).text, '中国银行');
});

test('text: a UTF-8 byte-order mark is not part of the text; UTF-16 without one is seen', () => {
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Купол')]);
  assert.deepEqual(decodeText(bom), { encoding: 'utf-8', text: 'Купол' });
  const markless = encodeUtf16('Kupol JSC, Izhevsk', 'le').subarray(2);
  assert.deepEqual(decodeText(markless), { encoding: 'utf-16le', text: 'Kupol JSC, Izhevsk' });
});

test('text: one page per form feed, the encoding kept as a property', async () => {
  const outcome = await read(encodeLegacy('первая\fвторая\f', 'windows-1251'));
  assert.equal(outcome.status, 'processed');
  if (outcome.status !== 'processed') return;
  assert.deepEqual(
    outcome.pages.map((p) => [p.page, p.text, p.method]),
    [
      [1, 'первая', 'text'],
      [2, 'вторая', 'text'],
    ],
  );
  assert.deepEqual(outcome.properties, { encoding: ['windows-1251'] });
});

test('text: more pages than the limit fail the file with too-large', async () => {
  const outcome = await textReader.read({
    bytes: new TextEncoder().encode('a\fb\fc'),
    fileName: 'a.txt',
    mediaType: 'text/plain',
    depth: 0,
    limits: { ...DEFAULT_READ_LIMITS, maxPages: 2 },
    ocrLanguages: 'eng',
  });
  assert.equal(outcome.status, 'failed');
  if (outcome.status === 'failed') assert.equal(outcome.failure.reason, 'too-large');
});

test('text: registered last, the fallback for text types', () => {
  assert.equal(readers.at(-1), textReader);
  assert.equal(readerFor('text/plain', 'notes')?.name, 'text');
  assert.equal(readerFor('text/x-unknown', 'notes.weird')?.name, 'text');
  assert.equal(readerFor('application/octet-stream', 'notes.txt')?.name, 'text');
  assert.equal(readerFor('application/octet-stream', 'blob.bin'), null);
});
