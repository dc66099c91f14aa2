import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { EntityDraft } from '../../core/model/index.js';
import { readAll, testData } from '../../testing/data.js';
import { readHead } from '../io/index.js';
import { usCsl } from './index.js';
import { parseId } from './read.js';

const CSL_2019 = testData('us_csl', 'csl_subset_2019.csv');
const CSL_2025 = testData('us_csl', 'consolidated_subset_2025.csv');

function count(drafts: EntityDraft[], key: (d: EntityDraft) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of drafts) counts[key(d)] = (counts[key(d)] ?? 0) + 1;
  return counts;
}

function values(draft: EntityDraft | undefined, prop: string): string[] {
  assert.ok(draft, 'entity missing');
  return draft.get(prop);
}

function named(drafts: EntityDraft[], name: string): EntityDraft | undefined {
  return drafts.find((d) => d.isTarget && d.get('name').includes(name));
}

test('2019 subset: 115 rows by type, topics by list, links resolved within the file', async () => {
  const { targets, drafts, warnings } = await readAll(usCsl, [CSL_2019]);
  assert.deepEqual(
    count(targets, (d) => d.schema.name),
    {
      LegalEntity: 47,
      Organization: 46,
      Vessel: 2,
      Person: 20,
    },
  );
  // Repeated rows (one per address of a DPL party, say) share an ID and merge in the store.
  assert.equal(new Set(targets.map((t) => t.id)).size, 110);
  assert.deepEqual(
    count(targets, (d) => d.get('topics').join()),
    {
      'export.control': 34,
      sanction: 71,
      debarment: 10,
    },
  );
  const links = drafts.filter((d) => d.schema.name === 'UnknownLink');
  assert.equal(links.length, 4);
  const bank = named(targets, 'GAZPROMBANK OAO');
  assert.ok(links.every((l) => l.get('object')[0] === bank?.id));
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /25 "Linked To" remark\(s\) name no party in this file/);
});

test('2019 subset: IDs, addresses and vessel details', async () => {
  const { targets, byId } = await readAll(usCsl, [CSL_2019]);
  const holdings = named(targets, '200G PSA HOLDINGS LLC');
  assert.deepEqual(values(holdings, 'taxNumber'), ['80-0890696']);
  assert.deepEqual(values(holdings, 'country'), ['us']);
  assert.deepEqual(values(holdings, 'program'), ['SDNTK']);
  const address = byId.get(values(holdings, 'addressEntity')[0]!);
  assert.deepEqual(values(address, 'full'), ['80 SW 8th Street Suite 2000, Miami, FL, 33130, US']);
  const sanction = byId.get(`${holdings?.id}-sanction`);
  assert.deepEqual(values(sanction, 'authority'), [
    'Specially Designated Nationals (SDN) - Treasury Department',
  ]);
  assert.deepEqual(values(sanction, 'authorityId'), ['20264']);
  const vessel = named(targets, '7-28');
  assert.equal(vessel?.schema.name, 'Vessel');
  assert.deepEqual(values(vessel, 'imoNumber'), ['IMO8898831']);
  assert.deepEqual(values(vessel, 'flag'), ['kp']);
  const gazprombank = named(targets, 'GAZPROMBANK OAO');
  assert.deepEqual(values(gazprombank, 'swiftBic'), ['GAZPRUMM']);
  assert.deepEqual(values(gazprombank, 'okpoCode'), ['09807684']);
  assert.ok(values(gazprombank, 'alias').includes('GPB, OAO'));
});

test('2025 subset: IDs from _id, type-first ID entries, passports', async () => {
  const { targets, drafts, byId } = await readAll(usCsl, [CSL_2025]);
  assert.deepEqual(
    count(targets, (d) => d.schema.name),
    {
      LegalEntity: 6,
      Person: 4,
      Organization: 3,
    },
  );
  assert.equal(drafts.filter((d) => d.schema.name === 'Passport').length, 2);
  const rim = byId.get('us-trade-csl-52291');
  assert.deepEqual(values(rim, 'name'), ['RIM, Ryong Nam']);
  assert.deepEqual(values(rim, 'passportNumber'), ['836238033']);
  assert.deepEqual(values(rim, 'gender'), ['male']);
  assert.deepEqual(values(rim, 'nationality'), ['kp']);
  assert.deepEqual(values(rim, 'birthDate'), ['1978-12-05']);
  const provisions = values(byId.get('us-trade-csl-52291-sanction'), 'provisions');
  assert.ok(provisions.some((p) => p.startsWith('Secondary sanctions risk: North Korea')));
  const asp = byId.get('us-trade-csl-66f6ab3f26234b75a9093fce79ef0ce0');
  assert.deepEqual(values(asp, 'topics'), ['export.control']);
});

