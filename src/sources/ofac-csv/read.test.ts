/** The record readers on the real files, and bad input stopping with the file and line. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readAll, testData } from '../../testing/data.js';
import { SourceError } from '../io/index.js';
import { ofacCsv } from './index.js';
import {
  field,
  readAddresses,
  readAliases,
  readComments,
  readPrimary,
  splitPrograms,
} from './read.js';

const none = () => {};

async function collect<T>(records: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of records) out.push(r);
  return out;
}

test('sdn.csv 2024-05-03: 14,965 records, nulls read as null, programs split', async () => {
  const records = await collect(readPrimary(testData('ofac', 'sdn.csv'), none));
  assert.equal(records.length, 14965);
  const first = records[0]!;
  // 36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,... ,-0- (and the 0x1A byte after the last line)
  assert.deepEqual(
    [first.line, first.entNum, first.name, first.type, first.programs, first.remarks],
    [1, '36', 'AEROCARIBBEAN AIRLINES', null, ['CUBA'], null],
  );
  const multi = records.find((r) => r.entNum === '15436')!;
  assert.deepEqual(multi.programs, ['SDGT', 'NPWMD', 'IFSR']);
  const vessel = records.find((r) => r.entNum === '15036')!;
  assert.deepEqual(
    [vessel.type, vessel.callSign, vessel.vesselType, vessel.tonnage, vessel.grossTonnage],
    ['vessel', 'T2EU4', 'Crude/Oil Products Tanker', '99,144', '56,068'],
  );
  assert.equal(records.at(-1)?.line, 14965);
});

test('the 2021-07-07 companion files: counts and an untrimmed continuation', async () => {
  const dir = testData('ofac', '2021-07-07_full_set');
  const addresses = await collect(readAddresses(join(dir, 'add.csv'), none));
  const aliases = await collect(readAliases(join(dir, 'alt.csv'), none));
  const comments = await collect(readComments(join(dir, 'sdn_comments.csv'), none));
  assert.deepEqual([addresses.length, aliases.length, comments.length], [13837, 11910, 5]);
  // 173,129,"Ibex House, The Minories","London EC3N 1DY","United Kingdom",-0-
  const ibex = addresses.find((a) => a.addNum === '129')!;
  assert.deepEqual(
    [ibex.entNum, ibex.street, ibex.cityStatePostal, ibex.country, ibex.remarks],
    ['173', 'Ibex House, The Minories', 'London EC3N 1DY', 'United Kingdom', null],
  );
  const counts = { aka: 0, fka: 0, nka: 0 };
  for (const a of aliases) counts[a.type]++;
  assert.deepEqual(counts, { aka: 11523, fka: 369, nka: 18 });
  // The continuation starts mid-word ("...'snowsjo" + "hn'; Linked To: LAZARUS GROUP.").
  assert.equal(comments.find((c) => c.entNum === '28263')?.text, "hn'; Linked To: LAZARUS GROUP.");
});

test('field and splitPrograms', () => {
  assert.equal(field('-0- '), null);
  assert.equal(field(' '), null);
  assert.equal(field('CUBA'), 'CUBA');
  assert.deepEqual(splitPrograms('IRAN] [SDGT] [IRGC] [IFSR'), ['IRAN', 'SDGT', 'IRGC', 'IFSR']);
  assert.deepEqual(splitPrograms(null), []);
});

const dir = mkdtempSync(join(tmpdir(), 'dossier-ofac-csv-'));
function write(name: string, text: string | Buffer): string {
  const sub = mkdtempSync(join(dir, 'case-'));
  const path = join(sub, name);
  writeFileSync(path, text);
  return path;
}
const OK = '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n';

async function rejects(files: string[], pattern: RegExp) {
  await assert.rejects(readAll(ofacCsv, files), (error: unknown) => {
    assert.ok(error instanceof SourceError, String(error));
    assert.match(error.message, pattern);
    return true;
  });
}

test('a truncated file names the file and line', async () => {
  const real = readFileSync(testData('ofac', 'sdn.csv'));
  // Cut inside the quoted remarks of line 3: the quote is never closed.
  const cut = real.subarray(0, real.indexOf("a.k.a. 'BNC'") + 5);
  await rejects([write('sdn.csv', cut)], /sdn\.csv: line 3: malformed CSV/);
  // Cut between fields of line 3: too few fields.
  const short = real.subarray(0, real.indexOf('"CUBA"', real.indexOf('306,')) + 6);
  await rejects([write('sdn.csv', short)], /sdn\.csv: line 3: expected 12 fields .* found 4/);
});

test('an empty file, and a file of another kind under an unusual name', async () => {
  await rejects([write('sdn.csv', '')], /sdn\.csv: the file is empty/);
  await rejects([write('list.csv', 'a,b\r\n1,2\r\n')], /list\.csv: line 1: not an OFAC legacy CSV/);
});

test('a record without a required field names the file and line', async () => {
  const noName = `${OK}173,-0- ,-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n`;
  await rejects([write('sdn.csv', noName)], /sdn\.csv: line 2: entry 173 has no SDN_Name/);
  const noNumber = `${OK}-0- ,"X",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n`;
  await rejects([write('sdn.csv', noNumber)], /sdn\.csv: line 2: ent_num "-0- " is not a number/);
  const badType = OK.replace('-0- ,"CUBA"', '"ship","CUBA"');
  await rejects(
    [write('sdn.csv', badType)],
    /sdn\.csv: line 1: entry 36 has an unknown SDN_Type "ship"/,
  );
  const sdn = write('sdn.csv', OK);
  const alt = write('alt.csv', '36,12,"aka",-0- ,-0- \r\n');
  await rejects([sdn, alt], /alt\.csv: line 1: entry 36 has no alt_name/);
  const altType = write('alt.csv', '36,12,"xyz","AERO-CARIBBEAN",-0- \r\n');
  await rejects([sdn, altType], /alt\.csv: line 1: alt_type "xyz" is not aka, fka or nka/);
});

test('a repeated entry, and companion files without their primary file', async () => {
  await rejects([write('sdn.csv', OK + OK)], /sdn\.csv: line 2: entry 36 appears again/);
  const add = write('add.csv', '36,25,-0- ,"Havana","Cuba",-0- \r\n');
  await rejects([add], /add\.csv: no primary file/);
});

test('companion records of entries not in the primary file are reported', async () => {
  const sdn = write('sdn.csv', OK);
  const add = write(
    'add.csv',
    '36,25,-0- ,"Havana","Cuba",-0- \r\n99,26,-0- ,"Lima","Peru",-0- \r\n',
  );
  const { targets, warnings, byId } = await readAll(ofacCsv, [sdn, add]);
  assert.equal(targets.length, 1);
  assert.deepEqual(byId.get('ofac-36')?.get('address'), ['Havana, Cuba']);
  assert.deepEqual(warnings, [
    'addresses of 1 ent_num(s) not in the primary file(s) were ignored (99)',
  ]);
});

test('a continuation of remarks that were not cut is joined, and reported', async () => {
  const sdn = write(
    'sdn.csv',
    OK.replace(/-0- \r\n$/, '"Gender Ma"\r\n').replace('-0- ,"CUBA"', '"individual","CUBA"'),
  );
  const comments = write('sdn_comments.csv', '36,"le."\r\n');
  const { byId, warnings } = await readAll(ofacCsv, [sdn, comments]);
  assert.deepEqual(byId.get('ofac-36')?.get('gender'), ['male']);
  assert.equal(warnings.length, 1);
  assert.match(
    warnings[0]!,
    /sdn\.csv: line 1 \(ofac-36\): the comments file continues remarks that were not cut/,
  );
});
