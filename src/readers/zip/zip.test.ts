/**
 * ZIP archives built at test time: legacy-encoded names, folder trees, nested archives, bombs
 * with the limits set low, encrypted and damaged entries.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DEFAULT_READ_LIMITS,
  type ReadLimits,
  type ReadOutcome,
} from '../../core/documents/index.js';
import type { ReadInput } from '../types.js';
import { guessLegacyEncoding } from './legacy-encoding.js';
import { zipReader } from './reader.js';
import { encodeLegacy, zipBytes } from './zip-fixture.js';

function input(bytes: Uint8Array, limits: Partial<ReadLimits> = {}, depth = 0): ReadInput {
  return {
    bytes,
    fileName: 'leak.zip',
    mediaType: 'application/zip',
    depth,
    limits: { ...DEFAULT_READ_LIMITS, ...limits },
    ocrLanguages: 'eng',
  };
}

function paths(outcome: ReadOutcome): string[] {
  return (outcome.children ?? []).map((c) => c.path);
}

function text(outcome: ReadOutcome, path: string): string {
  const child = outcome.children?.find((c) => c.path === path);
  assert.ok(child, `no child ${path} in ${paths(outcome).join(', ')}`);
  return Buffer.from(child.bytes).toString('utf8');
}

test('CP866 names without the UTF-8 flag are decoded, with their folder tree', async () => {
  const zip = zipBytes([
    { name: encodeLegacy('Договоры/', 'ibm866'), method: 'store' },
    { name: encodeLegacy('Договоры/Счёт №17 ООО Ромашка.txt', 'ibm866'), data: 'счёт' },
    { name: encodeLegacy('Договоры/Акт приёмки.txt', 'ibm866'), data: 'акт' },
  ]);
  const outcome = await zipReader.read(input(zip));
  assert.equal(outcome.status, 'processed');
  assert.deepEqual(paths(outcome), [
    'Договоры/Счёт №17 ООО Ромашка.txt',
    'Договоры/Акт приёмки.txt',
  ]);
  assert.equal(text(outcome, 'Договоры/Акт приёмки.txt'), 'акт');
  assert.deepEqual(outcome.properties?.nameEncoding, ['ibm866']);
});

test('GBK names without the UTF-8 flag are decoded as GBK, not as CP866', async () => {
  const zip = zipBytes([
    { name: encodeLegacy('合同/供货合同（2024）.txt', 'gbk'), data: '合同' },
    { name: encodeLegacy('发票/增值税专用发票.pdf', 'gbk'), data: '%PDF' },
  ]);
  const outcome = await zipReader.read(input(zip));
  assert.deepEqual(paths(outcome), ['合同/供货合同（2024）.txt', '发票/增值税专用发票.pdf']);
  assert.deepEqual(outcome.properties?.nameEncoding, ['gbk']);
});

test('the code page guess separates Russian and Chinese in each encoding', () => {
  const cases: [string, 'ibm866' | 'windows-1251' | 'gbk'][] = [
    ['Договор поставки оборудования', 'ibm866'],
    ['Договор поставки оборудования', 'windows-1251'],
    ['Генеральный директор Иванов', 'windows-1251'],
    ['北京市进出口贸易有限公司', 'gbk'],
    ['付款通知书', 'gbk'],
  ];
  for (const [phrase, encoding] of cases) {
    const bytes = encodeLegacy(phrase, encoding);
    assert.equal(guessLegacyEncoding(bytes, ['ibm866', 'gbk', 'windows-1251']), encoding, phrase);
  }
});

test('UTF-8 names, flagged or not, stay UTF-8', async () => {
  const zip = zipBytes([
    { name: 'Контракты/2024/contract.txt', data: 'a' },
    { name: Buffer.from('Письма/письмо.eml'), data: 'b' },
  ]);
  const outcome = await zipReader.read(input(zip));
  assert.deepEqual(paths(outcome), ['Контракты/2024/contract.txt', 'Письма/письмо.eml']);
  assert.equal(outcome.properties?.nameEncoding, undefined);
});

test('names that climb out of the archive are made safe, and the renaming recorded', async () => {
  const zip = zipBytes([
    { name: '../../etc/passwd', data: 'root' },
    { name: 'C:\\Windows\\System32\\evil.dll', data: 'MZ' },
    { name: '/abs/./file.txt', data: 'x' },
  ]);
  const outcome = await zipReader.read(input(zip));
  assert.deepEqual(paths(outcome), ['etc/passwd', 'Windows/System32/evil.dll', 'abs/file.txt']);
  assert.ok(outcome.properties?.renamedEntries?.includes('../../etc/passwd -> etc/passwd'));
});

test('a nested archive is a child, read one level deeper, and refused past the depth limit', async () => {
  const inner = zipBytes([{ name: 'inner/payment.csv', data: 'payer,amount\nA,1' }]);
  const outer = zipBytes([{ name: 'archives/inner.zip', data: inner, method: 'store' }]);
  const first = await zipReader.read(input(outer));
  assert.equal(first.status, 'processed');
  const child = first.children?.[0];
  assert.equal(child?.path, 'archives/inner.zip');
  const second = await zipReader.read(input(child!.bytes, {}, 1));
  assert.equal(text(second, 'inner/payment.csv'), 'payer,amount\nA,1');
  const deep = await zipReader.read(input(child!.bytes, { maxDepth: 1 }, 1));
  assert.equal(deep.status, 'failed');
  assert.equal(deep.status === 'failed' && deep.failure.reason, 'archive-limits');
  assert.match(deep.status === 'failed' ? deep.failure.message : '', /\(maxDepth\)/);
});

function failure(outcome: ReadOutcome) {
  assert.equal(outcome.status, 'failed', JSON.stringify(outcome.status));
  return outcome.status === 'failed' ? outcome.failure : assert.fail();
}

test('a bomb entry is refused by its ratio while it inflates; entries before it are kept', async () => {
  // 2 MiB of zeros deflate to about 2 KiB: a ratio near 1000, over the default 200.
  const zip = zipBytes([
    { name: 'readme.txt', data: 'before the bomb' },
    { name: 'zeros.bin', data: Buffer.alloc(2 * 1024 * 1024) },
    { name: 'after.txt', data: 'after' },
  ]);
  const outcome = await zipReader.read(input(zip));
  const f = failure(outcome);
  assert.equal(f.reason, 'archive-limits');
  assert.match(
    f.message,
    /^zeros\.bin: unpacks to more than 200 times its packed size .*\(maxRatio\)$/,
  );
  assert.deepEqual(paths(outcome), ['readme.txt']);
  // The same file is read whole when the ratio allows it.
  const allowed = await zipReader.read(input(zip, { maxRatio: 5000 }));
  assert.deepEqual(paths(allowed), ['readme.txt', 'zeros.bin', 'after.txt']);
});

test('the total unpacked size is counted on inflated bytes, not on the headers', async () => {
  const zip = zipBytes([
    { name: 'a.txt', data: 'a'.repeat(600) },
    { name: 'b.txt', data: 'b'.repeat(600) },
  ]);
  const outcome = await zipReader.read(input(zip, { maxUnpackedBytes: 1000 }));
  const f = failure(outcome);
  assert.equal(f.reason, 'archive-limits');
  assert.match(
    f.message,
    /^b\.txt: the entries read so far unpack to more than 1000 bytes \(maxUnpackedBytes\)$/,
  );
  assert.deepEqual(paths(outcome), ['a.txt']);
});

test('an archive with more entries than the limit is refused before any is unpacked', async () => {
  const zip = zipBytes(Array.from({ length: 5 }, (_, i) => ({ name: `${i}.txt`, data: 'x' })));
  const outcome = await zipReader.read(input(zip, { maxEntries: 4 }));
  assert.equal(failure(outcome).message, 'holds 5 entries; the limit is 4 (maxEntries)');
  assert.equal(outcome.children, undefined);
});

test('an encrypted entry fails the archive but the readable entries are still given', async () => {
  const zip = zipBytes([
    { name: 'open.txt', data: 'readable' },
    { name: 'secret.docx', data: 'locked', method: 'store', encrypted: true },
  ]);
  const outcome = await zipReader.read(input(zip));
  const f = failure(outcome);
  assert.equal(f.reason, 'encrypted');
  assert.match(f.message, /secret\.docx: is encrypted/);
  assert.equal(text(outcome, 'open.txt'), 'readable');
});

test('a damaged entry and a cut-off archive fail with reason corrupt', async () => {
  const zip = zipBytes([
    { name: 'good.txt', data: 'good' },
    { name: 'bad.txt', data: 'this entry will be damaged', method: 'store' },
  ]);
  const at = zip.indexOf('this entry');
  zip[at] = 'T'.charCodeAt(0);
  const outcome = await zipReader.read(input(zip));
  const f = failure(outcome);
  assert.equal(f.reason, 'corrupt');
  assert.match(f.message, /bad\.txt: is damaged: its size or checksum/);
  assert.deepEqual(paths(outcome), ['good.txt']);
});

test('a cut-off archive still gives every entry written whole before the cut', async () => {
  const zip = zipBytes([
    { name: 'Письма/first.txt', data: 'first entry' },
    { name: 'second.txt', data: 'second entry, written as a stream', streamed: true },
    { name: 'third.txt', data: 'x'.repeat(5000), method: 'store' },
  ]);
  const cut = zip.subarray(0, zip.indexOf('xxxx') + 100);
  const outcome = await zipReader.read(input(cut));
  const f = failure(outcome);
  assert.equal(f.reason, 'corrupt');
  assert.match(
    f.message,
    /no readable central directory .*; 2 entries were found by their local headers/,
  );
  assert.equal(text(outcome, 'Письма/first.txt'), 'first entry');
  assert.equal(text(outcome, 'second.txt'), 'second entry, written as a stream');
  assert.equal(paths(outcome).length, 2);
  // The whole archive, streamed entry included, reads through its central directory.
  assert.equal(
    text(await zipReader.read(input(zip)), 'second.txt'),
    'second entry, written as a stream',
  );
});

test('bytes that are no archive at all fail as corrupt with no children', async () => {
  const outcome = await zipReader.read(input(Buffer.from('PK but not really a zip file')));
  assert.match(failure(outcome).message, /^not a readable ZIP archive/);
  assert.equal(outcome.children, undefined);
});

test('a large entry is inflated as a stream, under the same limits', async () => {
  // Over 8 MiB as recorded: streamed rather than inflated in one call.
  const zip = zipBytes([{ name: 'big.bin', data: Buffer.alloc(9 * 1024 * 1024, 7) }]);
  const ratio = failure(await zipReader.read(input(zip)));
  assert.match(
    ratio.message,
    /^big\.bin: unpacks to more than 200 times its packed size .*\(maxRatio\)$/,
  );
  const total = failure(
    await zipReader.read(input(zip, { maxRatio: 100_000, maxUnpackedBytes: 5 * 1024 * 1024 })),
  );
  assert.match(total.message, /^big\.bin: the entries read so far unpack to more than 5\.0 MiB/);
  const whole = await zipReader.read(input(zip, { maxRatio: 100_000 }));
  assert.equal(whole.children?.[0]?.bytes.length, 9 * 1024 * 1024);
});
