import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { EntityDraft } from '../../core/model/index.js';
import { readAll, testData } from '../../testing/data.js';
import { readHead } from '../io/index.js';
import { usBisDpl } from './index.js';
import { partyId } from './map.js';

const DPL = testData('us_bis_dpl', 'dpl_2022-09.txt');

function values(draft: EntityDraft | undefined, prop: string): string[] {
  assert.ok(draft, 'entity missing');
  return draft.get(prop);
}

test('581 rows make 459 parties (rows of one name are one party), 461 orders', async () => {
  const { targets, drafts, warnings } = await readAll(usBisDpl, [DPL]);
  // " I. ASH" sorts first for its leading space, away from its "I. ASH" rows: two drafts of one
  // ID, which the store merges.
  assert.equal(targets.length, 460);
  assert.ok(targets.every((t) => t.schema.name === 'LegalEntity'));
  assert.equal(new Set(targets.map((t) => t.id)).size, 459);
  assert.equal(targets.filter((t) => t.id === partyId('I. ASH')).length, 2);
  assert.equal(drafts.filter((d) => d.schema.name === 'Sanction').length, 461);
  // 581 rows, less 2 repeated rows and 1 row naming only a country.
  assert.equal(drafts.filter((d) => d.schema.name === 'Address').length, 578);
  assert.deepEqual(warnings, []);
});

test('one row mapped: AARON ABRAHAM VILLA', async () => {
  const { byId } = await readAll(usBisDpl, [DPL]);
  const id = partyId('AARON ABRAHAM VILLA');
  const party = byId.get(id);
  assert.deepEqual(values(party, 'name'), ['AARON ABRAHAM VILLA']);
  assert.deepEqual(values(party, 'topics'), ['export.control']);
  assert.deepEqual(values(party, 'address'), ['3415 RIVERA AVENUE, EL PASO, TX, 79905']);
  const address = byId.get(values(party, 'addressEntity')[0]!);
  assert.deepEqual(values(address, 'state'), ['TX']);
  assert.deepEqual(values(address, 'postalCode'), ['79905']);
  const sanction = [...byId.values()].find(
    (d) => d.schema.name === 'Sanction' && d.get('entity').includes(id),
  );
  assert.deepEqual(values(sanction, 'authority'), ['Bureau of Industry and Security']);
  assert.deepEqual(values(sanction, 'startDate'), ['2022-08-24']);
  assert.deepEqual(values(sanction, 'endDate'), ['2026-01-14']);
  assert.deepEqual(values(sanction, 'provisions'), ['87 F.R. 52741 8/29/2022']);
  assert.equal(sanction?.values.find((v) => v.prop === 'startDate')?.original, '08/24/2022');
});

test('a party on four rows has four addresses and countries; two orders make two sanctions', async () => {
  const { byId, drafts } = await readAll(usBisDpl, [DPL]);
  const airline = byId.get(partyId('AIR FREIGHT LTD'));
  assert.equal(values(airline, 'addressEntity').length, 4);
  assert.deepEqual(values(airline, 'country'), ['iq', 'ae', 'jo']);
  const herrera = partyId('HAYDEE HERRERA');
  const orders = drafts.filter(
    (d) => d.schema.name === 'Sanction' && d.get('entity')[0] === herrera,
  );
  assert.deepEqual(
    orders.flatMap((o) => o.get('startDate')),
    ['2002-03-04', '2003-06-19'],
  );
});

test('sniff: accepts the DPL header, rejects other lists', () => {
  assert.ok(usBisDpl.sniff(readHead(DPL), 'dpl.txt'));
  for (const other of [
    ['us_csl', 'csl_subset_2019.csv'],
    ['us_csl', 'consolidated_subset_2025.csv'],
    ['ofac', 'sdn.csv'],
    ['uk_ofsi', 'ConList_2018-04-13.csv'],
    ['un', 'consolidated.xml'],
    ['opensanctions_ftm', 'zavod_export_wikidata_peps_sample', 'targets.simple.csv'],
  ]) {
    assert.equal(usBisDpl.sniff(readHead(testData(...other)), 'x'), false, other.join('/'));
  }
});

const dir = mkdtempSync(join(tmpdir(), 'dossier-dpl-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('bad input: empty, truncated, a row without a name, a header without columns', async () => {
  await assert.rejects(readAll(usBisDpl, [file('empty.txt', '')]), /empty\.txt: the file is empty/);
  const lines = readFileSync(DPL, 'utf8').split('\n');
  const cut = `${lines.slice(0, 10).join('\n')}\n${lines[10]!.slice(0, 60)}`;
  await assert.rejects(
    readAll(usBisDpl, [file('cut.txt', cut)]),
    /cut\.txt: line 11: (unclosed quote|expected 12 tab-separated fields)/,
  );
  const noName = `${lines.slice(0, 3).join('\n')}\n""\t${lines[3]!.split('\t').slice(1).join('\t')}\n`;
  await assert.rejects(
    readAll(usBisDpl, [file('noname.txt', noName)]),
    /noname\.txt: line 4: row without a Name/,
  );
  const header = lines[0]!.replace('"FR_Citation"', '"Citation"');
  await assert.rejects(
    readAll(usBisDpl, [file('header.txt', `${header}\n${lines[1]}\n`)]),
    /header\.txt: line 1: header lacks the column\(s\) FR_Citation/,
  );
});
