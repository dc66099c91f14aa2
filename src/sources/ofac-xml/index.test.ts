import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import type { EntityDraft } from '../../core/model/index.js';
import { readAll, testData } from '../../testing/data.js';
import { readHead } from '../io/index.js';
import { ofacXml } from './index.js';

const CONSOLIDATED = testData('ofac', 'consolidated_non_sdn', 'consolidated_2018-04-06.xml');
const SAMPLE = testData('excerpts', 'jaggeman__us_sample.xml');

function countBy(drafts: EntityDraft[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of drafts) counts[d.schema.name] = (counts[d.schema.name] ?? 0) + 1;
  return counts;
}

function get(byId: Map<string, EntityDraft>, id: string): EntityDraft {
  const draft = byId.get(id);
  assert.ok(draft, `no draft ${id}`);
  return draft;
}

test('the consolidated list maps to 639 targets with their sanctions and derived entities', async () => {
  const started = performance.now();
  const { drafts, targets, warnings } = await readAll(ofacXml, [CONSOLIDATED]);
  assert.ok(performance.now() - started < 5000);
  assert.deepEqual(countBy(targets), { Organization: 471, Person: 94, Vessel: 74 });
  const all = countBy(drafts);
  assert.equal(all.Sanction, 639);
  assert.equal(all.Address, 700);
  assert.equal(all.Identification, 605);
  assert.equal(all.Passport, 14);
  // 365 "(Linked To: ...)" remarks, each resolved to an entry of the file.
  assert.equal(all.UnknownLink, 365);
  assert.equal(all.Ownership, 5);
  assert.deepEqual(warnings, []);
});

test('values keep their meaning and their source text', async () => {
  const { byId } = await readAll(ofacXml, [CONSOLIDATED]);
  const gazprom = get(byId, 'ofac-17250');
  assert.deepEqual(gazprom.get('name'), ['OPEN JOINT STOCK COMPANY GAZPROM']);
  assert.deepEqual(gazprom.get('alias'), ['OAO GAZPROM', 'GAZPROM OAO']);
  assert.deepEqual(gazprom.get('innCode'), ['7736050003']);
  assert.deepEqual(gazprom.get('ogrnCode'), ['1027700070518']);
  assert.deepEqual(gazprom.get('okpoCode'), ['00040778']);
  assert.deepEqual(gazprom.get('website'), ['http://www.gazprom.ru']);
  assert.deepEqual(get(byId, 'ofac-17250-sanction').get('provisions'), [
    'Executive Order 13662 Directive Determination - Subject to Directive 4',
  ]);
  const person = get(byId, 'ofac-15960');
  assert.deepEqual(person.get('name'), ['GHALEBANI, Ahmad']);
  assert.deepEqual(person.get('firstName'), ['Ahmad']);
  assert.deepEqual(person.get('birthDate'), ['1953', '1954']);
  assert.equal(
    person.values.find((v) => v.prop === 'birthDate')?.original,
    '01 Jan 1953 to 31 Dec 1954',
  );
  assert.deepEqual(person.get('passportNumber'), ['H20676140']);
  const passport = [...byId.values()].find(
    (d) => d.schema.name === 'Passport' && d.get('holder')[0] === person.id,
  );
  assert.deepEqual(passport?.get('country'), ['ir']);
  const shona = get(byId, 'ofac-15036');
  assert.deepEqual(shona.get('previousName'), ['ABADAN', 'ALPHA']);
  assert.deepEqual(shona.get('imoNumber'), ['IMO9187629']);
  assert.deepEqual(shona.get('mmsi'), ['572469210']);
  assert.deepEqual(shona.get('pastFlags'), ['mt', 'tv']);
  assert.deepEqual(shona.get('flag'), ['tz']);
  assert.deepEqual(get(byId, 'ofac-15036-sanction').get('program'), ['IRAN']);
});

test('links by name resolve within the file, parentheses in names included', async () => {
  const { drafts, byId } = await readAll(ofacXml, [CONSOLIDATED]);
  const links = drafts.filter((d) => d.schema.name === 'UnknownLink');
  const shona = links.find((l) => l.get('subject')[0] === 'ofac-15036');
  // NATIONAL IRANIAN TANKER COMPANY is 15117's name and an alias of 15119: the name wins.
  assert.deepEqual(shona?.get('object'), ['ofac-15117']);
  assert.deepEqual(shona?.get('role'), ['Linked To']);
  const nioc = [...byId.values()].find(
    (d) => d.get('name')[0] === 'NIOC INTERNATIONAL AFFAIRS (LONDON) LIMITED',
  );
  assert.ok(nioc);
  assert.ok(links.some((l) => l.get('object')[0] === nioc.id));
  const owned = drafts.filter((d) => d.schema.name === 'Ownership');
  // The vessels' owner "NITC" is an alias of 15117 only.
  assert.ok(owned.every((o) => o.get('owner')[0] === 'ofac-15117'));
});

test('the SDN.XML excerpt maps its five entries', async () => {
  const { targets, byId } = await readAll(ofacXml, [SAMPLE]);
  assert.deepEqual(countBy(targets), { Organization: 1, Person: 3, Vessel: 1 });
  const ibrahim = get(byId, 'ofac-9758');
  assert.deepEqual(ibrahim.get('nationality'), ['in']);
  assert.deepEqual(ibrahim.get('citizenship'), ['in', 'pk', 'ae']);
  assert.deepEqual(ibrahim.get('birthPlace'), ['Ratnagiri, Maharashtra, India']);
  assert.deepEqual(ibrahim.get('program'), ['SDNTK', 'SDGT']);
  assert.deepEqual(ibrahim.get('address'), ['617 CP Berar Society, Block 7-8, Karachi, Pakistan']);
  const abbas = get(byId, 'ofac-2674');
  assert.deepEqual(abbas.get('position'), [
    'Director of PALESTINE LIBERATION FRONT - ABU ABBAS FACTION',
  ]);
  assert.deepEqual(abbas.get('birthDate'), ['1948-12-10']);
  assert.deepEqual(get(byId, 'ofac-2674-sanction').get('provisions'), [
    'Secondary sanctions risk: section 1(b) of Executive Order 13224',
  ]);
  assert.deepEqual(get(byId, 'ofac-4238').get('callSign'), ['CL2192']);
});

test('sniff takes sdnList files and no other list', () => {
  assert.equal(ofacXml.sniff(readHead(CONSOLIDATED), basename(CONSOLIDATED)), true);
  assert.equal(ofacXml.sniff(readHead(SAMPLE), basename(SAMPLE)), true);
  const others = [
    testData('un', 'consolidated.xml'),
    testData('excerpts', 'jaggeman__eu_sample.xml'),
    testData('excerpts', 'jaggeman__uk_sample.xml'),
    testData('excerpts', 'GSmiguel__sample_sdn_advanced.xml'),
    testData('excerpts', 'jaggeman__ch_sample.xml'),
    testData('ofac', 'sdn.csv'),
  ];
  for (const other of others)
    assert.equal(ofacXml.sniff(readHead(other), basename(other)), false, other);
});

test('an empty file or a file of another list is an error naming it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ofac-xml-'));
  const empty = join(dir, 'empty.xml');
  writeFileSync(empty, '');
  await assert.rejects(readAll(ofacXml, [empty]), /empty\.xml: the file is empty/);
  const un = testData('excerpts', 'jaggeman__un_sample.xml');
  await assert.rejects(readAll(ofacXml, [un]), /jaggeman__un_sample\.xml: no <sdnEntry>/);
});
