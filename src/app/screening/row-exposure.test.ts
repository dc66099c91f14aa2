/**
 * Issue 12: a batch row whose own party is a node of the ownership graph is flagged on its own
 * line (`row_exposure`), never as a name hit: found by the row's ID, by an identifier, or by its
 * exact name with the same country; and a run that cannot check rows says so in its notes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { csvLine } from '../../core/screening/index.js';
import { collect } from '../../testing/wait.js';
import { openDossier } from '../dossier/index.js';
import { ingest } from '../ingest.js';
import { loadExposureNetwork, writeExposurePortfolio } from './exposure-fixture.js';
import { NO_NETWORK_NOTE, NO_OWNERSHIP_NOTE } from './exposure.js';
import { screenFile } from './screen-service.js';

const jsonLines = (path: string) =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

test('a customer no list names, owned through a 60%-owned company, is flagged by its ID on a line of its own', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-row-exposure-'));
  const dossier = openDossier({ db: join(dir, 'r.db') });
  await loadExposureNetwork(dossier, dir);
  const input = writeExposurePortfolio(join(dir, 'customers.csv'));
  const deps = await dossier.screeningDeps();
  const output = join(dir, 'results.jsonl');
  const report = join(dir, 'report.html');
  const { run, notes } = await screenFile(deps, { input, output, report, actor: 't' });
  assert.deepEqual(notes, []);
  const lines = jsonLines(output);
  const own = lines.filter((l) => 'row_exposure' in l);
  assert.equal(own.length, 1);
  const flagged = own[0];
  // Row 4 is "Quiet Customer", ID cust-9: no name hit, and no entity_id or score on its line.
  assert.deepEqual(Object.keys(flagged), ['row', 'key', 'row_exposure']);
  assert.equal(flagged.row, 4);
  assert.equal(flagged.key, 'cust-9');
  assert.equal(flagged.row_exposure.node, 'cust-9');
  assert.equal(flagged.row_exposure.resolved_by, 'id');
  assert.deepEqual(flagged.row_exposure.exposure.us, {
    exposed: true,
    status: 'exposed',
    share: 1,
  });
  assert.deepEqual(flagged.row_exposure.chains.us, [
    {
      nodes: ['n-1', 'n-2', 'cust-9'],
      captions: ['Listed Holding', 'Kestrel', 'Quiet Customer'],
      edges: [
        { id: 'e1', share: 60 },
        { id: 'e2', share: 100 },
      ],
    },
  ]);
  assert.ok(!lines.some((l) => l.row === 4 && 'entity_id' in l), 'no fake name hit');
  // Stored with the row, apart from the hits: the run's hit count is the name hits only.
  const stored = await collect(deps.repo.exposedRows(run.id));
  assert.deepEqual(
    stored.map((r) => [r.row, r.node]),
    [[4, 'cust-9']],
  );
  assert.equal(run.hits, lines.length - 1);
  // The report lists it as exposed, not among the rows without hits.
  const html = readFileSync(report, 'utf8');
  const exposedPart = html.slice(html.indexOf('Rows exposed through ownership'));
  assert.match(
    exposedPart.slice(0, exposedPart.indexOf('Rows without hits')),
    /Quiet Customer \(cust-9\)/,
  );
  assert.doesNotMatch(html.slice(html.lastIndexOf('Rows without hits')), /cust-9/);

  const csvPath = join(dir, 'results.csv');
  await screenFile(deps, { input, output: csvPath, actor: 't' });
  const csv = readFileSync(csvPath, 'utf8').trim().split('\r\n');
  assert.ok(csv[0]!.endsWith(',exposure,row_exposure'));
  assert.equal(
    csv.at(-1),
    '4,cust-9,,,,,,,"us:exposed 100%; eu:exposed 100%; uk:exposed 100% via Listed Holding > ' +
      'Kestrel > Quiet Customer (node cust-9, by id)"',
  );
  const xlsxPath = join(dir, 'results.xlsx');
  await screenFile(deps, { input, output: xlsxPath, actor: 't' });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsxPath);
  const sheet = book.worksheets[0]!;
  assert.equal(sheet.getRow(1).getCell(9).value, 'row_exposure');
  const last = sheet.getRow(sheet.rowCount);
  assert.deepEqual([last.getCell(1).value, last.getCell(3).value], [4, null]);
  assert.match(String(last.getCell(9).value), /^us:exposed 100%.* \(node cust-9, by id\)$/);
  await dossier.close();
});

test('a row is found by an identifier, or by its exact name in the same country; not by name elsewhere', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-row-exposure-ids-'));
  const dossier = openDossier({ db: join(dir, 'r.db') });
  const list = [
    { id: 'y-1', schema: 'Company', properties: { name: ['Holding Y'], topics: ['sanction'] } },
    {
      id: 'y-2',
      schema: 'Company',
      properties: { name: ['Northwind Components LLC'], country: ['ru'], innCode: ['7701234560'] },
    },
  ];
  const file = join(dir, 'list.ftm.json');
  writeFileSync(file, list.map((e) => JSON.stringify(e)).join('\n'));
  await ingest(dossier.lists, { files: [file], dataset: 'ylist', format: 'ftm' });
  const provenance = { kind: 'statement' as const, dataset: 'registry', statementId: 's1' };
  await dossier.graph.upsert({
    nodes: [
      { id: 'n-y1', schema: 'Company', caption: 'Holding Y', dataset: 'ylist', entityId: 'y-1' },
      { id: 'n-y2', schema: 'Company', caption: 'Northwind', dataset: 'ylist', entityId: 'y-2' },
    ],
    edges: [
      { id: 'ey', type: 'ownership', source: 'n-y1', target: 'n-y2', percentage: 75, provenance },
    ],
  });
  const rows = [
    ['Customer ID', 'Name', 'Type', 'Country', 'INN'],
    ['A1', 'Acme Widgets', 'Company', '', '7701234560'],
    ['B1', 'NORTHWIND COMPONENTS, LLC', 'Company', 'Russia', ''],
    ['C1', 'Northwind Components LLC', 'Company', 'Germany', ''],
  ];
  const input = join(dir, 'customers.csv');
  writeFileSync(input, rows.map((r) => csvLine(r)).join(''));
  const output = join(dir, 'results.jsonl');
  await screenFile(await dossier.screeningDeps(), { input, output, actor: 't' });
  const own = jsonLines(output).filter((l) => 'row_exposure' in l);
  assert.deepEqual(
    own.map((l) => [l.key, l.row_exposure.node, l.row_exposure.resolved_by]),
    [
      ['A1', 'n-y2', 'identifier'],
      ['B1', 'n-y2', 'name'],
    ],
  );
  assert.equal(own[0].row_exposure.exposure.us.share, 0.75);
  await dossier.close();
});

test('without a network, or with one that holds no ownership, the run says rows were not checked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-row-exposure-none-'));
  const dossier = openDossier({ db: join(dir, 'r.db') });
  const file = join(dir, 'list.ftm.json');
  writeFileSync(
    file,
    JSON.stringify({ id: 'z-1', schema: 'Company', properties: { name: ['Z'] } }),
  );
  await ingest(dossier.lists, { files: [file], dataset: 'zlist', format: 'ftm' });
  const input = writeExposurePortfolio(join(dir, 'customers.csv'));
  const deps = await dossier.screeningDeps();
  const heard: string[] = [];
  const empty = await screenFile(deps, { input, actor: 't' }, { onNote: (n) => heard.push(n) });
  assert.deepEqual(empty.notes, [NO_OWNERSHIP_NOTE]);
  assert.deepEqual(heard, [NO_OWNERSHIP_NOTE]);
  const { network: _, ...withoutNetwork } = deps;
  assert.deepEqual((await screenFile(withoutNetwork, { input, actor: 't' })).notes, [
    NO_NETWORK_NOTE,
  ]);
  await dossier.close();
});
