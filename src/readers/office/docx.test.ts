/** A DOCX written at test time with a tracked insertion and deletion, a comment and properties. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DEFAULT_READ_LIMITS,
  type ReadLimits,
  type ReadOutcome,
} from '../../core/documents/index.js';
import { zipBytes } from '../zip/zip-fixture.js';
import { docxReader } from './docx.js';
import { docxBytes } from './office-fixture.js';

function read(bytes: Uint8Array, limits: Partial<ReadLimits> = {}) {
  return docxReader.read({
    bytes,
    fileName: 'contract.docx',
    mediaType: 'application/zip',
    depth: 0,
    limits: { ...DEFAULT_READ_LIMITS, ...limits },
    ocrLanguages: 'eng',
  });
}

function processed(outcome: ReadOutcome) {
  assert.equal(outcome.status, 'processed', JSON.stringify(outcome));
  return outcome.status === 'processed' ? outcome : assert.fail();
}

test('the body reads as the document now stands: insertions in, deletions out', async () => {
  const outcome = processed(await read(docxBytes()));
  assert.equal(
    outcome.pages[0]!.text,
    [
      'ДОГОВОР ПОСТАВКИ №17',
      'Покупатель оплачивает 1 200 000 юаней\tв течение 10 дней.',
      'Поставщик: ООО «Ромашка»',
      'Товар',
      'ТН ВЭД 8806',
      'Печать',
    ].join('\n'),
  );
});

test('tracked changes and comments are kept on their own pages, with author and date', async () => {
  const outcome = processed(await read(docxBytes()));
  assert.deepEqual(outcome.properties.pageRoles, ['body', 'tracked-changes', 'comments']);
  assert.equal(
    outcome.pages[1]!.text,
    [
      'Tracked changes',
      '[deleted by Иванов И.И., 2024-03-14T10:00:00Z] 1 000 000',
      '[inserted by Иванов И.И., 2024-03-14T10:01:00Z] 1 200 000',
    ].join('\n'),
  );
  assert.equal(
    outcome.pages[2]!.text,
    [
      'Comments',
      '[comment 0 by Li Wei, 2024-03-15T08:00:00Z, on "Поставщик: ООО «Ромашка»"] Check the INN of this supplier.',
      '它在名单上吗？',
    ].join('\n'),
  );
  assert.deepEqual(outcome.properties.trackedChanges, ['2']);
  assert.deepEqual(outcome.properties.comments, ['1']);
});

test('core and app properties become metadata', async () => {
  const { properties } = processed(await read(docxBytes()));
  assert.deepEqual(properties.title, ['Договор поставки №17']);
  assert.deepEqual(properties.author, ['Иванов И.И.']);
  assert.deepEqual(properties.lastModifiedBy, ['Li Wei']);
  assert.deepEqual(properties.created, ['2024-03-01T09:00:00Z']);
  assert.deepEqual(properties.company, ['ООО «Купол»']);
});

test('a document without changes or comments has one page', async () => {
  const plain = docxBytes(
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Only text</w:t></w:r></w:p></w:body></w:document>',
    null,
  );
  const outcome = processed(await read(plain));
  assert.deepEqual(outcome.properties.pageRoles, ['body']);
  assert.deepEqual(
    outcome.pages.map((p) => p.text),
    ['Only text'],
  );
});

test('footnotes, and headers once however many sections repeat them, are pages of their own', async () => {
  const outcome = processed(await read(docxBytes(undefined, null, true)));
  assert.deepEqual(outcome.properties.pageRoles, [
    'body',
    'tracked-changes',
    'notes',
    'headers-footers',
  ]);
  assert.equal(outcome.pages[2]!.text, 'Курс ЦБ РФ на дату платежа.');
  assert.equal(outcome.pages[3]!.text, 'ООО «Купол», ИНН 1835019560');
});

test('a DOCTYPE, a password-protected file and a bomb part fail with their reasons', async () => {
  const doctype = docxBytes(
    '<!DOCTYPE w:document [<!ENTITY x "boom">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    null,
  );
  const dtd = await read(doctype);
  assert.equal(dtd.status === 'failed' && dtd.failure.reason, 'corrupt');
  assert.match(
    dtd.status === 'failed' ? dtd.failure.message : '',
    /word\/document\.xml: a DOCTYPE .* is not accepted/,
  );

  const ole = Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
  ]);
  const locked = await read(ole);
  assert.equal(locked.status === 'failed' && locked.failure.reason, 'encrypted');

  const bomb = zipBytes([
    { name: '_rels/.rels', data: '<Relationships/>' },
    { name: 'word/document.xml', data: `<w:document>${' '.repeat(3 * 1024 * 1024)}</w:document>` },
  ]);
  const refused = await read(bomb);
  assert.equal(refused.status === 'failed' && refused.failure.reason, 'archive-limits');
  assert.match(
    refused.status === 'failed' ? refused.failure.message : '',
    /word\/document\.xml: unpacks to more than 200 times/,
  );
});
