/**
 * `dossier ingest` as a script sees it (issue 10 item 7, issue 14 finding 10): the exit codes the
 * README promises (2 for a mistake, 3 for a file that is not there, 4 for a version refused by
 * a safety check), the message naming both dates or both counts and the flag that overrides it,
 * and the previous version intact after each refusal.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { testData } from '../testing/data.js';
import { runCli } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-ingest-'));
const un2018 = testData('un', 'history', 'consolidated_2018-10-29.xml');
const un2026 = testData('un', 'consolidated.xml');
const dpl = testData('us_bis_dpl', 'dpl_2022-09.txt');

async function datasets(db: string) {
  const result = await runCli(['datasets', '--json', '--db', db]);
  assert.equal(result.code, 0, result.err);
  return JSON.parse(result.out) as {
    name: string;
    version: number;
    published: string | null;
    targets: number;
  }[];
}

test('an older list exits 5 naming both dates; --allow-older loads it', async () => {
  const db = join(dir, 'older.db');
  const loaded = await runCli(['ingest', un2026, '--dataset', 'un', '--db', db]);
  assert.equal(loaded.code, 0, loaded.err);
  const before = await datasets(db);
  const older = await runCli(['ingest', un2018, '--dataset', 'un', '--db', db]);
  assert.equal(older.code, 5, older.err);
  assert.match(loaded.out, /in [\d.]+ s, published 2026-02-27/);
  assert.match(
    older.err,
    /^Error: un: the file was published on 2018-10-29, before version 1 \(published 2026-02-27\); nothing was loaded.*--allow-older[^\n]*\n$/,
  );
  assert.deepEqual(await datasets(db), before);
  const forced = await runCli(['ingest', un2018, '--dataset', 'un', '--db', db, '--allow-older']);
  assert.equal(forced.code, 0, forced.err);
  const [un] = await datasets(db);
  assert.equal(un?.version, 2);
  assert.equal(un?.published, '2018-10-29');
});

test('an undated file is compared by --published; without it, a note', async () => {
  const db = join(dir, 'published.db');
  const first = await runCli([
    'ingest',
    dpl,
    '--dataset',
    'dpl',
    '--db',
    db,
    '--published',
    '2022-09-30',
  ]);
  assert.equal(first.code, 0, first.err);
  const older = await runCli([
    'ingest',
    dpl,
    '--dataset',
    'dpl',
    '--db',
    db,
    '--published',
    '2022-08-31',
  ]);
  assert.equal(older.code, 5);
  assert.match(older.err, /2022-08-31, before version 1 \(published 2022-09-30\)/);
  const undated = await runCli(['ingest', dpl, '--dataset', 'dpl', '--db', db]);
  assert.equal(undated.code, 0, undated.err);
  assert.match(undated.err, /^note: the file states no publication date, so it was not checked/m);
  const bad = await runCli([
    'ingest',
    dpl,
    '--dataset',
    'dpl',
    '--db',
    db,
    '--published',
    '2022-02-30',
  ]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--published must be a date as YYYY-MM-DD, not "2022-02-30"/);
});

test('a list cut at a line boundary exits 5; --max-shrink, $DOSSIER_MAX_SHRINK and --allow-shrink', async () => {
  const db = join(dir, 'shrink.db');
  assert.equal((await runCli(['ingest', dpl, '--dataset', 'dpl', '--db', db])).code, 0);
  const before = await datasets(db);
  const lines = readFileSync(dpl, 'utf8').split('\n');
  const cut = join(dir, 'dpl-cut.txt');
  writeFileSync(cut, `${lines.slice(0, Math.floor(lines.length / 2)).join('\n')}\n`);
  const refused = await runCli(['ingest', cut, '--dataset', 'dpl', '--db', db]);
  assert.equal(refused.code, 5, refused.err);
  assert.match(refused.err, /fewer, more than the 10% allowed\);.*--allow-shrink/);
  assert.deepEqual(await datasets(db), before);
  const env = await runCli(['ingest', cut, '--dataset', 'dpl', '--db', db], {
    DOSSIER_MAX_SHRINK: '40',
  });
  assert.equal(env.code, 5);
  assert.match(env.err, /more than the 40% allowed/);
  const limit = await runCli(['ingest', cut, '--dataset', 'dpl', '--db', db, '--max-shrink', '60']);
  assert.equal(limit.code, 0, limit.err);
  assert.equal((await datasets(db))[0]?.version, 2);
  const badLimit = await runCli([
    'ingest',
    cut,
    '--dataset',
    'dpl',
    '--db',
    db,
    '--max-shrink',
    'ten',
  ]);
  assert.equal(badLimit.code, 2);
  const allowed = await runCli(['ingest', cut, '--dataset', 'dpl', '--db', db, '--allow-shrink']);
  assert.equal(allowed.code, 0, allowed.err);
});

test('exit codes as the README promises: 3 for a missing file, 2 for a bad name or format', async () => {
  const db = join(dir, 'codes.db');
  const missing = await runCli([
    'ingest',
    join(dir, 'no-such-file.xml'),
    '--dataset',
    'un',
    '--db',
    db,
  ]);
  assert.equal(missing.code, 3, missing.err);
  assert.match(missing.err, /no-such-file\.xml: cannot read: no such file/);
  const name = await runCli(['ingest', un2026, '--dataset', 'Bad Name', '--db', db]);
  assert.equal(name.code, 2, name.err);
  assert.match(name.err, /invalid dataset name "Bad Name"/);
  const format = await runCli([
    'ingest',
    un2026,
    '--dataset',
    'un',
    '--format',
    'un-xlm',
    '--db',
    db,
  ]);
  assert.equal(format.code, 2, format.err);
  assert.match(format.err, /unknown format "un-xlm"; known formats: .*un-xml/);
});

test('a Windows-1252 copy of a UTF-8 list is refused at the line of its first bad byte', async () => {
  const db = join(dir, 'encoding.db');
  const text = readFileSync(un2026, 'utf8');
  // The UN list's first accented letter, "é" on line 54, saved as Windows-1252 (one byte, 0xe9).
  const at = text.indexOf('é');
  const bytes = Buffer.concat([
    Buffer.from(text.slice(0, at), 'utf8'),
    Buffer.from([0xe9]),
    Buffer.from(text.slice(at + 1), 'utf8'),
  ]);
  const path = join(dir, 'cp1252.xml');
  writeFileSync(path, bytes);
  const line = text.slice(0, at).split('\n').length;
  const offset = Buffer.byteLength(text.slice(0, at), 'utf8');
  const result = await runCli(['ingest', path, '--dataset', 'un', '--db', db]);
  assert.equal(result.code, 1);
  assert.match(
    result.err,
    new RegExp(`cp1252\\.xml: line ${line}: not valid utf-8 text: byte 0xe9 at offset ${offset} `),
  );
  assert.equal(line, 54);
});
