import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { testData } from '../../testing/data.js';
import { readSdnList, type SdnEntry, type SdnRecord } from './read.js';

const CONSOLIDATED = testData('ofac', 'consolidated_non_sdn', 'consolidated_2018-04-06.xml');
const dir = mkdtempSync(join(tmpdir(), 'dossier-ofac-xml-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function collect(path: string): Promise<SdnRecord[]> {
  const out: SdnRecord[] = [];
  for await (const record of readSdnList(path, () => {})) out.push(record);
  return out;
}

const entries = (records: SdnRecord[]) =>
  records.flatMap((r) => ('entry' in r ? [r.entry] : [])) as SdnEntry[];

test('reads every sdnEntry of the consolidated list and its publication data', async () => {
  const records = await collect(CONSOLIDATED);
  const all = entries(records);
  assert.equal(all.length, 639);
  const text = readFileSync(CONSOLIDATED, 'utf8');
  assert.equal(all.length, text.split('<sdnEntry>').length - 1);
  const publication = records.find((r) => 'publication' in r);
  assert.deepEqual(publication, { publication: { publishDate: '04/06/2018', recordCount: 639 } });
  const akas = all.reduce((n, e) => n + e.akas.length, 0);
  assert.equal(akas, 1255);
  const ghalebani = all.find((e) => e.uid === '15960');
  assert.ok(ghalebani);
  assert.equal(ghalebani.firstName, 'Ahmad');
  assert.equal(ghalebani.lastName, 'GHALEBANI');
  assert.equal(ghalebani.sdnType, 'Individual');
  assert.deepEqual(ghalebani.birthDates, [{ value: '01 Jan 1953 to 31 Dec 1954', main: true }]);
  assert.deepEqual(ghalebani.ids[0], {
    type: 'Passport',
    number: 'H20676140',
    country: 'Iran',
    issueDate: null,
    expirationDate: null,
  });
  const shona = all.find((e) => e.uid === '15036');
  assert.equal(shona?.vessel?.callSign, 'T2EU4');
  assert.equal(shona?.vessel?.tonnage, '99144');
  assert.deepEqual(
    shona?.akas.map((a) => [a.type, a.lastName]),
    [
      ['f.k.a.', 'ABADAN'],
      ['f.k.a.', 'ALPHA'],
    ],
  );
});

const ENTRY = (body: string) =>
  `<?xml version="1.0"?>\n<sdnList xmlns="http://tempuri.org/sdnList.xsd">\n<sdnEntry>\n${body}\n</sdnEntry>\n</sdnList>\n`;

test('an entry without uid, name or a known type names the file and line', async () => {
  await assert.rejects(
    collect(file('nouid.xml', ENTRY('<lastName>X</lastName><sdnType>Entity</sdnType>'))),
    /nouid\.xml: line 3: sdnEntry without <uid>/,
  );
  await assert.rejects(
    collect(file('noname.xml', ENTRY('<uid>7</uid><sdnType>Entity</sdnType>'))),
    /noname\.xml: sdnEntry 7 \(line 3\): no <lastName>/,
  );
  await assert.rejects(
    collect(file('notype.xml', ENTRY('<uid>7</uid><lastName>X</lastName><sdnType>Ship</sdnType>'))),
    /notype\.xml: sdnEntry 7 \(line 3\): unknown <sdnType> "Ship"/,
  );
});

test('truncated XML and a DOCTYPE with an entity are refused with file and line', async () => {
  const real = readFileSync(CONSOLIDATED, 'utf8');
  const cut = file('cut.xml', real.slice(0, Math.floor(real.length / 2)));
  await assert.rejects(collect(cut), /cut\.xml: line \d+: malformed XML/);
  const dtd = file(
    'dtd.xml',
    '<?xml version="1.0"?>\n<!DOCTYPE sdnList [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<sdnList><sdnEntry><uid>1</uid><lastName>&x;</lastName><sdnType>Entity</sdnType></sdnEntry></sdnList>',
  );
  await assert.rejects(collect(dtd), /dtd\.xml: line 2: a DOCTYPE/);
});
