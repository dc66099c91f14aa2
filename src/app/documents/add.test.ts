import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ReadOutcome } from '../../core/documents/index.js';
import type { Extracted } from '../../core/extraction/index.js';
import type { DocumentReader } from '../../readers/index.js';
import { encodeLegacy, encodeUtf16 } from '../../testing/legacy-encoding.js';
import { documentsFixture } from './fixture.js';

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const RUSSIAN = 'Договор поставки. Генеральный директор Ямщиков Пётр Сергеевич.';
const CHINESE = '甲方：深圳市某某科技有限公司，总金额人民币。';

/** A made-up container format: each line `name=text` is a child file. */
const packReader: DocumentReader = {
  name: 'pack',
  accepts: (_type, name) => name.endsWith('.pack'),
  async read(input): Promise<ReadOutcome> {
    const lines = new TextDecoder().decode(input.bytes).split('\n').filter(Boolean);
    return {
      status: 'processed',
      properties: { entries: [String(lines.length)] },
      pages: [],
      children: lines.map((line) => {
        const [path, text] = line.split('=');
        return { path: path!, bytes: new TextEncoder().encode(text!) };
      }),
    };
  },
};

const brokenReader: DocumentReader = {
  name: 'broken',
  accepts: (_type, name) => name.endsWith('.broken'),
  read: async () => {
    throw new Error('unexpected end of data');
  },
};

test('add: five encodings read, the same bytes twice are one document with two places', async () => {
  const f = documentsFixture();
  await f.service.createCase('leak');
  f.write('leak/utf8.txt', RUSSIAN);
  f.write('leak/utf16.txt', encodeUtf16(CHINESE, 'le'));
  f.write('leak/cp1251.txt', encodeLegacy(RUSSIAN, 'windows-1251'));
  f.write('leak/koi8.txt', encodeLegacy(`${RUSSIAN} КОИ`, 'koi8-r'));
  f.write('leak/gbk.txt', encodeLegacy(CHINESE, 'gbk'));
  f.write('leak/sub/copy-of-utf8.txt', RUSSIAN);
  const summary = await f.service.add('leak', [join(f.dir, 'leak')]);
  assert.equal(summary.files, 6);
  assert.equal(summary.added, 5);
  assert.equal(summary.known, 1);
  assert.equal(summary.processed, 5);
  assert.equal(summary.failed, 0);
  const { documents } = await f.service.documents('leak');
  const byName = new Map(documents.map((d) => [d.fileName, d]));
  // The first place found names the document: folders are walked in name order.
  const encodings = ['sub/copy-of-utf8', 'utf16', 'cp1251', 'koi8', 'gbk'].map(
    (n) => byName.get(`${n.replace('sub/', '')}.txt`)?.properties.encoding?.[0],
  );
  assert.deepEqual(encodings, ['utf-8', 'utf-16le', 'windows-1251', 'koi8-r', 'gbk']);
  const texts = await Promise.all(
    ['cp1251', 'koi8', 'gbk'].map(
      async (n) => (await f.cases.pages('leak', byName.get(`${n}.txt`)!.id))[0]!.text,
    ),
  );
  assert.deepEqual(texts, [RUSSIAN, `${RUSSIAN} КОИ`, CHINESE]);
  const { document } = await f.service.document('leak', sha(RUSSIAN).slice(0, 8));
  assert.deepEqual(
    document.places.map((p) => [p.path.split('/').slice(-2).join('/'), p.parentId]),
    [
      ['sub/copy-of-utf8.txt', null],
      ['leak/utf8.txt', null],
    ],
  );
  // The original bytes, unchanged, under their hash.
  assert.deepEqual(
    await f.blobs.get(byName.get('cp1251.txt')!.id),
    encodeLegacy(RUSSIAN, 'windows-1251'),
  );
  await f.close();
});

