import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readXmlRecords, type XmlNode } from './xml.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-xml-'));
function file(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
async function collect(path: string): Promise<XmlNode[]> {
  const out: XmlNode[] = [];
  for await (const node of readXmlRecords(path, new Set(['item']), () => {})) out.push(node);
  return out;
}

test('records stream as trees with namespaces dropped', async () => {
  const path = file(
    'ok.xml',
    '<x:list xmlns:x="urn:a"><x:item id="1"><x:n>A &amp; B</x:n></x:item><x:item id="2"/></x:list>',
  );
  const items = await collect(path);
  assert.equal(items.length, 2);
  assert.equal(items[0]?.attrs.id, '1');
  assert.equal(items[0]?.children[0]?.text, 'A & B');
});

test('a DOCTYPE is refused, so no entity is ever expanded', async () => {
  const path = file(
    'dtd.xml',
    '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY e SYSTEM "file:///etc/passwd">]><list><item>&e;</item></list>',
  );
  await assert.rejects(collect(path), /dtd\.xml: line 1: a DOCTYPE/);
});

test('truncated and malformed XML name the file and line', async () => {
  await assert.rejects(
    collect(file('cut.xml', '<list>\n<item>\n<n>A</n>')),
    /cut\.xml: line \d+: malformed XML/,
  );
  await assert.rejects(
    collect(file('bad.xml', '<list>\n<item></wrong></list>')),
    /bad\.xml: line 2: malformed XML/,
  );
  await assert.rejects(
    collect(file('enc.xml', Buffer.from([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]))),
    /enc\.xml: line 1: not valid utf-8/,
  );
});
