import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readerFor } from './index.js';

test('each container format goes to its reader, Office packages before plain ZIP', () => {
  const cases: [string, string, string][] = [
    ['application/zip', 'contract.docx', 'docx'],
    ['application/zip', 'payments.xlsx', 'xlsx'],
    ['application/zip', 'leak.zip', 'zip'],
    ['application/octet-stream', 'LEAK.ZIP', 'zip'],
    ['text/csv', 'x', 'csv'],
    ['application/octet-stream', 'table.tsv', 'csv'],
    ['message/rfc822', 'noname', 'eml'],
    ['application/octet-stream', 'Inbox.mbox', 'mbox'],
    ['text/html', 'page', 'html'],
    ['application/octet-stream', 'index.HTM', 'html'],
  ];
  for (const [mediaType, fileName, reader] of cases) {
    assert.equal(readerFor(mediaType, fileName)?.name, reader, `${mediaType} ${fileName}`);
  }
});