test('add: a file that fails fails alone, with its reason', async () => {
  const f = documentsFixture({ readers: [brokenReader] });
  await f.service.createCase('c');
  f.write('in/a.broken', 'whatever');
  f.write('in/b.bin', new Uint8Array([0, 1, 2, 3, 0xff, 0xfe, 0, 9]));
  f.write('in/c.txt', '');
  f.write('in/d.txt', 'Kupol JSC');
  const summary = await f.service.add('c', [join(f.dir, 'in')]);
  assert.equal(summary.processed, 1);
  assert.equal(summary.failed, 3);
  const { documents } = await f.service.documents('c', { failed: true });
  assert.deepEqual(
    documents.map((d) => [d.fileName, d.failure?.reason]),
    [
      ['a.broken', 'corrupt'],
      ['b.bin', 'unknown-type'],
      ['c.txt', 'empty'],
    ],
  );
  assert.match(documents[0]!.failure!.message, /unexpected end of data/);
  await f.close();
});

test('add: pending documents of a killed run are read again, the others not', async () => {
  const f = documentsFixture();
  await f.service.createCase('c');
  const a = f.write('in/a.txt', 'first file');
  f.write('in/b.txt', 'second file');
  // What a run killed after recording a.txt and before reading it leaves behind.
  const { sha256, size } = await f.blobs.putFile(a);
  await f.cases.addDocument('c', {
    id: sha256,
    size,
    fileName: 'a.txt',
    mediaType: 'text/plain',
    path: (await import('./walk.js')).placeOf(a),
  });
  await f.service.add('c', [join(f.dir, 'in')]);
  assert.deepEqual(f.reads, ['a.txt', 'b.txt']);
  const again = await f.service.add('c', [join(f.dir, 'in')]);
  assert.equal(again.read, 0);
  assert.deepEqual(f.reads, ['a.txt', 'b.txt']);
  const record = await f.cases.getDocument('c', sha256);
  assert.equal(record?.status, 'processed');
  assert.equal(record?.places.length, 1);
  await f.close();
});

test('add: a run killed inside a container resumes it without duplicates', async () => {
  const f = documentsFixture({ readers: [packReader] });
  await f.service.createCase('c');
  f.write('in/box.pack', 'one.txt=Kupol\ntwo.txt=Almaz\nthree.txt=Kupol\n');
  const stop = new AbortController();
  await assert.rejects(
    f.service.add('c', [join(f.dir, 'in')], {
      signal: stop.signal,
      onProgress: (p) => {
        if (p.path === 'one.txt') stop.abort();
      },
    }),
  );
  const box = sha('one.txt=Kupol\ntwo.txt=Almaz\nthree.txt=Kupol\n');
  assert.equal((await f.cases.getDocument('c', box))?.status, 'pending');
  assert.deepEqual(f.reads, ['box.pack', 'one.txt']);
  // The next run, from another folder: the pending container is found in the case itself.
  f.write('other/x.txt', 'unrelated');
  const summary = await f.service.add('c', [join(f.dir, 'other')]);
  assert.equal(summary.failed, 0);
  assert.deepEqual(f.reads, ['box.pack', 'one.txt', 'x.txt', 'box.pack', 'two.txt']);
  const kupol = await f.cases.getDocument('c', sha('Kupol'));
  assert.deepEqual(
    kupol?.places.map((p) => [p.path, p.parentId]),
    [
      ['one.txt', box],
      ['three.txt', box],
    ],
  );
  const children = await f.cases.children('c', box);
  assert.deepEqual(children.map((c) => c.fileName).sort(), ['one.txt', 'two.txt']);
  assert.equal((await f.cases.getDocument('c', box))?.status, 'processed');
  await f.close();
});

