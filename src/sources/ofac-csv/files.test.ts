/** Recognising OFAC's legacy CSV files, and only them, on the real files. */
import assert from 'node:assert/strict';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { testData } from '../../testing/data.js';
import { readHead } from '../io/index.js';
import { fileKind, kindByName, kindOfHead, siblingFiles, splitCsvLine } from './files.js';
import { ofacCsv } from './index.js';

const sniff = (path: string) => ofacCsv.sniff(readHead(path), basename(path));

test('sniff accepts every OFAC legacy CSV file in the shared data', () => {
  const accepted: [string[], string][] = [
    [['ofac', 'sdn.csv'], 'primary'],
    [['ofac', 'history', 'sdn_2024-02-20.csv'], 'primary'],
    [['ofac', '2021-07-07_full_set', 'add.csv'], 'address'],
    [['ofac', '2021-07-07_full_set', 'alt.csv'], 'alias'],
    [['ofac', '2021-07-07_full_set', 'sdn_comments.csv'], 'comment'],
    [['ofac', '2025-12-24_partial_set', 'add.csv'], 'address'],
    [['ofac', '2025-02-27_partial_set', 'alt.csv'], 'alias'],
    [['ofac', 'consolidated_non_sdn', 'cons_prim.csv'], 'primary'],
    [['ofac', 'consolidated_non_sdn', 'cons_add.csv'], 'address'],
    [['ofac', 'consolidated_non_sdn', 'cons_alt.csv'], 'alias'],
    [['ofac', 'consolidated_non_sdn', 'cons_comments.csv'], 'comment'],
  ];
  for (const [parts, kind] of accepted) {
    const path = testData(...parts);
    assert.ok(sniff(path), path);
    assert.equal(kindOfHead(readHead(path), basename(path)), kind, path);
  }
});

test("sniff rejects the other sources' files", () => {
  const rejected = [
    ['ofac', 'consolidated_non_sdn', 'consolidated_2018-04-06.xml'],
    ['un', 'consolidated.xml'],
    ['uk_ofsi', 'ConList_2018-04-13.csv'],
    ['us_csl', 'csl_subset_2019.csv'],
    ['us_csl', 'consolidated_subset_2025.csv'],
    ['us_bis_dpl', 'dpl_2022-09.txt'],
    ['excerpts', 'jaggeman__us_sample.xml'],
    ['name_pairs', 'nomenklatura', 'cases.csv'],
    ['name_pairs', 'nomenklatura', 'ofac_fixtures.csv'],
    ['opensanctions_ftm', 'zavod_export_wikidata_peps_sample', 'statements.pack'],
    ['opensanctions_ftm', 'zavod_export_wikidata_peps_sample', 'targets.simple.csv'],
    ['chpl', 'chpl_hs6_tiers_2024-02-23.csv'],
  ];
  for (const parts of rejected) assert.equal(sniff(testData(...parts)), false, parts.join('/'));
});

test('a comments file is claimed only under a comments name: "number,text" is too common a shape', () => {
  const head = readHead(testData('ofac', '2021-07-07_full_set', 'sdn_comments.csv'));
  assert.equal(ofacCsv.sniff(head, 'notes.csv'), false);
  assert.equal(ofacCsv.sniff(head, 'SDN_COMMENTS.CSV'), true);
});

test('a renamed file is known by its shape', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ofac-kind-'));
  const renamed = join(dir, 'list-2025.csv');
  symlinkSync(testData('ofac', 'consolidated_non_sdn', 'cons_alt.csv'), renamed);
  assert.equal(fileKind(renamed), 'alias');
  assert.equal(fileKind(testData('ofac', 'history', 'sdn_2024-02-23.csv')), 'primary');
  assert.throws(
    () => fileKind(testData('us_csl', 'csl_subset_2019.csv')),
    /csl_subset_2019\.csv: line 1: not an OFAC legacy CSV file/,
  );
});

test('siblingFiles finds the companions that exist beside a primary file', () => {
  const full = testData('ofac', '2021-07-07_full_set', 'sdn.csv');
  assert.deepEqual(
    siblingFiles(full).map((p) => basename(p)),
    ['add.csv', 'alt.csv', 'sdn_comments.csv'],
  );
  const cons = testData('ofac', 'consolidated_non_sdn', 'cons_prim.csv');
  assert.deepEqual(
    siblingFiles(cons).map((p) => basename(p)),
    ['cons_add.csv', 'cons_alt.csv', 'cons_comments.csv'],
  );
  const old = testData('ofac', '2019-01-15_full_set', 'sdn.csv');
  assert.deepEqual(
    siblingFiles(old).map((p) => basename(p)),
    ['add.csv', 'alt.csv'],
  );
  assert.deepEqual(siblingFiles(testData('ofac', 'sdn.csv')), []);
  assert.deepEqual(siblingFiles(testData('ofac', 'history', 'sdn_2024-02-20.csv')), []);
});

test('companions: a primary file brings the files beside it, unless given already', () => {
  const sdn = testData('ofac', '2021-07-07_full_set', 'sdn.csv');
  const names = (files: string[] | undefined) => files?.map((p) => basename(p));
  assert.deepEqual(names(ofacCsv.companions?.([sdn])), [
    'sdn.csv',
    'add.csv',
    'alt.csv',
    'sdn_comments.csv',
  ]);
  const otherAlt = testData('ofac', '2019-01-15_full_set', 'alt.csv');
  const mixed = ofacCsv.companions?.([sdn, otherAlt]) ?? [];
  assert.deepEqual(names(mixed), ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv']);
  assert.equal(mixed[1], otherAlt);
  const add = testData('ofac', '2021-07-07_full_set', 'add.csv');
  assert.deepEqual(ofacCsv.companions?.([add]), [add]);
});

test('splitCsvLine reads quotes and refuses an open one', () => {
  assert.deepEqual(splitCsvLine('306,"BANCO NACIONAL DE CUBA",-0- ,"a ""b"", c"'), [
    '306',
    'BANCO NACIONAL DE CUBA',
    '-0- ',
    'a "b", c',
  ]);
  assert.equal(splitCsvLine('306,"BANCO'), null);
});

test('a file named like a member of Object.prototype has no kind and no companions by name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ofac-names-'));
  for (const name of ['constructor', '__proto__', 'toString']) {
    assert.equal(kindByName(join(dir, name)), null, name);
    assert.deepEqual(siblingFiles(join(dir, name)), [], name);
  }
});
