/**
 * Issue 12 in batch screening: hits carry their entity's exposure through ownership, computed on
 * the network's snapshot, in every output format, and a resumed run writes the same lines.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { type Dossier, openDossier } from '../dossier/index.js';
import { loadExposureNetwork, writeExposurePortfolio } from './exposure-fixture.js';
import { resumeScreen, screenFile } from './screen-service.js';

let dir: string;
let dossier: Dossier;
let input: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-screen-exposure-'));
  dossier = openDossier({ db: join(dir, 'e.db') });
  await loadExposureNetwork(dossier, dir);
  input = writeExposurePortfolio(join(dir, 'customers.csv'));
});
after(async () => {
  await dossier.close();
});

const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

test('a hit on a list entity owned 60% by a listed party carries its exposure in JSONL', async () => {
  const output = join(dir, 'hits.jsonl');
  await screenFile(await dossier.screeningDeps(), { input, output, actor: 't' });
  const hits = lines(output).filter((l) => 'entity_id' in l);
  const kestrel = hits.find((h) => h.entity_id === 'x-2');
  assert.equal(kestrel.key, 'C1');
  assert.deepEqual(kestrel.exposure.us, { exposed: true, status: 'exposed', share: 0.6 });
  assert.equal(kestrel.exposure.eu.status, 'exposed');
  assert.equal(kestrel.exposure.uk.exposed, true);
  const holding = hits.find((h) => h.entity_id === 'x-1');
  assert.equal(holding.exposure.us.status, 'listed');
  // Without the network the same run's hits have no exposure.
  const plain = join(dir, 'plain.jsonl');
  const { network: _, ...withoutNetwork } = await dossier.screeningDeps();
  await screenFile(withoutNetwork, { input, output: plain, actor: 't' });
  assert.ok(lines(plain).length >= 2);
  assert.ok(lines(plain).every((h) => !('exposure' in h)));
});

test('CSV and XLSX carry exposure as one last column; earlier columns stay where they were', async () => {
  const deps = await dossier.screeningDeps();
  const csvPath = join(dir, 'hits.csv');
  await screenFile(deps, { input, output: csvPath, actor: 't' });
  const csv = readFileSync(csvPath, 'utf8').trim().split('\r\n');
  assert.equal(
    csv[0],
    'row,key,entity_id,caption,score,explanations,datasets,exposure,row_exposure',
  );
  const kestrel = csv.find((l) => l.includes(',x-2,'))!;
  assert.ok(kestrel.startsWith('2,C1,x-2,'));
  assert.ok(kestrel.endsWith(',us:exposed 60%; eu:exposed 60%; uk:exposed 60%,'), kestrel);
  const xlsxPath = join(dir, 'hits.xlsx');
  await screenFile(deps, { input, output: xlsxPath, actor: 't' });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsxPath);
  const sheet = book.worksheets[0]!;
  assert.equal(sheet.getRow(1).getCell(8).value, 'exposure');
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
  const row = rows.find((r) => r.getCell(3).value === 'x-2')!;
  assert.equal(row.getCell(8).value, 'us:exposed 60%; eu:exposed 60%; uk:exposed 60%');
});

test('a resumed run whose hits file was lost writes it again from the stored hits, exposure too', async () => {
  const deps = await dossier.screeningDeps();
  const reference = join(dir, 'reference.jsonl');
  await screenFile(deps, { input, output: reference, actor: 't' });
  const output = join(dir, 'stopped.jsonl');
  const stop = () => {
    throw new Error('stopped on purpose');
  };
  await assert.rejects(
    screenFile(deps, { input, output, actor: 't' }, { batchSize: 1, onCommit: stop }),
    /stopped on purpose/,
  );
  const [stopped] = (await deps.repo.runs()).slice(-1);
  assert.equal(stopped?.cursor, 2);
  rmSync(output);
  const resumed = await resumeScreen(deps, stopped!.id, 't');
  assert.equal(resumed.run.status, 'finished');
  assert.equal(readFileSync(output, 'utf8'), readFileSync(reference, 'utf8'));
  assert.ok(lines(output).some((h) => h.exposure?.us.status === 'exposed'));
});