test('add: extractors run on every page, their findings stored as mentions with boxes', async () => {
  const inn = (text: string): Extracted[] =>
    [...text.matchAll(/ИНН (\d{10})/g)].map((m) => ({
      start: m.index! + 4,
      end: m.index! + 14,
      kind: 'inn',
      text: m[1]!,
      value: m[1]!,
      extractor: 'test/inn',
      confidence: 1,
    }));
  // A faulty extractor: its span does not hold its text. It must not fail the document.
  const faulty = (): Extracted[] => [
    {
      start: 0,
      end: 3,
      kind: 'x',
      text: 'nope',
      value: 'x',
      extractor: 'test/faulty',
      confidence: 1,
    },
  ];
  const boxed: DocumentReader = {
    name: 'boxed',
    accepts: (_t, name) => name.endsWith('.scan'),
    read: async (input) => {
      const text = new TextDecoder().decode(input.bytes);
      return {
        status: 'processed',
        properties: {},
        children: [],
        pages: [
          {
            page: 1,
            text,
            method: 'ocr',
            language: input.ocrLanguages,
            confidence: 0.9,
            width: 600,
            height: 800,
            words: [
              { start: 0, end: 3, box: [10, 10, 40, 20], confidence: 0.9 },
              { start: 4, end: 14, box: [45, 10, 140, 20], confidence: 0.8 },
            ],
          },
        ],
      };
    },
  };
  const f = documentsFixture({ readers: [boxed], extractors: [inn, faulty] });
  await f.service.createCase('c');
  f.write('scan.scan', 'ИНН 7701234567');
  const summary = await f.service.add('c', [join(f.dir, 'scan.scan')], { ocrLanguages: 'rus+eng' });
  assert.equal(summary.processed, 1);
  assert.equal(summary.problems.length, 1);
  assert.match(summary.problems[0]!, /test\/faulty/);
  const id = sha('ИНН 7701234567');
  const mentions = await f.cases.mentionsOf('c', id);
  assert.deepEqual(
    mentions.map((m) => [m.kind, m.text, m.start, m.end, m.box]),
    [['inn', '7701234567', 4, 14, [45, 10, 140, 20]]],
  );
  assert.equal((await f.cases.page('c', id, 1))?.language, 'rus+eng');
  await f.close();
});

test('add: a missing path adds nothing; unknown cases and bad languages are refused', async () => {
  const f = documentsFixture();
  await f.service.createCase('garpiya');
  f.write('a.txt', 'text');
  await assert.rejects(f.service.add('garpiya', [join(f.dir, 'a.txt'), join(f.dir, 'nope')]), {
    code: 'not_found',
    message: /no file or folder at .*nope/,
  });
  assert.equal((await f.cases.countDocuments('garpiya')).total, 0);
  await assert.rejects(f.service.add('garpya', [join(f.dir, 'a.txt')]), {
    code: 'not_found',
    message: 'unknown case "garpya"; did you mean "garpiya"? cases: garpiya',
  });
  await assert.rejects(
    f.service.add('garpiya', [join(f.dir, 'a.txt')], { ocrLanguages: 'rus eng' }),
    {
      code: 'invalid_input',
    },
  );
  await assert.rejects(f.service.createCase('garpiya'), { code: 'conflict' });
  await assert.rejects(f.service.createCase('../x'), { code: 'invalid_input' });
  await f.close();
});

test('add: a file over the size limit is stored but not read, and fails as too-large', async () => {
  const f = documentsFixture();
  await f.service.createCase('c');
  f.write('in/big.txt', 'x'.repeat(100));
  f.write('in/small.txt', 'tiny');
  const summary = await f.service.add('c', [join(f.dir, 'in')], { limits: { maxFileBytes: 50 } });
  assert.equal(summary.processed, 1);
  assert.deepEqual(f.reads, ['small.txt']);
  const big = await f.cases.getDocument('c', sha('x'.repeat(100)));
  assert.deepEqual(big?.failure, {
    stage: 'detect',
    reason: 'too-large',
    message: '100 bytes, more than the limit of 50',
  });
  assert.equal((await f.blobs.get(big!.id))?.length, 100);
  await f.close();
});
