import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readAll, testData } from '../../testing/data.js';
import { SourceError } from '../io/index.js';
import { ukHmtCsv } from './index.js';
import { imoNumbers, splitNumbered } from './parse.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-hmt-'));
const real = readFileSync(testData('uk_ofsi', 'ConList_2018-04-13.csv')).toString('latin1');
const [preamble, header] = real.split('\n');

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(text, 'latin1'));
  return path;
}

async function rejects(path: string, message: RegExp): Promise<void> {
  await assert.rejects(readAll(ukHmtCsv, [path]), (error: unknown) => {
    assert.ok(error instanceof SourceError, `expected a SourceError, got ${String(error)}`);
    assert.match(error.message, message);
    return true;
  });
}

/** A row of the real layout: Name 6, the given fields, and the last columns. */
function row(name: string, groupType: string, groupId: string, other = ''): string {
  const blanks = ','.repeat(21);
  return `${name}${blanks},${other},${groupType},Prime Alias,Libya,01/01/2011,01/01/2011,${groupId}`;
}

test('a well-formed synthetic file maps, so the failures below are about what they break', async () => {
  const path = file('ok.csv', [preamble, header, row('ACME', 'Entity', '1')].join('\n'));
  const { targets } = await readAll(ukHmtCsv, [path]);
  assert.deepEqual(
    targets.map((t) => [t.id, t.schema.name, t.get('name')[0]]),
    [['gb-hmt-1', 'Organization', 'ACME']],
  );
});

test('a truncated file (inside a quoted field) stops with the file and line', async () => {
  const cut = real.slice(0, real.indexOf('"UN REF:QE.A.146.14.') + 30);
  await rejects(file('cut.csv', cut), /cut\.csv: line 5: malformed CSV/);
});

test('a malformed quoted field stops with the file and line', async () => {
  const bad = [preamble, header, row('ACME', 'Entity', '1'), row('"BAD"X', 'Entity', '2')];
  await rejects(file('quote.csv', bad.join('\n')), /quote\.csv: line 4: malformed CSV/);
});

test('an empty file is refused', async () => {
  await rejects(file('empty.csv', ''), /empty\.csv: the file is empty/);
});

test('a file without the header, or with an XML DTD, is not this list', async () => {
  await rejects(file('nohead.csv', 'a,b,c\n1,2,3\n'), /nohead\.csv: no header row/);
  const xml = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e "x">]>\n<x>&e;</x>\n';
  await rejects(file('dtd.csv', xml), /dtd\.csv: line 1: malformed CSV/);
  const unquoted = '<?xml version=1.0?>\n<!DOCTYPE x>\n<a/>\n<b/>\n<c/>\n<d/>\n';
  await rejects(file('dtd2.csv', unquoted), /dtd2\.csv: line 6: no header row/);
  await rejects(
    file('cols.csv', 'Name 6,Name 1,Group ID\nX,Y,1\n'),
    /line 1: .*Group Type, Alias Type/,
  );
});

test('a row without its Group ID, or with a bad one, is refused by line', async () => {
  const missing = [preamble, header, row('ACME', 'Entity', '1'), row('NOID', 'Entity', '')];
  await rejects(file('noid.csv', missing.join('\n')), /noid\.csv: line 4: row without a Group ID/);
  const bad = [preamble, header, row('ACME', 'Entity', '1 2')];
  await rejects(file('badid.csv', bad.join('\n')), /badid\.csv: line 3: Group ID "1 2"/);
  const untyped = [preamble, header, row('ACME', '', '1')];
  await rejects(
    file('notype.csv', untyped.join('\n')),
    /notype\.csv: line 3: row without a Group Type/,
  );
});

test('an unknown Group Type is read as a legal entity, with a warning', async () => {
  const path = file('type.csv', [preamble, header, row('ACME', 'Aircraft', '7')].join('\n'));
  const { targets, warnings } = await readAll(ukHmtCsv, [path]);
  assert.equal(targets[0]?.schema.name, 'LegalEntity');
  assert.match(warnings.join('\n'), /type\.csv: line 3: Group Type "Aircraft"/);
});

test('the later layout: columns found by name, Alias Quality, primary name types, ships', async () => {
  const head =
    'Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Group Type,Alias Type,Alias Quality,Regime,Listed On,Group ID';
  const rows = [
    'DOE,John,,,,,,01/02/1970,Individual,Primary name,,Russia,15/03/2022,100',
    'DOE,Johnny,,,,,,01/02/1970,Individual,Primary name variation,,Russia,15/03/2022,100',
    'JD,,,,,,,01/02/1970,Individual,Alias,Low,Russia,15/03/2022,100',
    'SEA STAR,,,,,,,,Ship,Primary name,,Russia,15/03/2022,101',
  ];
  const path = file('later.csv', [head, ...rows].join('\r\n'));
  const { byId, targets } = await readAll(ukHmtCsv, [path]);
  assert.deepEqual(
    targets.map((t) => `${t.id} ${t.schema.name}`),
    ['gb-hmt-100 Person', 'gb-hmt-101 Vessel'],
  );
  const doe = byId.get('gb-hmt-100')!;
  assert.deepEqual(doe.get('name'), ['John DOE']);
  assert.deepEqual(doe.get('alias'), ['Johnny DOE']);
  assert.deepEqual(doe.get('weakAlias'), ['JD']);
  assert.deepEqual(doe.get('birthDate'), ['1970-02-01']);
  assert.deepEqual(byId.get('gb-hmt-100-sanction')?.get('listingDate'), ['2022-03-15']);
});

test('numbered lists and IMO numbers', () => {
  assert.deepEqual(splitNumbered('1) Saudi Arabia 2) Qatar'), ['Saudi Arabia', 'Qatar']);
  assert.deepEqual(splitNumbered('(1) Germany (b) Algeria'), ['Germany', 'Algeria']);
  assert.deepEqual(splitNumbered('(1)-(2) Indonesia'), ['Indonesia']);
  assert.deepEqual(splitNumbered('(1) Afghanistan, (2) Pakistan'), ['Afghanistan', 'Pakistan']);
  assert.deepEqual(splitNumbered('Afghanistan (since 2009)'), ['Afghanistan (since 2009)']);
  assert.deepEqual(splitNumbered('44323 (Afghan) (tazkira)'), ['44323 (Afghan) (tazkira)']);
  assert.deepEqual(splitNumbered(''), []);
  assert.deepEqual(imoNumbers('IMO: 8937675. MMSI: 445539000.'), ['8937675']);
  assert.deepEqual(imoNumbers('(IMO number: 7303803).'), ['7303803']);
});
