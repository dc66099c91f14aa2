import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { EntityDraft } from '../../core/model/index.js';
import { readAll, testData } from '../../testing/data.js';
import {
  assertRejects,
  fixtureFolder,
  readUntilError as readUntilErrorOf,
} from '../../testing/fixtures.js';
import { SourceError } from '../io/index.js';
import { ukFcdoXml } from './index.js';

const ctx = { progress: () => {}, warn: () => {} };
const SAMPLE = testData('excerpts', 'GSmiguel__sample_uk_sanctions.xml');

const file = fixtureFolder('uk-fcdo');
const readUntilError = (path: string) => readUntilErrorOf(ukFcdoXml, path);
const rejects = (path: string, message: RegExp) => assertRejects(ukFcdoXml, path, message);

/** A designation with the given UniqueID, kind and name, and extra elements. */
function designation(id: string, kind: string, name: string, extra = ''): string {
  const uid = id ? `<UniqueID>${id}</UniqueID>` : '';
  return `<Designation>${uid}<Names><Name><Name6>${name}</Name6><NameType>Primary Name</NameType></Name></Names><IndividualEntityShip>${kind}</IndividualEntityShip>${extra}</Designation>\n`;
}

function list(...designations: string[]): string {
  return `<?xml version="1.0"?>\n<Designations>\n${designations.join('')}</Designations>\n`;
}

test('the excerpt with a record lacking its UniqueID: the four before it, then an error', async () => {
  const path = testData('excerpts', 'jaggeman__uk_sample.xml');
  const { drafts, error } = await readUntilError(path);
  assert.ok(error instanceof SourceError);
  assert.match(error.message, /jaggeman__uk_sample\.xml: line 351: Designation without a UniqueID/);
  const byId = new Map(drafts.map((d) => [d.id, d]));
  assert.deepEqual(
    drafts.filter((d) => d.isTarget).map((d) => `${d.id} ${d.schema.name}`),
    [
      'gb-fcdo-AFG0011 Person',
      'gb-fcdo-AQD0128 Person',
      'gb-fcdo-AQD0377 Organization',
      'gb-fcdo-DPR0075 Vessel',
    ],
  );
  const mansur = byId.get('gb-fcdo-AFG0011')!;
  // " D0009720" in the XML; 12/11/1967 given twice.
  assert.deepEqual(mansur.get('passportNumber'), ['D0009720', 'D0010442']);
  assert.deepEqual(mansur.get('birthDate'), ['1968', '1967-11-12']);
  const mazidih = byId.get('gb-fcdo-AQD0128')!;
  // NameType "Primary name", in lower case.
  assert.deepEqual(mazidih.get('name'), ['AKRAM TURKI HISHAN AL-MAZIDIH']);
  assert.deepEqual(mazidih.get('weakAlias'), ['Abu Akram', 'Abu Jarrah']);
  assert.deepEqual(mazidih.get('idNumber'), ['0075258']);
  const ktj = byId.get('gb-fcdo-AQD0377')!;
  assert.equal(ktj.values.find((v) => v.value === 'Катиба ат-Таухид валь-Джихад')?.lang, 'rus');
  assert.deepEqual(byId.get('gb-fcdo-DPR0075')?.get('buildDate'), ['2011']);
  assert.deepEqual(byId.get('gb-fcdo-DPR0075-sanction')?.get('authorityId'), ['DPR0075']);
});

test('parties named by UN reference or as parent company are linked when listed', async () => {
  const parent = designation(
    'XXX0001',
    'Entity',
    'Big Holding',
    '<UNReferenceNumber>QDe.001</UNReferenceNumber>',
  );
  const child = designation(
    'XXX0002',
    'Entity',
    'Small Company',
    '<OtherInformation>Owned by Big Holding (QDe.001).</OtherInformation><EntityDetails><Entity><ParentCompanies><ParentCompany>BIG HOLDING</ParentCompany><ParentCompany>Elsewhere Ltd</ParentCompany></ParentCompanies></Entity></EntityDetails>',
  );
  const { drafts, warnings } = await readAll(ukFcdoXml, [file('links.xml', list(child, parent))]);
  const links = drafts.filter((d) => d.schema.name === 'UnknownLink');
  assert.equal(links.length, 1);
  assert.deepEqual(links[0]?.get('subject'), ['gb-fcdo-XXX0002']);
  assert.deepEqual(links[0]?.get('object'), ['gb-fcdo-XXX0001']);
  assert.deepEqual(links[0]?.get('role'), ['Owned by Big Holding (QDe.001).', 'Parent company']);
  assert.deepEqual(warnings, ['1 cited parties are not designations of this list']);
});

test('a truncated list stops with the file and line', async () => {
  const text = readFileSync(SAMPLE, 'utf8');
  await rejects(file('cut.xml', text.slice(0, 5000)), /cut\.xml: line \d+: malformed XML/);
});

test('an empty file is refused', async () => {
  await rejects(file('empty.xml', ''), /empty\.xml: the file is empty/);
});

test('a DTD is refused', async () => {
  const xml = `<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<Designations>${designation('A1', 'Entity', '&e;')}</Designations>`;
  await rejects(file('dtd.xml', xml), /dtd\.xml: line 2: a DOCTYPE/);
});

test('a designation without UniqueID, kind or name is refused at its line', async () => {
  const ok = designation('A1', 'Entity', 'Fine');
  await rejects(
    file('noid.xml', list(ok, designation('', 'Entity', 'X'))),
    /noid\.xml: line 4: Designation without a UniqueID/,
  );
  await rejects(
    file('badid.xml', list(designation('A 1', 'Entity', 'X'))),
    /badid\.xml: line 3: .*malformed UniqueID "A 1"/,
  );
  await rejects(
    file('nokind.xml', list(designation('A1', '', 'X'))),
    /nokind\.xml: line 3: Designation A1 has no IndividualEntityShip/,
  );
  await rejects(
    file('noname.xml', list(designation('A1', 'Entity', ''))),
    /noname\.xml: line 3: Designation A1 has no name/,
  );
  await rejects(
    file('none.xml', '<Designations><DateGenerated>1</DateGenerated></Designations>'),
    /none\.xml: no Designation records/,
  );
});

test('an unknown kind is read as a legal entity, with a warning', async () => {
  const { targets, warnings } = await readAll(ukFcdoXml, [
    file('kind.xml', list(designation('A1', 'Aircraft', 'Plane'))),
  ]);
  assert.equal(targets[0]?.schema.name, 'LegalEntity');
  assert.match(warnings[0] ?? '', /kind\.xml: line 3: IndividualEntityShip "Aircraft"/);
});

test('a list the size of the real one (6,200 designations) streams through', async () => {
  const text = readFileSync(SAMPLE, 'utf8');
  const start = text.indexOf('<Designation>');
  const end = text.lastIndexOf('</Designation>') + '</Designation>'.length;
  const copies: string[] = [];
  for (let i = 0; i < 1240; i++) {
    copies.push(
      text
        .slice(start, end)
        .replace(/<UniqueID>(\w+)<\/UniqueID>/g, `<UniqueID>$1N${i}</UniqueID>`),
    );
  }
  const path = file('big.xml', text.slice(0, start) + copies.join('\n') + text.slice(end));
  const used = process.cpuUsage();
  let targets = 0;
  for await (const record of ukFcdoXml.read([path], ctx))
    if ((record as EntityDraft).isTarget) targets++;
  const { user, system } = process.cpuUsage(used);
  const ms = (user + system) / 1000;
  assert.equal(targets, 6200);
  assert.ok(ms < 10_000, `took ${Math.round(ms)} ms`);
});
