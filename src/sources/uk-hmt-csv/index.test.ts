import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { EntityDraft } from '../../core/model/index.js';
import { readAll, testData } from '../../testing/data.js';
import { readHead } from '../io/index.js';
import { ukHmtCsv } from './index.js';

const FILE = testData('uk_ofsi', 'ConList_2018-04-13.csv');
const list = readAll(ukHmtCsv, [FILE]);

function schemaCounts(drafts: EntityDraft[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of drafts) counts[d.schema.name] = (counts[d.schema.name] ?? 0) + 1;
  return counts;
}

async function party(groupId: string): Promise<{ target: EntityDraft; sanction: EntityDraft }> {
  const { byId } = await list;
  const target = byId.get(`gb-hmt-${groupId}`);
  const sanction = byId.get(`gb-hmt-${groupId}-sanction`);
  assert.ok(target && sanction, `group ${groupId} not mapped`);
  return { target, sanction };
}

test('9,487 rows make 2,106 parties: 1,426 persons, 680 organisations, no ships', async () => {
  const { drafts, targets } = await list;
  assert.deepEqual(schemaCounts(targets), { Person: 1426, Organization: 680 });
  assert.deepEqual(schemaCounts(drafts), {
    Person: 1426,
    Organization: 680,
    Sanction: 2106,
    Address: 997,
    Passport: 339,
    Identification: 174,
    UnknownLink: 6,
  });
  assert.equal(new Set(drafts.map((d) => d.id)).size, drafts.length);
});

test("a party's rows are gathered from all over the file (13349: 16 rows, 8 names)", async () => {
  const { target, sanction } = await party('13349');
  assert.deepEqual(target.get('name'), ['Nayef Salam Muhammad Ujaym AL-HABABI']);
  const aliases = [
    'Faruq AL-QAHTANI',
    'Faruq AL-QATARI',
    'Farouq al-Qahtani AL QATARI',
    'Imran Farouk SHAYKH',
    'Nayf Salam Muhammad Ujaym AL-HABABI',
    'Sheikh Faroq AL-QATARI',
    'Sheikh Farooq AL-QAHTANI',
  ];
  assert.deepEqual(target.get('alias').sort(), aliases.sort());
  assert.deepEqual(target.get('firstName'), ['Nayef']);
  assert.deepEqual(target.get('lastName'), ['AL-HABABI']);
  // DOB 00/00/1980 on some rows and 00/00/1981 on others.
  assert.deepEqual(target.get('birthDate'), ['1980', '1981']);
  // "1) Saudi Arabia 2) Qatar"
  assert.deepEqual(target.get('nationality'), ['sa', 'qa']);
  assert.deepEqual(target.get('passportNumber'), ['592667']);
  // Country "Afghanistan (since 2009)".
  assert.deepEqual(target.get('country'), ['af']);
  assert.deepEqual(sanction.get('unscId'), ['QDe.004']);
  assert.deepEqual(sanction.get('authorityId'), ['13349']);
  assert.deepEqual(sanction.get('listingDate'), ['2016-04-01']);
  assert.deepEqual(sanction.get('authority'), [
    'HM Treasury Office of Financial Sanctions Implementation',
  ]);
});

test('birthplaces from a numbered list, an address, and a national ID in a remark', async () => {
  const { target, sanction } = await party('6894');
  assert.deepEqual(target.get('birthPlace'), [
    'Tirpas-Selong Village, East Lombok',
    'Korleko-Lombok Timur',
  ]);
  assert.deepEqual(target.get('birthDate'), ['1957-08-17', '1958-08-17']);
  assert.deepEqual(target.get('idNumber'), ['3603251708570001']);
  const { byId } = await list;
  const address = byId.get(target.get('addressEntity')[0]!)!;
  assert.deepEqual(address.get('full'), [
    'Jalan Nakula, Komplek Witana Harja III Blok C 106-107, Tangerang, Indonesia',
  ]);
  assert.deepEqual(address.get('city'), ['Tangerang']);
  assert.deepEqual(address.get('country'), ['id']);
  assert.deepEqual(sanction.get('unscId'), ['QI.A.86.03']);
});