test('ID entries in both layouts', () => {
  assert.deepEqual(parseId('US, 80-0890696, Tax ID No.', false), {
    type: 'Tax ID No.',
    number: '80-0890696',
    country: 'US',
    raw: 'US, 80-0890696, Tax ID No.',
  });
  assert.equal(parseId('IMO 8898831, Vessel Registration Identification', false)?.country, null);
  const risk = parseId('Secondary sanctions risk:, Ukraine-/Russia, 31 CFR 589.201', true);
  assert.equal(risk?.number, 'Ukraine-/Russia, 31 CFR 589.201');
  assert.equal(parseId('Passport, U00242309, TR', true)?.country, 'TR');
  assert.equal(parseId('lonely', true), null);
});

test('sniff: accepts both CSL layouts, rejects other lists', () => {
  assert.ok(usCsl.sniff(readHead(CSL_2019), 'csl.csv'));
  assert.ok(usCsl.sniff(readHead(CSL_2025), 'consolidated.csv'));
  for (const other of [
    ['us_bis_dpl', 'dpl_2022-09.txt'],
    ['ofac', 'sdn.csv'],
    ['ofac', 'consolidated_non_sdn', 'cons_prim.csv'],
    ['uk_ofsi', 'ConList_2018-04-13.csv'],
    ['opensanctions_ftm', 'zavod_export_wikidata_peps_sample', 'targets.simple.csv'],
    ['excerpts', 'jaggeman__eu_sample.xml'],
  ]) {
    assert.equal(usCsl.sniff(readHead(testData(...other)), 'x'), false, other.join('/'));
  }
});

const dir = mkdtempSync(join(tmpdir(), 'dossier-csl-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('bad input: empty, truncated, a row without a name or _id, a foreign header', async () => {
  await assert.rejects(readAll(usCsl, [file('empty.csv', '')]), /empty\.csv: the file is empty/);
  const lines = readFileSync(CSL_2025, 'utf8').split('\n');
  const cut = `${lines.slice(0, 4).join('\n')}\n${lines[4]!.slice(0, 80)}`;
  await assert.rejects(
    readAll(usCsl, [file('cut.csv', cut)]),
    /cut\.csv: line 5: (malformed CSV|expected 29 fields)/,
  );
  const noId = `${lines[0]}\n${lines[1]!.replace(/^"[0-9a-f]+"/, '""')}\n`;
  await assert.rejects(
    readAll(usCsl, [file('noid.csv', noId)]),
    /noid\.csv: line 2: row without an _id/,
  );
  const noName = `${lines[0]}\n${lines[2]!.replace('"Atlas Sanatgaran"', '""')}\n`;
  await assert.rejects(
    readAll(usCsl, [file('noname.csv', noName)]),
    /noname\.csv: line 2: row without a name/,
  );
  await assert.rejects(
    readAll(usCsl, [file('other.csv', 'a,b,c\n1,2,3\n')]),
    /other\.csv: line 1: header lacks the column\(s\) source, name/,
  );
});

test('a type that names a member of Object.prototype is an unknown type: a legal entity', async () => {
  const lines = readFileSync(CSL_2025, 'utf8').split('\n');
  const row = lines[1]!.replace('State Department","","",', 'State Department","","constructor",');
  assert.notEqual(row, lines[1]);
  const { targets } = await readAll(usCsl, [file('type.csv', `${lines[0]}\n${row}\n`)]);
  assert.deepEqual(
    targets.map((t) => t.schema.name),
    ['LegalEntity'],
  );
});
