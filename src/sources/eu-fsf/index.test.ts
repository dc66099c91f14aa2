import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { EntityDraft } from '../../core/model/index.js';
import { readAll, testData } from '../../testing/data.js';
import { readHead, SourceError } from '../io/index.js';
import { euFsf } from './index.js';
import { languageCode } from './languages.js';

const JAGGEMAN = testData('excerpts', 'jaggeman__eu_sample.xml');
const GSMIGUEL = testData('excerpts', 'GSmiguel__sample_eu_fsf.xml');

function bySchema(drafts: EntityDraft[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of drafts) counts[d.schema.name] = (counts[d.schema.name] ?? 0) + 1;
  return counts;
}

function values(draft: EntityDraft | undefined, prop: string): string[] {
  assert.ok(draft, 'entity missing');
  return draft.get(prop);
}

test('the jaggeman excerpt: 4 targets, the nameless synthetic entry skipped with a warning', async () => {
  const { targets, drafts, warnings } = await readAll(euFsf, [JAGGEMAN]);
  assert.deepEqual(bySchema(targets), { Person: 2, Organization: 2 });
  assert.deepEqual(
    targets.map((t) => t.id),
    ['eu-fsf-13', 'eu-fsf-191', 'eu-fsf-980', 'eu-fsf-330'],
  );
  assert.deepEqual(bySchema(drafts), {
    Person: 2,
    Organization: 2,
    Sanction: 4,
    Passport: 1,
    Address: 13,
  });
  assert.equal(warnings.length, 1);
  assert.match(
    warnings[0]!,
    /jaggeman__eu_sample\.xml: line \d+: sanctionEntity 999999 has no name/,
  );
});

test('names, languages, birth and citizenship of a person (logicalId 13)', async () => {
  const { byId } = await readAll(euFsf, [JAGGEMAN]);
  const saddam = byId.get('eu-fsf-13');
  assert.deepEqual(values(saddam, 'name'), ['Saddam Hussein Al-Tikriti']);
  assert.deepEqual(values(saddam, 'alias'), ['Abu Ali', 'Abou Ali']);
  assert.equal(saddam?.values.find((v) => v.value === 'Abou Ali')?.lang, 'fra');
  assert.deepEqual(values(saddam, 'birthDate'), ['1937-04-28']);
  assert.deepEqual(values(saddam, 'birthPlace'), ['al-Awja, near Tikrit']);
  assert.deepEqual(values(saddam, 'citizenship'), ['iq']);
  assert.deepEqual(values(saddam, 'gender'), ['male']);
  assert.deepEqual(values(saddam, 'notes'), ['UNSC RESOLUTION 1483']);
  assert.deepEqual(values(saddam, 'topics'), ['sanction']);
  const sanction = byId.get('eu-fsf-13-sanction');
  assert.deepEqual(values(sanction, 'entity'), ['eu-fsf-13']);
  assert.deepEqual(values(sanction, 'authority'), ['European Union']);
  assert.deepEqual(values(sanction, 'authorityId'), ['EU.27.28']);
  assert.deepEqual(values(sanction, 'program'), ['IRQ']);
  assert.deepEqual(values(sanction, 'listingDate'), ['2003-07-08']);
  assert.deepEqual(values(sanction, 'provisions'), ['1210/2003 (OJ L169)']);
});

test('addresses and their contact details (logicalIds 980, 330)', async () => {
  const { byId } = await readAll(euFsf, [JAGGEMAN]);
  const grf = byId.get('eu-fsf-980');
  assert.equal(values(grf, 'addressEntity').length, 2);
  const full = '9935 South 76th Avenue, Unit 1, Bridgeview, Illinois, 60455, UNITED STATES';
  assert.ok(values(grf, 'address').includes(full));
  const address = byId.get(values(grf, 'addressEntity')[1]!);
  assert.deepEqual(values(address, 'full'), [full]);
  assert.deepEqual(values(address, 'street'), ['9935 South 76th Avenue, Unit 1']);
  assert.deepEqual(values(address, 'postalCode'), ['60455']);
  assert.deepEqual(values(address, 'country'), ['us']);
  const trust = byId.get('eu-fsf-330');
  assert.equal(values(trust, 'addressEntity').length, 11);
  assert.ok(values(trust, 'phone').includes('6623814'), 'the FAX number is a phone');
  assert.ok(values(trust, 'alias').includes('Организация за подпомагане на Ulema, Пакистан'));
  assert.equal(trust?.values.find((v) => v.value.startsWith('Организация'))?.lang, 'bul');
});

