import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { EntityDraft } from '../../core/model/index.js';
import { readAll, testData } from '../../testing/data.js';
import { readHead } from '../io/index.js';
import { unSc } from './index.js';

type Result = Awaited<ReturnType<typeof readAll>>;

const current = readAll(unSc, [testData('un', 'consolidated.xml')]);

function schemaCounts(drafts: EntityDraft[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of drafts) counts[d.schema.name] = (counts[d.schema.name] ?? 0) + 1;
  return counts;
}

/** The party whose Sanction carries this UN reference. */
function byRef(result: Result, ref: string): EntityDraft {
  const sanction = result.drafts.find(
    (d) => d.schema.name === 'Sanction' && d.get('unscId')[0] === ref,
  );
  assert.ok(sanction, `no sanction for ${ref}`);
  const target = result.byId.get(sanction.get('entity')[0]!);
  assert.ok(target, `no party for ${ref}`);
  return target;
}

function langOf(draft: EntityDraft, prop: string, value: string): string | null | undefined {
  return draft.values.find((v) => v.prop === prop && v.value === value)?.lang;
}

test('the 2026 list gives 1,003 parties: 730 persons and 273 organisations', async () => {
  const result = await current;
  assert.deepEqual(schemaCounts(result.targets), { Person: 730, Organization: 273 });
  const all = schemaCounts(result.drafts);
  assert.equal(all.Sanction, 1003);
  assert.equal(new Set(result.drafts.map((d) => d.id)).size, result.drafts.length);
  assert.ok(
    result.targets.every((t) => /^unsc-\d+$/.test(t.id) && t.get('topics')[0] === 'sanction'),
  );
  assert.ok(result.targets.every((t) => result.byId.has(`${t.id}-sanction`)));
  assert.deepEqual(all, {
    Person: 730,
    Organization: 273,
    Sanction: 1003,
    Address: 503,
    Passport: 318,
    Identification: 147,
    UnknownLink: 506,
  });
});

test('KPi.033 (RI WON HO): birth date, passport, nationality, position, sanction', async () => {
  const result = await current;
  const person = byRef(result, 'KPi.033');
  assert.equal(person.id, 'unsc-6908555');
  assert.deepEqual(person.get('name'), ['RI WON HO']);
  assert.deepEqual(person.get('birthDate'), ['1964-07-17']);
  // The XML writes the number with a leading space: " 381310014".
  assert.deepEqual(person.get('passportNumber'), ['381310014']);
  assert.deepEqual(person.get('nationality'), ['kp']);
  assert.deepEqual(person.get('position'), ['DPRK Ministry of State Security Official']);
  const sanction = result.byId.get('unsc-6908555-sanction')!;
  assert.deepEqual(sanction.get('authority'), ['United Nations Security Council']);
  assert.deepEqual(sanction.get('program'), ['DPRK']);
  assert.deepEqual(sanction.get('listingDate'), ['2016-11-30']);
  const passport = result.drafts.find(
    (d) => d.schema.name === 'Passport' && d.get('holder')[0] === person.id,
  );
  assert.deepEqual(passport?.get('number'), ['381310014']);
});

test('QDi.314: aliases, Arabic name, birth-year range, addresses and cited entries', async () => {
  const result = await current;
  const person = byRef(result, 'QDi.314');
  assert.deepEqual(person.get('alias'), [
    'Ahmed el Tilemsi',
    'Abderrahmane Ould el Amar Ould Sidahmed Loukbeiti',
    'Ahmad Ould Amar',
    'عبد الرحمن ولد العامر',
  ]);
  assert.equal(langOf(person, 'alias', 'عبد الرحمن ولد العامر'), 'ara');
  // BETWEEN 1977 and 1982.
  assert.deepEqual(person.get('birthDate'), ['1977', '1978', '1979', '1980', '1981', '1982']);
  assert.deepEqual(person.get('birthPlace'), ['Tabankort, Mali']);
  assert.ok(person.get('address').includes('Gao, Mali'));
  const associate = byRef(result, 'QDi.136');
  const link = result.drafts.find(
    (d) => d.schema.name === 'UnknownLink' && d.get('object')[0] === associate.id,
  );
  assert.deepEqual(link?.get('subject'), [person.id]);
  assert.deepEqual(link?.get('role'), ['Associated with Mokhtar Belmokhtar (QDi.136).']);
});

