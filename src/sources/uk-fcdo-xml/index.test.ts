import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { EntityDraft } from '../../core/model/index.js';
import { readAll, testData } from '../../testing/data.js';
import { readHead } from '../io/index.js';
import { ukFcdoXml } from './index.js';

const sample = readAll(ukFcdoXml, [testData('excerpts', 'GSmiguel__sample_uk_sanctions.xml')]);

function schemaCounts(drafts: EntityDraft[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of drafts) counts[d.schema.name] = (counts[d.schema.name] ?? 0) + 1;
  return counts;
}

async function draft(id: string): Promise<EntityDraft> {
  const found = (await sample).byId.get(id);
  assert.ok(found, `${id} not mapped`);
  return found;
}

test('five designations: two persons, two organisations, a ship', async () => {
  const { drafts, targets } = await sample;
  assert.deepEqual(schemaCounts(targets), { Organization: 2, Person: 2, Vessel: 1 });
  assert.deepEqual(
    targets.map((t) => t.id),
    ['gb-fcdo-AFG0001', 'gb-fcdo-AFG0006', 'gb-fcdo-BEL0107', 'gb-fcdo-DPR0075', 'gb-fcdo-AQD0195'],
  );
  assert.equal(schemaCounts(drafts).Sanction, 5);
  assert.ok(targets.every((t) => t.get('topics')[0] === 'sanction'));
});

test('AFG0006: names, titles, placeholder dates, documents, sanction', async () => {
  const person = await draft('gb-fcdo-AFG0006');
  assert.deepEqual(person.get('name'), ['MOHAMMAD HASSAN AKHUND']);
  // A "Primary Name Variation" and the name in Arabic script.
  assert.deepEqual(person.get('alias'), ['Mohammad Akhwand', 'محمد حسن آخوند']);
  assert.equal(person.values.find((v) => v.value === 'محمد حسن آخوند')?.lang, 'ara');
  assert.deepEqual(person.get('title'), ['Mullah', 'Haji']);
  // 12/05/1958, dd/mm/1945 and 1946.
  assert.deepEqual(person.get('birthDate'), ['1958-05-12', '1945', '1946']);
  assert.deepEqual(person.get('gender'), ['male']);
  assert.deepEqual(person.get('birthPlace'), ['Pashmul village, Panjwai District']);
  assert.deepEqual(person.get('passportNumber'), ['P04581926']);
  assert.deepEqual(person.get('idNumber'), ['2132370']);
  const sanction = await draft('gb-fcdo-AFG0006-sanction');
  assert.deepEqual(sanction.get('authority'), ['UK Foreign, Commonwealth and Development Office']);
  assert.deepEqual(sanction.get('authorityId'), ['AFG0006', '7172']);
  assert.deepEqual(sanction.get('unscId'), ['TAi.002']);
  assert.deepEqual(sanction.get('listingDate'), ['2001-01-25']);
  assert.deepEqual(sanction.get('provisions'), ['Asset freeze', 'Travel Ban']);
});

test('BEL0107: weak alias, registration, address, parents and reasons', async () => {
  const company = await draft('gb-fcdo-BEL0107');
  assert.deepEqual(company.get('weakAlias'), ['BNK']);
  assert.deepEqual(company.get('registrationNumber'), ['UK Company no. 06527449']);
  assert.deepEqual(company.get('legalForm'), ['Oil trading company']);
  assert.deepEqual(company.get('website'), ['http://www.belnaft.co.uk/']);
  assert.ok(company.get('notes').includes('Parent company: Belneftekhim'));
  const address = await draft(company.get('addressEntity')[0]!);
  assert.deepEqual(address.get('postalCode'), ['SM2 5DA']);
  assert.deepEqual(address.get('street'), ['Salatin House, 19 Cedar Road']);
  assert.deepEqual(address.get('country'), ['gb']);
  const sanction = await draft('gb-fcdo-BEL0107-sanction');
  assert.match(sanction.get('reason')[0] ?? '', /controlled by CJSC Belarusian Oil Company/);
});

test('DPR0075: a vessel with IMO number, flags and owner', async () => {
  const ship = await draft('gb-fcdo-DPR0075');
  assert.equal(ship.schema.name, 'Vessel');
  assert.deepEqual(ship.get('imoNumber'), ['IMO9562233']);
  assert.deepEqual(ship.get('flag'), ['km']);
  assert.deepEqual(ship.get('pastFlags'), ['in']);
  assert.deepEqual(ship.get('type'), ['Bulk Carrier']);
  assert.deepEqual(ship.get('tonnage'), ['7078']);
  assert.ok(ship.get('notes').includes('Current owner/operator: Global United Shipping India'));
});

test('AFG0001: contacts, two addresses, the Arabic-script name', async () => {
  const exchange = await draft('gb-fcdo-AFG0001');
  assert.deepEqual(exchange.get('phone'), ['0202104748']);
  assert.deepEqual(exchange.get('email'), ['helmand_exchange_msp@yahoo.com']);
  assert.deepEqual(exchange.get('country'), ['af', 'ae']);
  assert.deepEqual(exchange.get('address'), [
    'Ansari Market, 2nd Floor, Nimroz Province, Afghanistan',
    'Branch Office 14, Dubai, United Arab Emirates',
  ]);
});

test('an IndividualEntityShip that names a member of Object.prototype is a legal entity', async () => {
  const text = readFileSync(testData('excerpts', 'GSmiguel__sample_uk_sanctions.xml'), 'utf8');
  const kind = '<IndividualEntityShip>Entity</IndividualEntityShip>';
  assert.ok(text.includes(kind));
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-fcdo-')), 'kind.xml');
  writeFileSync(
    path,
    text.replace(kind, '<IndividualEntityShip>constructor</IndividualEntityShip>'),
  );
  const { targets, warnings } = await readAll(ukFcdoXml, [path]);
  assert.deepEqual(schemaCounts(targets), {
    LegalEntity: 1,
    Organization: 1,
    Person: 2,
    Vessel: 1,
  });
  assert.match(warnings.join('\n'), /IndividualEntityShip "constructor" read as a legal entity/);
});

test('sniff takes the UK Sanctions List and no other list', () => {
  for (const name of ['GSmiguel__sample_uk_sanctions.xml', 'jaggeman__uk_sample.xml']) {
    assert.ok(ukFcdoXml.sniff(readHead(testData('excerpts', name)), name));
  }
  const others = [
    ['un', 'consolidated.xml'],
    ['ofac', 'sdn.csv'],
    ['ofac', 'consolidated_non_sdn', 'consolidated_2018-04-06.xml'],
    ['excerpts', 'jaggeman__us_sample.xml'],
    ['excerpts', 'GSmiguel__sample_sdn_advanced.xml'],
    ['excerpts', 'jaggeman__eu_sample.xml'],
    ['excerpts', 'GSmiguel__sample_eu_fsf.xml'],
    ['excerpts', 'jaggeman__ch_sample.xml'],
    ['uk_ofsi', 'ConList_2018-04-13.csv'],
  ];
  for (const parts of others) {
    assert.equal(
      ukFcdoXml.sniff(readHead(testData(...parts)), parts.at(-1)!),
      false,
      parts.join('/'),
    );
  }
});
