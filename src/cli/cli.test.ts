import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../store/index.js';
import { repoRoot, testData } from '../testing/data.js';
import { runCli } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
const unXml = testData('un', 'consolidated.xml');

async function json(args: string[]) {
  const result = await runCli([...args, '--json']);
  assert.equal(result.code, 0, result.err);
  return JSON.parse(result.out);
}

test('ingest, datasets and entity on the real UN list', async () => {
  const db = join(dir, 'un.db');
  const loaded = await runCli(['ingest', unXml, '--dataset', 'un', '--db', db]);
  assert.equal(loaded.code, 0, loaded.err);
  assert.match(
    loaded.out,
    /^Loaded un version 1: 1,003 targets, [\d,]+ entities from 1 file\(s\) \(un-xml\)/,
  );
  const [un] = await json(['datasets', '--db', db]);
  assert.equal(un.name, 'un');
  assert.equal(un.targets, 1003);
  assert.equal(un.schemata.Person, 730);
  assert.equal(un.schemata.Organization, 273);
  assert.deepEqual(un.source_files, [unXml]);
  const entity = await json(['entity', 'unsc-6908555', '--db', db]);
  assert.equal(entity.schema, 'Person');
  assert.deepEqual(entity.datasets, ['un']);
  assert.ok(entity.properties.birthDate.includes('1964-07-17'));
  assert.ok(entity.properties.passportNumber.includes('381310014'));
  const statements = await json(['entity', 'unsc-6908555', '--statements', '--db', db]);
  const birth = statements.find((s: { prop: string }) => s.prop === 'birthDate');
  assert.equal(birth.dataset, 'un');
  assert.match(birth.id, /^[0-9a-f]{40}$/);
});

test('--db falls back to DOSSIER_DB', async () => {
  const db = join(dir, 'env.db');
  const loaded = await runCli(['ingest', unXml, '--dataset', 'un'], { DOSSIER_DB: db });
  assert.equal(loaded.code, 0, loaded.err);
  const listed = await runCli(['datasets', '--db', db]);
  assert.match(listed.out, /^un\s+1\s/m);
});

test('bad input is refused with the file named, and the previous version stays', async () => {
  const db = join(dir, 'bad.db');
  assert.equal((await runCli(['ingest', unXml, '--dataset', 'un', '--db', db])).code, 0);
  const text = readFileSync(unXml, 'utf8');
  const cases: Record<string, string | Buffer> = {
    'truncated.xml': text.slice(0, Math.floor(text.length / 2)),
    'dtd.xml': text.replace(
      '<CONSOLIDATED_LIST',
      '<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY x SYSTEM "file:///etc/passwd">]><CONSOLIDATED_LIST',
    ),
    'latin1.xml': Buffer.concat([
      Buffer.from(text.slice(0, 5000)),
      Buffer.from([0xe9, 0xe8]),
      Buffer.from(text.slice(5000)),
    ]),
    'empty.xml': '',
    'notalist.txt': 'Hello, this is not a sanctions list.\n',
  };
  for (const [name, content] of Object.entries(cases)) {
    const path = join(dir, name);
    writeFileSync(path, content);
    const result = await runCli(['ingest', path, '--dataset', 'un', '--db', db]);
    assert.notEqual(result.code, 0, `${name} was accepted`);
    assert.match(result.err, new RegExp(`^Error: .*${name.replace('.', '\\.')}.*\\n$`), result.err);
  }
  // A file of another format, forced with --format, fails on its content.
  const forced = await runCli([
    'ingest',
    unXml,
    '--dataset',
    'un',
    '--db',
    db,
    '--format',
    'ofac-csv',
  ]);
  assert.notEqual(forced.code, 0);
  assert.match(forced.err, /^Error: .*consolidated\.xml.*line 1/);
  // A file too large for its kind is refused before it is read (a sparse file takes no disk).
  const huge = join(dir, 'huge.xml');
  writeFileSync(huge, text.slice(0, 2000));
  spawnSync('truncate', ['-s', '3G', huge]);
  const tooLarge = await runCli([
    'ingest',
    huge,
    '--dataset',
    'un',
    '--db',
    db,
    '--format',
    'un-xml',
  ]);
  assert.match(tooLarge.err, /huge\.xml: .*too large/);
  const [un] = await json(['datasets', '--db', db]);
  assert.equal(un.version, 1);
  assert.equal(un.targets, 1003);
});

test('export writes FtM JSON lines that ingest reads back unchanged', async () => {
  const db = join(dir, 'roundtrip.db');
  assert.equal((await runCli(['ingest', unXml, '--dataset', 'un', '--db', db])).code, 0);
  const first = join(dir, 'un.ftm.json');
  assert.equal((await runCli(['export', 'un', '--out', first, '--db', db])).code, 0);
  const back = await runCli(['ingest', first, '--dataset', 'copy', '--db', db]);
  assert.equal(back.code, 0, back.err);
  const second = await runCli(['export', 'copy', '--db', db]);
  const strip = (line: string) => {
    const { datasets, first_seen, last_seen, last_change, ...rest } = JSON.parse(line);
    return rest;
  };
  const a = readFileSync(first, 'utf8').trim().split('\n').map(strip);
  const b = second.out.trim().split('\n').map(strip);
  assert.ok(a.length > 1003);
  assert.deepEqual(b, a);
});

test('diff reports the entries added between two OFAC editions', async () => {
  const db = join(dir, 'diff.db');
  const before = testData('ofac', 'history', 'sdn_2024-02-20.csv');
  const after = testData('ofac', 'history', 'sdn_2024-02-23.csv');
  for (const file of [before, after]) {
    const r = await runCli([
      'ingest',
      file,
      '--dataset',
      'ofac',
      '--db',
      db,
      '--format',
      'ofac-csv',
    ]);
    assert.equal(r.code, 0, r.err);
  }
  // The expected sets come straight from the files' first column.
  const ids = (file: string) =>
    new Set(
      readFileSync(file, 'latin1')
        .split('\n')
        .map((l) => /^(\d+),/.exec(l)?.[1])
        .filter(Boolean)
        .map((n) => `ofac-${n}`),
    );
  const [old, neu] = [ids(before), ids(after)];
  const diff = await json(['diff', 'ofac', '--db', db]);
  const targetIds = (list: { id: string }[]) =>
    list.map((c) => c.id).filter((id) => /^ofac-\d+$/.test(id));
  assert.deepEqual(targetIds(diff.added).sort(), [...neu].filter((id) => !old.has(id)).sort());
  assert.deepEqual(targetIds(diff.removed).sort(), [...old].filter((id) => !neu.has(id)).sort());
  assert.equal(diff.from_version, 1);
  assert.equal(diff.to_version, 2);
});

test('the executable prints a one-line error and exits non-zero', async () => {
  const bin = join(repoRoot, 'bin', 'dossier.js');
  // A database that exists, without the entity (a missing database is refused before).
  await openStore(join(dir, 'x.db')).close();
  const missing = spawnSync(process.execPath, [bin, 'entity', 'nope', '--db', join(dir, 'x.db')], {
    encoding: 'utf8',
  });
  assert.equal(missing.status, 3);
  assert.equal(missing.stderr, 'Error: no entity with ID nope\n');
  const help = spawnSync(process.execPath, [bin, 'ingest', '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--dataset <name>/);
  assert.match(help.stdout, /--db <path>/);
  const usage = spawnSync(process.execPath, [bin, 'ingest', unXml], { encoding: 'utf8' });
  assert.notEqual(usage.status, 0);
  assert.match(usage.stderr, /--dataset/);
});