test('alias qualities: Low is a weak alias, f.k.a. a previous name; scripts give languages', async () => {
  const result = await current;
  const gaston = byRef(result, 'CDi.003');
  assert.ok(gaston.get('weakAlias').includes('Rumuli'));
  assert.ok(gaston.get('alias').includes('Byiringiro Victor Rumuli'));
  assert.deepEqual(byRef(result, 'IQe.200').get('previousName'), ['LOGARCHEO AG']);
  const umarov = byRef(result, 'QDi.290');
  assert.equal(langOf(umarov, 'alias', 'Умаров Доку Хаматович'), 'rus');
  const changAn = byRef(result, 'KPe.055');
  assert.equal(langOf(changAn, 'alias', '長安海連技術有限公司'), 'zho');
});

test('an entity with a street address, and dates written with a time zone', async () => {
  const result = await current;
  const cagl = byRef(result, 'CDe.003');
  assert.equal(cagl.schema.name, 'Organization');
  assert.deepEqual(cagl.get('alias'), ['CAGL']);
  assert.deepEqual(cagl.get('country'), ['cd', 'rw']);
  const full = 'Avenue Président Mobutu, Goma, Democratic Republic of the Congo';
  assert.ok(cagl.get('address').includes(full));
  const address = cagl.get('addressEntity').map((id) => result.byId.get(id)!);
  const mobutu = address.find((a) => a.get('full')[0] === full);
  assert.deepEqual(mobutu?.get('street'), ['Avenue Président Mobutu']);
  assert.deepEqual(mobutu?.get('city'), ['Goma']);
  assert.equal(mobutu?.isTarget, false);
  // LISTED_ON is "2015-07-01-04:00" in the XML.
  const riak = byRef(result, 'SSi.001');
  assert.deepEqual(result.byId.get(`${riak.id}-sanction`)?.get('listingDate'), ['2015-07-01']);
});

test('a document whose number is only in its note', async () => {
  const result = await current;
  const tantoush = byRef(result, 'QDi.057');
  assert.ok(tantoush.get('passportNumber').includes('347834'));
  const value = tantoush.values.find((v) => v.prop === 'passportNumber' && v.value === '347834');
  assert.match(value?.original ?? '', /^Libyan passport number 347834, issued under name/);
});

test('an alias QUALITY that names a member of Object.prototype is read as an alias', async () => {
  const sample = testData('excerpts', 'GSmiguel__sample_un_consolidated.xml');
  const text = readFileSync(sample, 'utf8');
  const good = '<QUALITY>Good</QUALITY>';
  assert.ok(text.includes(good));
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-un-')), 'quality.xml');
  writeFileSync(path, text.replace(good, '<QUALITY>constructor</QUALITY>'));
  const result = await readAll(unSc, [path]);
  const alias = '‘Abd al-Rahman Khalaf al-Anizi';
  assert.ok(result.targets.some((t) => t.get('alias').includes(alias)));
});

test('the 2018 list: 703 persons and 390 organisations; a Tigrinya name', async () => {
  const result = await readAll(unSc, [testData('un', 'history', 'consolidated_2018-10-29.xml')]);
  assert.deepEqual(schemaCounts(result.targets), { Person: 703, Organization: 390 });
  const person = byRef(result, 'LYi.022');
  assert.equal(langOf(person, 'alias', 'ፍትዊ ዓብዱረዛቕ'), 'tir');
  // GENDER "Unknown" is the list's blank.
  assert.deepEqual(byRef(result, 'KPi.043').get('gender'), []);
});

test('an excerpt cut by another project reads too', async () => {
  const result = await readAll(unSc, [
    testData('excerpts', 'GSmiguel__sample_un_consolidated.xml'),
  ]);
  assert.deepEqual(schemaCounts(result.targets), { Person: 4, Organization: 3 });
  assert.deepEqual(byRef(result, 'QDi.335').get('birthDate'), ['1973-03-06']);
});

test('sniff takes UN files and no other list', () => {
  const own = [
    ['un', 'consolidated.xml'],
    ['un', 'history', 'consolidated_2018-10-29.xml'],
    ['excerpts', 'jaggeman__un_sample.xml'],
    ['excerpts', 'GSmiguel__sample_un_consolidated.xml'],
  ];
  for (const parts of own) assert.ok(unSc.sniff(readHead(testData(...parts)), parts.at(-1)!));
  const others = [
    ['ofac', 'sdn.csv'],
    ['ofac', 'consolidated_non_sdn', 'consolidated_2018-04-06.xml'],
    ['excerpts', 'jaggeman__us_sample.xml'],
    ['excerpts', 'GSmiguel__sample_sdn_advanced.xml'],
    ['excerpts', 'jaggeman__eu_sample.xml'],
    ['excerpts', 'jaggeman__uk_sample.xml'],
    ['excerpts', 'jaggeman__ch_sample.xml'],
    ['uk_ofsi', 'ConList_2018-04-13.csv'],
  ];
  for (const parts of others) {
    assert.equal(unSc.sniff(readHead(testData(...parts)), parts.at(-1)!), false, parts.join('/'));
  }
});
