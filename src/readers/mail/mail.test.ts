/**
 * Messages written at test time: headers in MIME encoded words, an HTML-only body, a PDF
 * attachment, a forwarded message marked inline and another attached, and a mailbox of three.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DEFAULT_READ_LIMITS,
  type ReadLimits,
  type ReadOutcome,
} from '../../core/documents/index.js';
import type { DocumentReader } from '../types.js';
import { emlReader } from './eml.js';
import { mboxReader } from './mbox.js';

function read(
  reader: DocumentReader,
  bytes: Uint8Array | string,
  limits: Partial<ReadLimits> = {},
  depth = 0,
) {
  return reader.read({
    bytes: typeof bytes === 'string' ? Buffer.from(bytes) : bytes,
    fileName: reader === emlReader ? 'message.eml' : 'box.mbox',
    mediaType: 'application/octet-stream',
    depth,
    limits: { ...DEFAULT_READ_LIMITS, ...limits },
    ocrLanguages: 'eng',
  });
}

function processed(outcome: ReadOutcome) {
  assert.equal(outcome.status, 'processed', JSON.stringify(outcome));
  return outcome.status === 'processed' ? outcome : assert.fail();
}

const ORIGINAL = [
  'From: =?UTF-8?B?0JjQstCw0L3QvtCyINCY0LLQsNC9?= <ivanov@kupol.example>',
  'To: li.wei@example.cn',
  'Subject: =?UTF-8?B?0KHRh9GR0YIg4oSWMTc=?=',
  'Date: Thu, 14 Mar 2024 10:00:00 +0300',
  'Message-ID: <orig-1@kupol.example>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Оплата 1 200 000 CNY по счёту №17.',
  '',
].join('\r\n');

function message(forwardDisposition: string): string {
  return [
    'From: "Petrov, P." <petrov@example.ru>',
    'To: a@x.example, "Li Wei" <li.wei@example.cn>',
    'Cc: audit@example.ru',
    'Subject: =?UTF-8?Q?Fwd:_=D0=A1=D1=87=D1=91=D1=82?=',
    'Date: Fri, 15 Mar 2024 09:30:00 +0300',
    'Message-ID: <fwd-2@example.ru>',
    'In-Reply-To: <prev-0@example.ru>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="XX"',
    '',
    '--XX',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<html><body><p>See the <b>invoice</b> below.</p><script>alert(1)</script></body></html>',
    '--XX',
    'Content-Type: application/pdf; name="invoice.pdf"',
    'Content-Disposition: attachment; filename="invoice.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('%PDF-1.4 fictional').toString('base64'),
    '--XX',
    'Content-Type: message/rfc822',
    ...(forwardDisposition ? [forwardDisposition] : []),
    '',
    ORIGINAL,
    '--XX--',
    '',
  ].join('\r\n');
}

test('an e-mail gives its headers as properties, its HTML body as text, its attachments', async () => {
  const outcome = processed(
    await read(emlReader, message('Content-Disposition: attachment; filename="original.eml"')),
  );
  assert.deepEqual(outcome.properties.from, ['Petrov, P. <petrov@example.ru>']);
  assert.deepEqual(outcome.properties.to, ['a@x.example', 'Li Wei <li.wei@example.cn>']);
  assert.deepEqual(outcome.properties.cc, ['audit@example.ru']);
  assert.deepEqual(outcome.properties.subject, ['Fwd: Счёт']);
  assert.deepEqual(outcome.properties.date, ['2024-03-15T06:30:00.000Z']);
  assert.deepEqual(outcome.properties['message-id'], ['<fwd-2@example.ru>']);
  assert.deepEqual(outcome.properties['in-reply-to'], ['<prev-0@example.ru>']);
  assert.equal(outcome.pages[0]?.text, 'See the invoice below.');
  assert.deepEqual(
    outcome.children.map((c) => c.path),
    ['invoice.pdf', 'original.eml'],
  );
  assert.equal(Buffer.from(outcome.children[0]!.bytes).toString(), '%PDF-1.4 fictional');
});

test('a forwarded message is kept whole as a child .eml, inline or attached, and reads again', async () => {
  for (const disposition of [
    '',
    'Content-Disposition: inline',
    'Content-Disposition: attachment',
  ]) {
    const outcome = processed(await read(emlReader, message(disposition)));
    const forwarded = outcome.children.filter((c) => c.path.endsWith('.eml'));
    assert.equal(forwarded.length, 1, disposition);
    assert.equal(Buffer.from(forwarded[0]!.bytes).toString(), ORIGINAL, disposition);
    const inner = processed(await read(emlReader, forwarded[0]!.bytes, {}, 1));
    assert.deepEqual(inner.properties.from, ['Иванов Иван <ivanov@kupol.example>']);
    assert.deepEqual(inner.properties.subject, ['Счёт №17']);
    assert.equal(inner.pages[0]?.text, 'Оплата 1 200 000 CNY по счёту №17.');
  }
});

test('an e-mail with attachments past the depth limit fails but keeps its headers', async () => {
  const outcome = await read(emlReader, message(''), { maxDepth: 2 }, 2);
  assert.equal(outcome.status, 'failed');
  assert.equal(outcome.status === 'failed' && outcome.failure.reason, 'archive-limits');
  assert.deepEqual(outcome.properties?.subject, ['Fwd: Счёт']);
});

test('bytes without any e-mail header fail as corrupt', async () => {
  const outcome = await read(emlReader, 'just some words\nwithout headers\n');
  assert.equal(outcome.status === 'failed' && outcome.failure.reason, 'corrupt');
});

const MBOX = [
  'From petrov@example.ru Fri Mar 15 09:30:00 2024',
  'From: petrov@example.ru',
  'Subject: first',
  '',
  'First body.',
  '>From the escaped line.',
  '',
  'From ivanov@kupol.example Sat Mar 16 10:00:00 2024',
  'From: ivanov@kupol.example',
  'Subject: second',
  '',
  'Second body.',
  'From here on an unescaped line that is not a new message.',
  '',
  'From li.wei@example.cn Sun Mar 17 11:00:00 2024',
  'From: li.wei@example.cn',
  'Subject: =?UTF-8?B?5LuY5qy+6YCa55+l?=',
  '',
  '付款通知',
  '',
].join('\n');

test('a mailbox splits into its messages, each read as an e-mail', async () => {
  // Mailboxes end with an empty line after the last message, often two.
  const outcome = processed(await read(mboxReader, `${MBOX}\n\n`));
  assert.deepEqual(
    outcome.children.map((c) => c.path),
    ['message-001.eml', 'message-002.eml', 'message-003.eml'],
  );
  assert.deepEqual(outcome.properties.messages, ['3']);
  const texts = outcome.children.map((c) => Buffer.from(c.bytes).toString());
  assert.equal(
    texts[0],
    'From: petrov@example.ru\nSubject: first\n\nFirst body.\nFrom the escaped line.\n',
  );
  assert.match(texts[1]!, /Second body\.\nFrom here on an unescaped line/);
  const third = processed(await read(emlReader, outcome.children[2]!.bytes, {}, 1));
  assert.deepEqual(third.properties.subject, ['付款通知']);
  assert.equal(third.pages[0]?.text, '付款通知');
});

test('a mailbox with more messages than the limit keeps the first ones and says why', async () => {
  const outcome = await read(mboxReader, MBOX, { maxEntries: 2 });
  assert.equal(outcome.status, 'failed');
  assert.equal(
    outcome.status === 'failed' && outcome.failure.message,
    'holds 3 messages; the limit is 2 (maxEntries)',
  );
  assert.equal(outcome.children?.length, 2);
});

test('a file that does not start with a From_ line is not a mailbox', async () => {
  const outcome = await read(mboxReader, 'Subject: hello\n\nbody\n');
  assert.equal(outcome.status === 'failed' && outcome.failure.reason, 'corrupt');
});
