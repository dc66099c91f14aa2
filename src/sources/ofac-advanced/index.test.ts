import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import type { EntityDraft } from '../../core/model/index.js';
import { readAll, testData } from '../../testing/data.js';
import { readHead } from '../io/index.js';
import { ofacAdvanced } from './index.js';

const SAMPLE = testData('excerpts', 'GSmiguel__sample_sdn_advanced.xml');
const TEXT = readFileSync(SAMPLE, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'dossier-ofac-advanced-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The excerpt with one piece replaced, checking that the piece is there to replace. */
function variant(name: string, from: string, to: string): string {
  assert.ok(TEXT.includes(from), `the excerpt has no ${from}`);
  return file(name, TEXT.replace(from, to));
}

function get(byId: Map<string, EntityDraft>, id: string): EntityDraft {
  const draft = byId.get(id);
  assert.ok(draft, `no draft ${id}`);
  return draft;
}

function countBy(drafts: EntityDraft[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of drafts) counts[d.schema.name] = (counts[d.schema.name] ?? 0) + 1;
  return counts;
}

test('the four parties map to an airline, a person, a vessel and an aircraft', async () => {
  const { drafts, targets, byId, warnings } = await readAll(ofacAdvanced, [SAMPLE]);
  assert.deepEqual(countBy(targets), { Organization: 1, Person: 1, Vessel: 1, Airplane: 1 });
  assert.equal(countBy(drafts).Sanction, 4);
  assert.deepEqual(warnings, []);
  const airline = get(byId, 'ofac-36');
  assert.deepEqual(airline.get('name'), ['AEROCARIBBEAN AIRLINES']);
  assert.deepEqual(airline.get('alias'), ['AERO-CARIBBEAN']);
  assert.deepEqual(airline.get('address'), ['Havana, Cuba']);
  const sanction = get(byId, 'ofac-36-sanction');
  assert.deepEqual(sanction.get('program'), ['CUBA', 'SDN List']);
  assert.deepEqual(sanction.get('listingDate'), ['1986-12-10']);
  assert.deepEqual(sanction.get('authority'), ['Office of Foreign Assets Control']);
  assert.deepEqual(sanction.get('provisions'), ['Block']);
});

test('the person has Arabic-script names, birth date, place, nationality and gender', async () => {
  const { byId } = await readAll(ofacAdvanced, [SAMPLE]);
  const person = get(byId, 'ofac-2677');
  assert.deepEqual(person.get('name'), ['Al-Zomor, Abboud Abdul Latif Hassan']);
  const arabic = person.values.filter((v) => v.lang === 'ara');
  assert.deepEqual(
    arabic.map((v) => [v.prop, v.value]),
    [
      ['alias', 'الزمر عبود عبداللطيف حسن'],
      ['lastName', 'الزمر'],
      ['firstName', 'عبود عبداللطيف حسن'],
    ],
  );
  assert.ok(person.get('alias').includes('ZUMAR, Abbud'));
  assert.ok(person.get('alias').includes('El-Zomor, Aboud Abdul Latif Hasan'));
  assert.equal(person.get('alias').length, 6);
  assert.deepEqual(person.get('birthDate'), ['1947-04-19']);
  assert.deepEqual(person.get('birthPlace'), ['Nahia, Giza, Egypt']);
  assert.deepEqual(person.get('nationality'), ['eg']);
  assert.deepEqual(person.get('gender'), ['male']);
  const sanction = get(byId, 'ofac-2677-sanction');
  assert.deepEqual(sanction.get('reason'), ['Executive Order 13224 (Terrorism)']);
  assert.deepEqual(sanction.get('provisions'), [
    'Block',
    'Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by Executive Order 13886',
  ]);
});

test('the vessel and the aircraft keep their transport data and their named owner and operator', async () => {
  const { drafts, byId } = await readAll(ofacAdvanced, [SAMPLE]);
  const vessel = get(byId, 'ofac-4238');
  assert.deepEqual(vessel.get('callSign'), ['CL2192']);
  assert.deepEqual(vessel.get('flag'), ['cu']);
  assert.deepEqual(vessel.get('type'), ['Tug']);
  assert.deepEqual(vessel.get('grossRegisteredTonnage'), ['212']);
  const aircraft = get(byId, 'ofac-15432');
  assert.deepEqual(aircraft.get('name'), ['EP-GOL']);
  assert.deepEqual(aircraft.get('serialNumber'), ['8305', '1013409297']);
  assert.deepEqual(aircraft.get('model'), ['IL-76TD']);
  assert.deepEqual(aircraft.get('buildDate'), ['1991']);
  assert.equal(
    aircraft.values.find((v) => v.prop === 'buildDate')?.original,
    '1991-01-01/1991-12-31',
  );
  const owner = drafts.find((d) => d.schema.name === 'Ownership');
  assert.deepEqual(owner?.get('asset'), ['ofac-4238']);
  const ownerParty = get(byId, owner?.get('owner')[0] ?? '');
  assert.deepEqual(ownerParty.get('name'), ['Samir de Navegacion S.A.']);
  assert.equal(ownerParty.isTarget, false);
  const operated = drafts.find((d) => d.schema.name === 'UnknownLink');
  assert.deepEqual(operated?.get('object'), ['ofac-15432']);
  assert.deepEqual(operated?.get('role'), ['Aircraft Operator']);
  assert.deepEqual(get(byId, operated?.get('subject')[0] ?? '').get('name'), ['YAS AIR']);
});

const DATE = (y: number, m: number, d: number) =>
  `<From><Year>${y}</Year><Month>${m}</Month><Day>${d}</Day></From><To><Year>${y}</Year><Month>${m}</Month><Day>${d}</Day></To>`;
const DOCUMENTS = `<IDRegDocuments>
<IDRegDocument ID="900001" IDRegDocTypeID="1626" IdentityID="1663" ValidityID="1"><IDRegistrationNo>IMO 9999999</IDRegistrationNo></IDRegDocument>
<IDRegDocument ID="900002" IDRegDocTypeID="1571" IdentityID="4423" IssuedBy-CountryID="11082" ValidityID="2"><IDRegistrationNo>A1234567</IDRegistrationNo><IssuingAuthority>Cairo</IssuingAuthority><DocumentDate IDRegDocDateTypeID="1480"><DatePeriod><Start>${DATE(2001, 3, 4)}</Start><End>${DATE(2001, 3, 4)}</End></DatePeriod></DocumentDate></IDRegDocument>
</IDRegDocuments>`;
const RELATIONS = `<ProfileRelationships>
<ProfileRelationship ID="77" From-ProfileID="15432" To-ProfileID="2677" RelationTypeID="15002" Former="false" />
<ProfileRelationship ID="78" From-ProfileID="15432" To-ProfileID="99999" RelationTypeID="1555" Former="true" />
</ProfileRelationships>`;

test('documents and relationships point across the file (synthetic additions to the excerpt)', async () => {
  const path = variant('docs.xml', '<IDRegDocuments></IDRegDocuments>', DOCUMENTS);
  const withRelations = file(
    'rels.xml',
    readFileSync(path, 'utf8').replace('<ProfileRelationships />', RELATIONS),
  );
  const { byId, drafts, warnings } = await readAll(ofacAdvanced, [withRelations]);
  assert.deepEqual(get(byId, 'ofac-4238').get('imoNumber'), ['IMO9999999']);
  assert.deepEqual(get(byId, 'ofac-2677').get('passportNumber'), ['A1234567']);
  const passport = drafts.find((d) => d.schema.name === 'Passport');
  assert.deepEqual(passport?.get('holder'), ['ofac-2677']);
  assert.deepEqual(passport?.get('country'), ['eg']);
  assert.deepEqual(passport?.get('authority'), ['Cairo']);
  assert.deepEqual(passport?.get('startDate'), ['2001-03-04']);
  assert.deepEqual(passport?.get('description'), ['Fraudulent']);
  const link = drafts.find(
    (d) => d.schema.name === 'UnknownLink' && d.get('object')[0] === 'ofac-2677',
  );
  assert.deepEqual(link?.get('subject'), ['ofac-15432']);
  assert.deepEqual(link?.get('role'), ['Acting for or on behalf of']);
  assert.equal(warnings.length, 1);
  assert.match(
    warnings[0] ?? '',
    /rels\.xml: ProfileRelationship 78: profile 99999 is not a party of the file/,
  );
});

test('reference values that name members of Object.prototype are unknown values', async () => {
  const changes = [
    ['ScriptCode="Arab">Arabic<', 'ScriptCode="constructor">constructor<'],
    ['<NamePartType ID="1521">First Name<', '<NamePartType ID="1521">constructor<'],
    ['<LocPartType ID="1454">CITY<', '<LocPartType ID="1454">constructor<'],
  ];
  let text = TEXT;
  for (const [from, to] of changes) {
    assert.ok(text.includes(from!), from);
    text = text.replace(from!, to!);
  }
  const { byId } = await readAll(ofacAdvanced, [file('proto.xml', text)]);
  const person = get(byId, 'ofac-2677');
  // A script not known gives no language; a name part not known fills no property.
  assert.ok(person.get('alias').includes('الزمر عبود عبداللطيف حسن'));
  assert.deepEqual(
    person.values.filter((v) => v.lang !== undefined && v.lang !== null),
    [],
  );
  assert.deepEqual(person.get('firstName'), []);
  assert.deepEqual(person.get('name'), ['Al-Zomor, Abboud Abdul Latif Hassan']);
  // A location part not known is taken as the region.
  const address = get(byId, get(byId, 'ofac-36').get('addressEntity')[0]!);
  assert.deepEqual(address.get('region'), ['Havana']);
  assert.deepEqual(address.get('full'), ['Havana, Cuba']);
});

test('sniff takes the advanced XML and no other list', () => {
  assert.equal(ofacAdvanced.sniff(readHead(SAMPLE), basename(SAMPLE)), true);
  const others = [
    testData('un', 'consolidated.xml'),
    testData('excerpts', 'jaggeman__eu_sample.xml'),
    testData('excerpts', 'GSmiguel__sample_uk_sanctions.xml'),
    testData('excerpts', 'jaggeman__us_sample.xml'),
    testData('excerpts', 'jaggeman__ch_sample.xml'),
    testData('ofac', 'consolidated_non_sdn', 'consolidated_2018-04-06.xml'),
  ];
  for (const other of others)
    assert.equal(ofacAdvanced.sniff(readHead(other), basename(other)), false, other);
});

const lineOf = (text: string) => TEXT.slice(0, TEXT.indexOf(text)).split('\n').length;

test('malformed input names the file and the line or party', async () => {
  const cut = file('cut.xml', TEXT.slice(0, Math.floor(TEXT.length * 0.6)));
  await assert.rejects(readAll(ofacAdvanced, [cut]), /cut\.xml: line \d+: malformed XML/);
  const dtd = variant(
    'dtd.xml',
    '<Sanctions ',
    '<!DOCTYPE Sanctions [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Sanctions ',
  );
  await assert.rejects(readAll(ofacAdvanced, [dtd]), /dtd\.xml: line 2: a DOCTYPE/);
  const empty = file('empty.xml', '');
  await assert.rejects(readAll(ofacAdvanced, [empty]), /empty\.xml: the file is empty/);
  const noRef = variant('noref.xml', ' FixedRef="2677">', '>');
  const partyLine = lineOf(' FixedRef="2677">');
  await assert.rejects(
    readAll(ofacAdvanced, [noRef]),
    new RegExp(`noref\\.xml: line ${partyLine}: DistinctParty without FixedRef`),
  );
  const badType = variant('badtype.xml', 'PartySubTypeID="4"', 'PartySubTypeID="999"');
  await assert.rejects(
    readAll(ofacAdvanced, [badType]),
    new RegExp(`badtype\\.xml: DistinctParty 2677 \\(line ${partyLine}\\): PartySubTypeID 999`),
  );
  const noName = variant(
    'noname.xml',
    'AliasTypeID="1403" Primary="true"',
    'AliasTypeID="1400" Primary="false"',
  );
  await assert.rejects(
    readAll(ofacAdvanced, [noName]),
    /noname\.xml: DistinctParty 36 \(line \d+\): no primary name/,
  );
  const sdnList = testData('excerpts', 'jaggeman__us_sample.xml');
  await assert.rejects(readAll(ofacAdvanced, [sdnList]), /no ReferenceValueSets/);
});
