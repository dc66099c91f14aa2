/**
 * `dossier mentions` end to end (and `xref` refusing without lists): a case with two documents, every mention with its document,
 * page and span (the span's text is the page's text there), filters by kind and by document.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../testing/data.js';

const bin = join(repoRoot, 'bin', 'dossier.js');

function cli(db: string, cwd: string) {
  return (...args: string[]) => {
    const run = spawnSync(process.execPath, [bin, ...args, '--db', db], { encoding: 'utf8', cwd });
    return { code: run.status, out: run.stdout, err: run.stderr };
  };
}

const CONTRACT =
  'Поставщик: АО «ИЭМЗ «Купол»», ИНН 1831083343.\fОплата 1 200 000 юаней до 14.03.2024.';
const LETTER = 'Invoice to JSC Almaz-Antey, INN 7731084175, USD 50,000.';

test('cli mentions: every mention with document, page and span; --kind and --doc filter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-mentions-'));
  const dossier = cli(join(dir, 'case.db'), dir);
  mkdirSync(join(dir, 'leak'));
  writeFileSync(join(dir, 'leak', 'contract.txt'), CONTRACT);
  writeFileSync(join(dir, 'leak', 'letter.txt'), LETTER);
  assert.equal(dossier('case', 'create', 'garpiya').code, 0);
  assert.equal(dossier('add', 'garpiya', 'leak').code, 0);

  const all = JSON.parse(dossier('mentions', 'garpiya', '--json').out);
  const pages = new Map<string, string[]>();
  for (const d of JSON.parse(dossier('docs', 'garpiya', '--json').out).documents) {
    const doc = JSON.parse(dossier('doc', 'garpiya', d.id, '--json').out);
    pages.set(
      d.id,
      doc.page_texts.map((p: { text: string }) => p.text),
    );
  }
  // Each span points at its own text on its own page.
  for (const m of all) {
    assert.equal(pages.get(m.document_id)![m.page - 1]!.slice(m.start, m.end), m.text);
    assert.equal(typeof m.extractor, 'string');
    assert.ok(m.confidence > 0 && m.confidence <= 1);
  }
  const summary = all.map((m: { file_name: string; page: number; kind: string; value: string }) =>
    [m.file_name, m.page, m.kind, m.value].join(' '),
  );
  for (const expected of [
    'contract.txt 1 inn 1831083343',
    'contract.txt 2 money 1200000.00 CNY',
    'contract.txt 2 date 2024-03-14',
    'letter.txt 1 inn 7731084175',
    'letter.txt 1 money 50000.00 USD',
  ]) {
    assert.ok(summary.includes(expected), `${expected} in ${summary.join('; ')}`);
  }

  const inns = JSON.parse(dossier('mentions', 'garpiya', '--kind', 'inn', '--json').out);
  assert.deepEqual(
    inns.map((m: { value: string }) => m.value),
    ['1831083343', '7731084175'],
  );
  const several = JSON.parse(dossier('mentions', 'garpiya', '--kind', 'inn,money', '--json').out);
  assert.deepEqual([...new Set(several.map((m: { kind: string }) => m.kind))].sort(), [
    'inn',
    'money',
  ]);
  const parties = JSON.parse(dossier('mentions', 'garpiya', '--kind', 'party', '--json').out);
  assert.deepEqual(
    parties.map((m: { kind: string; text: string }) => `${m.kind} ${m.text}`),
    ['org АО «ИЭМЗ «Купол»»', 'org JSC Almaz-Antey'],
  );
  const letter = inns[1].document_id as string;
  const one = JSON.parse(dossier('mentions', 'garpiya', '--doc', letter.slice(0, 8), '--json').out);
  assert.ok(one.length >= 2);
  assert.ok(one.every((m: { document_id: string }) => m.document_id === letter));

  const table = dossier('mentions', 'garpiya', '--kind', 'inn');
  assert.match(
    table.out,
    /contract\.txt\s+1\s+\d+-\d+\s+inn\s+1831083343\s+0\.\d\d\s+identifiers\/inn/,
  );

  const mistyped = dossier('mentions', 'garpya');
  assert.equal(mistyped.code, 3);
  assert.match(mistyped.err, /unknown case "garpya"; did you mean "garpiya"\?/);
  const badKind = dossier('mentions', 'garpiya', '--kind', 'inm');
  assert.equal(badKind.code, 2);
  assert.match(badKind.err, /unknown mention kind "inm"; did you mean "inn"\?/);
  assert.equal(dossier('mentions', 'garpiya', '--doc', 'ffffffffff').code, 3);

  // xref with no list loaded: refused (no_lists, exit 4), never an empty "clear" table.
  const xref = dossier('xref', 'garpiya');
  assert.equal(xref.code, 4, xref.err);
  assert.match(xref.err, /no sanctions list is loaded/);
  assert.equal(xref.out, '');
  assert.equal(dossier('xref', 'garpya').code, 3);
  assert.equal(dossier('xref', 'garpiya', '--threshold', '2').code, 2);
});
