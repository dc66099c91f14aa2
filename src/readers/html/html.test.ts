import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_READ_LIMITS, type ReadOutcome } from '../../core/documents/index.js';
import { encodeLegacy } from '../zip/zip-fixture.js';
import { htmlReader } from './reader.js';
import { htmlToText } from './text.js';

async function read(bytes: Uint8Array, fileName = 'page.html'): Promise<ReadOutcome> {
  return htmlReader.read({
    bytes,
    fileName,
    mediaType: 'text/html',
    depth: 0,
    limits: DEFAULT_READ_LIMITS,
    ocrLanguages: 'eng',
  });
}

function processed(outcome: ReadOutcome) {
  assert.equal(outcome.status, 'processed');
  return outcome.status === 'processed' ? outcome : assert.fail();
}

const PAGE = `<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Поставка  оборудования</title>
<meta name="author" content="ООО «Купол»">
<meta name="description" content="Contract notes">
<style>body { color: red } .secret { display: none }</style>
<script>var leaked = "ИНН 7707083893"; document.write(leaked);</script>
</head>
<body>
<h1>Договор №17</h1>
<p>Поставщик:   ООО «Ромашка»,<br>ИНН 7707083893 &amp; КПП 773601001</p>
<table><tr><td>Item</td><td>Amount</td></tr><tr><td>Engine</td><td>1 200 000 CNY</td></tr></table>
<pre>line one
    indented</pre>
<noscript>enable javascript</noscript>
</body></html>`;

test('HTML gives its visible text without scripts and styles, with lines and cells', async () => {
  const outcome = processed(await read(Buffer.from(PAGE)));
  const text = outcome.pages[0]!.text;
  assert.equal(
    text,
    [
      'Договор №17',
      'Поставщик: ООО «Ромашка»,',
      'ИНН 7707083893 & КПП 773601001',
      'Item\tAmount',
      'Engine\t1 200 000 CNY',
      'line one\n    indented',
    ].join('\n'),
  );
  assert.doesNotMatch(text, /leaked|color|javascript/);
  assert.deepEqual(outcome.properties.title, ['Поставка оборудования']);
  assert.deepEqual(outcome.properties.author, ['ООО «Купол»']);
  assert.deepEqual(outcome.properties.description, ['Contract notes']);
});

test('the charset comes from meta, else from a BOM, else from the bytes', async () => {
  const body = '<p>Генеральный директор Иванов И.И.</p>';
  const declared = Buffer.concat([
    Buffer.from(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>',
    ),
    encodeLegacy(body, 'windows-1251'),
  ]);
  const meta = processed(await read(declared));
  assert.equal(meta.pages[0]!.text, 'Генеральный директор Иванов И.И.');
  assert.deepEqual(meta.properties.encoding, ['windows-1251']);

  const bom = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from('<p>付款通知书</p>', 'utf16le'),
  ]);
  assert.equal(processed(await read(bom)).pages[0]!.text, '付款通知书');

  const guessed = processed(await read(encodeLegacy('<p>北京市进出口贸易有限公司</p>', 'gbk')));
  assert.equal(guessed.pages[0]!.text, '北京市进出口贸易有限公司');
  assert.deepEqual(guessed.properties.encoding, ['gbk']);
});

test('br twice leaves an empty line, inline elements join words', () => {
  assert.equal(htmlToText('<p>a<br>b<br><br>c <b>bold</b>text</p>').text, 'a\nb\n\nc boldtext');
});

test('an empty file fails with reason empty', async () => {
  const outcome = await read(new Uint8Array());
  assert.equal(outcome.status === 'failed' && outcome.failure.reason, 'empty');
});
