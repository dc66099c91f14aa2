import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../testing/data.js';
import { encodeLegacy } from '../testing/legacy-encoding.js';

const bin = join(repoRoot, 'bin', 'dossier.js');
const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-docs-'));
const db = join(dir, 'case.db');

function dossier(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args, '--db', db], {
    encoding: 'utf8',
    cwd: dir,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const RUSSIAN = 'Акт приёмки. Поставщик: ООО «Купол», директор Ямщиков Пётр.';

function leak() {
  mkdirSync(join(dir, 'leak', 'mail'), { recursive: true });
  writeFileSync(join(dir, 'leak', 'act.txt'), encodeLegacy(RUSSIAN, 'windows-1251'));
  writeFileSync(join(dir, 'leak', 'mail', 'act-copy.txt'), encodeLegacy(RUSSIAN, 'windows-1251'));
  writeFileSync(join(dir, 'leak', 'zh.txt'), '乙方：深圳市某某科技有限公司');
  writeFileSync(join(dir, 'leak', 'blob.bin'), new Uint8Array([0, 1, 2, 3, 4, 5]));
}

test('cli documents: case create, cases, add, docs, doc and find end to end', () => {
  leak();
  assert.equal(dossier('cases').code, 3, 'no database yet: not found');
  assert.equal(existsSync(db), false, 'and not created by a command that reads');
  const created = dossier('case', 'create', 'garpiya', '--title', 'Garpiya-3');
  assert.equal(created.code, 0, created.err);
  assert.equal(dossier('case', 'create', 'garpiya').code, 1, 'a second time: conflict');
  const cases = JSON.parse(dossier('cases', '--json').out);
  assert.deepEqual(
    cases.map((c: { name: string; title: string; total: number }) => [c.name, c.title, c.total]),
    [['garpiya', 'Garpiya-3', 0]],
  );

  const add = dossier('add', 'garpiya', 'leak', '--ocr-lang', 'rus+eng');
  assert.equal(add.code, 0, add.err);
  assert.match(
    add.out,
    /Added 4 files to case garpiya: 3 new documents, 1 already known; read 3: 2 processed, 1 failed/,
  );
  assert.equal(add.err, '', 'no progress drawn when stderr is not a terminal');
  // Again: nothing new, nothing read.
  assert.match(dossier('add', 'garpiya', 'leak').out, /0 new documents, 4 already known; read 0/);

  const mistyped = dossier('add', 'garpya', 'leak');
  assert.equal(mistyped.code, 3);
  assert.match(mistyped.err, /unknown case "garpya"; did you mean "garpiya"\?/);
  assert.equal(dossier('add', 'garpiya', 'leak', '--ocr-lang', 'rus eng').code, 2);

  const docs = JSON.parse(dossier('docs', 'garpiya', '--json').out);
  assert.deepEqual(docs.counts, { pending: 0, processed: 2, failed: 1, total: 3 });
  const failed = dossier('docs', 'garpiya', '--failed');
  assert.match(failed.out, /blob\.bin\s+unknown-type: no reader for application\/octet-stream/);
  assert.doesNotMatch(failed.out, /act\.txt/);

  const act = docs.documents.find((d: { file_name: string }) => d.file_name === 'act.txt');
  const doc = JSON.parse(dossier('doc', 'garpiya', act.id.slice(0, 10), '--json').out);
  assert.deepEqual(
    doc.places.map((p: { path: string }) => p.path),
    ['leak/act.txt', 'leak/mail/act-copy.txt'],
  );
  assert.deepEqual(doc.properties.encoding, ['windows-1251']);
  assert.equal(doc.page_texts[0].text, RUSSIAN);
  const shown = dossier('doc', 'garpiya', act.id);
  assert.match(shown.out, /found at: leak\/mail\/act-copy\.txt/);
  assert.match(shown.out, /--- page 1 \(text\) ---\nАкт приёмки/);
  assert.equal(dossier('doc', 'garpiya', 'ffffffffff').code, 3);

  const hits = JSON.parse(dossier('find', 'garpiya', 'Yamshchikov Petr', '--json').out);
  assert.equal(hits.length, 1);
  assert.deepEqual(
    hits[0].spans.map(([s, e]: [number, number]) => RUSSIAN.slice(s, e)),
    ['Ямщиков Пётр'],
  );
  assert.equal(hits[0].page, 1);
  const shownHits = dossier('find', 'garpiya', 'Kupol');
  assert.match(shownHits.out, /act\.txt {2}page 1\n.*ООО «\[Купол\]»/);
  assert.match(dossier('find', 'garpiya', '有限公司').out, /深圳市某某科技\[有限公司\]/);
  assert.match(dossier('find', 'garpiya', 'Rosoboronexport').out, /Nothing found/);
});
