import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeUtf16 } from '../../testing/legacy-encoding.js';
import { detectMediaType } from './media-type.js';

const bytes = (text: string) => new TextEncoder().encode(text);

test('media type: the bytes first, whatever the name says', async () => {
  assert.equal(
    await detectMediaType(bytes('%PDF-1.7\n%\xe2\xe3\n1 0 obj\n'), 'notes.txt'),
    'application/pdf',
  );
  const png = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
  ]);
  assert.equal(await detectMediaType(png, 'scan.pdf'), 'image/png');
});

test('media type: e-mail and MBOX by their first lines, not taken for text or HTML', async () => {
  const eml =
    'Received: from mx\r\nFrom: a@example.com\r\nTo: b@example.com\r\nSubject: test\r\n\r\nbody';
  assert.equal(await detectMediaType(bytes(eml), 'message.html'), 'message/rfc822');
  const mbox = 'From a@example.com Thu Mar 14 10:00:00 2024\nFrom: a@example.com\n\nhi\n';
  assert.equal(await detectMediaType(bytes(mbox), 'archive'), 'application/mbox');
});

test('media type: text by its mark, its extension or its bytes; else octet-stream', async () => {
  // file-type alone takes UTF-16's mark FF FE for an MPEG audio frame.
  assert.equal(await detectMediaType(encodeUtf16('Купол', 'le'), 'a'), 'text/plain');
  assert.equal(await detectMediaType(bytes('a,b\n1,2\n'), 'table.CSV'), 'text/csv');
  assert.equal(await detectMediaType(bytes('Привет'), 'README'), 'text/plain');
  assert.equal(
    await detectMediaType(new Uint8Array([0, 1, 2, 3, 4]), 'x'),
    'application/octet-stream',
  );
  assert.equal(await detectMediaType(new Uint8Array(0), 'empty.txt'), 'text/plain');
});