test('the GSmiguel excerpt: weak aliases, documents, UN IDs and year ranges', async () => {
  const { targets, byId } = await readAll(euFsf, [GSMIGUEL]);
  assert.deepEqual(bySchema(targets), { Person: 4, Organization: 1 });
  const asiri = byId.get('eu-fsf-6177');
  assert.deepEqual(values(asiri, 'name'), ['إبراهيم حسن طالع عسيري']);
  assert.equal(asiri?.values.find((v) => v.prop === 'name')?.lang, 'ara');
  assert.deepEqual(values(asiri, 'weakAlias'), ['Abu-Salaah', 'Abosslah', 'Abu Saleh']);
  assert.deepEqual(values(asiri, 'passportNumber'), ['F654645']);
  assert.deepEqual(values(asiri, 'idNumber'), ['1028745097']);
  const docs = [...byId.values()].filter((d) => d.get('holder').includes('eu-fsf-6177'));
  const pass = docs.find((d) => d.schema.name === 'Passport');
  assert.deepEqual(values(pass, 'number'), ['F654645']);
  assert.deepEqual(values(pass, 'startDate'), ['2005-04-30']);
  assert.deepEqual(values(pass, 'endDate'), ['2010-03-07']);
  assert.deepEqual(values(pass, 'country'), ['sa']);
  assert.deepEqual(values(byId.get('eu-fsf-6106-sanction'), 'unscId'), ['LYi.006']);
  assert.deepEqual(values(byId.get('eu-fsf-521'), 'birthDate'), ['1953', '1958']);
  assert.deepEqual(values(byId.get('eu-fsf-3822'), 'registrationNumber'), ['892']);
});

test('a language code that names a member of Object.prototype is no language', () => {
  assert.equal(languageCode('RU'), 'rus');
  assert.equal(languageCode('CONSTRUCTOR'), null);
  assert.equal(languageCode('__proto__'), null);
});

test('sniff: accepts FSF XML, rejects the other lists', () => {
  assert.ok(euFsf.sniff(readHead(JAGGEMAN), 'eu.xml'));
  assert.ok(euFsf.sniff(readHead(GSMIGUEL), 'eu.xml'));
  for (const other of [
    ['un', 'consolidated.xml'],
    ['excerpts', 'jaggeman__uk_sample.xml'],
    ['excerpts', 'jaggeman__ch_sample.xml'],
    ['excerpts', 'jaggeman__us_sample.xml'],
    ['ofac', 'sdn.csv'],
    ['us_csl', 'csl_subset_2019.csv'],
    ['opensanctions_ftm', 'yente_fixtures', 'entities.ftm.json'],
  ]) {
    assert.equal(euFsf.sniff(readHead(testData(...other)), 'x'), false, other.join('/'));
  }
});

const dir = mkdtempSync(join(tmpdir(), 'dossier-eu-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const HEAD = '<export xmlns="http://eu.europa.ec/fpi/fsd/export">\n';

test('bad input: empty, truncated, DTD, an entry without logicalId', async () => {
  await assert.rejects(readAll(euFsf, [file('empty.xml', '')]), /empty\.xml: the file is empty/);
  const cut = readFileSync(JAGGEMAN, 'utf8').slice(0, 9000);
  await assert.rejects(readAll(euFsf, [file('cut.xml', cut)]), (error: unknown) => {
    assert.ok(error instanceof SourceError);
    assert.match(error.message, /cut\.xml: line \d+: malformed XML/);
    return true;
  });
  const dtd = `<?xml version="1.0"?>\n<!DOCTYPE export [<!ENTITY x "y">]>\n${HEAD}</export>`;
  await assert.rejects(readAll(euFsf, [file('dtd.xml', dtd)]), /dtd\.xml: line 2: a DOCTYPE/);
  const noId = `${HEAD}<sanctionEntity euReferenceNumber="EU.1.1">\n<nameAlias wholeName="X"/>\n</sanctionEntity></export>`;
  await assert.rejects(
    readAll(euFsf, [file('noid.xml', noId)]),
    /noid\.xml: line 2: sanctionEntity without a logicalId/,
  );
});
