import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { testData } from '../../testing/data.js';
import {
  assertRejects,
  fixtureFolder,
  readUntilError as readUntilErrorOf,
} from '../../testing/fixtures.js';
import { SourceError } from '../io/index.js';
import { unSc } from './index.js';

const file = fixtureFolder('un');
const readUntilError = (path: string) => readUntilErrorOf(unSc, path);
const rejects = (path: string, message: RegExp) => assertRejects(unSc, path, message);

const HEAD = '<?xml version="1.0"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n';

test('a truncated list stops with the file and line', async () => {
  const full = readFileSync(testData('un', 'consolidated.xml'));
  await rejects(file('cut.xml', full.subarray(0, 100_000)), /cut\.xml: line \d+: malformed XML/);
});

test('an empty file is refused', async () => {
  await rejects(file('empty.xml', ''), /empty\.xml: the file is empty/);
});

test('a DTD is refused before any entity is expanded', async () => {
  const xml = `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&e;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`;
  await rejects(file('dtd.xml', xml), /dtd\.xml: line 2: a DOCTYPE/);
});

test('an entry without a DATAID stops the read at its line, after the entries before it', async () => {
  // The excerpt's third INDIVIDUAL (line 64) is a synthetic one with an empty <DATAID/>.
  const { drafts, error } = await readUntilError(testData('excerpts', 'jaggeman__un_sample.xml'));
  assert.ok(error instanceof SourceError);
  assert.match(error.message, /jaggeman__un_sample\.xml: line 64: INDIVIDUAL without a DATAID/);
  const ids = drafts.filter((d) => d.isTarget).map((d) => d.id);
  assert.deepEqual(ids, ['unsc-6907993', 'unsc-7000001']);
});

test('a DATAID that is not a number, or an entry without a name, is refused', async () => {
  const bad = `${HEAD}<INDIVIDUAL>\n<DATAID>12 34</DATAID><FIRST_NAME>A</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`;
  await rejects(
    file('id.xml', bad),
    /id\.xml: line 4: INDIVIDUAL has a DATAID that is not a number/,
  );
  const nameless = `${HEAD}<INDIVIDUAL>\n<DATAID>1234</DATAID></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`;
  await rejects(file('noname.xml', nameless), /noname\.xml: line 4: INDIVIDUAL 1234 has no name/);
});

test('a file without entries is not a UN list', async () => {
  await rejects(file('none.xml', '<list><item/></list>'), /none\.xml: no INDIVIDUAL or ENTITY/);
});

test('a minimal entry maps to a person and its sanction', async () => {
  const xml = `${HEAD}<INDIVIDUAL><DATAID>42</DATAID><FIRST_NAME>JOHN</FIRST_NAME><SECOND_NAME>DOE</SECOND_NAME><UN_LIST_TYPE>X</UN_LIST_TYPE><INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification Number</TYPE_OF_DOCUMENT><NUMBER>0035011785</NUMBER></INDIVIDUAL_DOCUMENT></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`;
  const { drafts, error } = await readUntilError(file('one.xml', xml));
  assert.equal(error, null);
  assert.deepEqual(
    drafts.map((d) => d.schema.name),
    ['Person', 'Sanction', 'Identification'],
  );
  assert.deepEqual(drafts[0]?.get('name'), ['JOHN DOE']);
  // Leading zeros are kept: numbers are text.
  assert.deepEqual(drafts[0]?.get('idNumber'), ['0035011785']);
});