test('FKA rows are previous names; IMO numbers in remarks; several regimes', async () => {
  const aqim = (await party('7247')).target;
  assert.deepEqual(aqim.get('name'), ['THE ORGANIZATION OF AL-QAIDA IN THE ISLAMIC MAGHREB']);
  assert.ok(aqim.get('previousName').includes('SALAFIST GROUP FOR CALL AND COMBAT'));
  const ship = (await party('13556')).target;
  assert.deepEqual(ship.get('imoNumber'), ['IMO8937675']);
  const soleimani = await party('9062');
  assert.deepEqual(soleimani.target.get('name'), ['Qasem SOLEIMANI']);
  assert.equal(soleimani.sanction.get('program').length, 3);
  assert.deepEqual(soleimani.sanction.get('listingDate').sort(), [
    '2007-03-24',
    '2011-06-24',
    '2011-10-17',
  ]);
});

test('parties citing another by UN reference are linked to it', async () => {
  const { drafts } = await list;
  const link = drafts.find(
    (d) => d.schema.name === 'UnknownLink' && d.get('subject')[0] === 'gb-hmt-13617',
  );
  assert.deepEqual(link?.get('object'), ['gb-hmt-13616']);
  assert.match(link?.get('role')[0] ?? '', /Umar Mahmud Irhayyim al-Kubaysi \(QDi\.412\)/);
});

test('the same rows in Windows-1252 and in UTF-8 give the same text', async () => {
  const bytes = readFileSync(FILE);
  const lines = bytes.toString('latin1').split('\n');
  // The preamble, the header, and the rows of "GROUPE ISLAMIQUE ARMÉ" (É is 0xC9).
  const rows = lines.filter((l, i) => i < 2 || l.trimEnd().endsWith(',6963'));
  assert.ok(rows.some((r) => r.includes('ARM\u00c9')));
  const dir = mkdtempSync(join(tmpdir(), 'dossier-hmt-'));
  const cp1252 = join(dir, 'cp1252.csv');
  const utf8 = join(dir, 'utf8.csv');
  writeFileSync(cp1252, Buffer.from(rows.join('\n'), 'latin1'));
  writeFileSync(
    utf8,
    new TextDecoder('windows-1252').decode(Buffer.from(rows.join('\n'), 'latin1')),
  );
  const a = await readAll(ukHmtCsv, [cp1252]);
  const b = await readAll(ukHmtCsv, [utf8]);
  assert.ok(a.targets[0]?.get('alias').includes('GROUPE ISLAMIQUE ARMÉ'));
  assert.deepEqual(
    b.drafts.map((d) => d.values),
    a.drafts.map((d) => d.values),
  );
});

test('a Group Type or Alias Type that names a member of Object.prototype is an unknown type', async () => {
  const lines = readFileSync(FILE, 'latin1').split('\n');
  // The preamble, the header, and the rows of ANSAR AL SHARIA: an entity, its names a.k.a.
  // but one, the prime alias.
  const rows = lines.filter((l, i) => i < 2 || l.trimEnd().endsWith(',13188'));
  assert.ok(rows[2]?.startsWith(' ANSAR AL SHARIA,') && rows[2].includes(',Entity,AKA,'));
  const text = rows
    .join('\n')
    .replaceAll(',Entity,AKA,', ',constructor,constructor,')
    .replaceAll(',Entity,Prime Alias,', ',constructor,Prime Alias,');
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-hmt-')), 'types.csv');
  writeFileSync(path, text);
  const { targets, warnings } = await readAll(ukHmtCsv, [path]);
  assert.deepEqual(schemaCounts(targets), { LegalEntity: 1 });
  assert.ok(targets[0]!.get('alias').includes('ANSAR AL SHARIA'));
  assert.match(warnings.join('\n'), /Group Type "constructor" read as a legal entity/);
});

test('sniff takes the CSV list and no other list', () => {
  assert.ok(ukHmtCsv.sniff(readHead(FILE), 'ConList_2018-04-13.csv'));
  const others = [
    ['ofac', 'sdn.csv'],
    ['us_csl', 'csl_subset_2019.csv'],
    ['us_csl', 'consolidated_subset_2025.csv'],
    ['us_bis_dpl', 'dpl_2022-09.txt'],
    ['un', 'consolidated.xml'],
    ['excerpts', 'jaggeman__uk_sample.xml'],
    ['name_pairs', 'nomenklatura', 'cases.csv'],
    ['opensanctions_ftm', 'zavod_export_wikidata_peps_sample', 'targets.simple.csv'],
  ];
  for (const parts of others) {
    assert.equal(
      ukHmtCsv.sniff(readHead(testData(...parts)), parts.at(-1)!),
      false,
      parts.join('/'),
    );
  }
});
