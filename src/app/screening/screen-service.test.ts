import assert from 'node:assert/strict';
import { collect } from '../../testing/wait.js';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import {
  ColumnMappingError,
  DatasetNotFoundError,
  ResumeError,
  RunNotFoundError,
} from '../../core/screening/index.js';
import { resumeScreen, screenFile } from './screen-service.js';
import { type Fixture, jsonLines, screeningFixture, UN, writeCsv } from './screening-fixture.js';
import { workbookParts, writeZip } from './xlsx/xlsx-fixture.js';

let fx: Fixture;
before(async () => {
  fx = await screeningFixture(UN);
});
after(() => fx.close());

type HitLine = { row: number; entity_id: string; score: number; caption: string };
const summary = (hits: unknown[]) =>
  (hits as HitLine[]).map((h) => `${h.row} ${h.entity_id} ${h.score}`);

async function sameHitsInEveryFormat(outputs: string[]) {
  const jsonl = summary(jsonLines(outputs[0]!));
  assert.deepEqual(jsonl, ['2 unsc-6908555 1', '7 unsc-110327 1']);
  const csv = readFileSync(outputs[1]!, 'utf8').trim().split('\r\n');
  assert.equal(
    csv[0],
    'row,key,entity_id,caption,score,explanations,datasets,exposure,row_exposure',
  );
  // The "Ref" column is the customer's ID: it keys the rows.
  assert.deepEqual(
    csv.slice(1).map((l) => l.split(',').slice(0, 3).join(' ')),
    ['2 C1 unsc-6908555', '7 C5 unsc-110327'],
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(outputs[2]!);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const columns = ['row', 'key', 'entity_id', 'caption', 'score', 'explanations', 'datasets'];
  columns.push('exposure', 'row_exposure');
  assert.deepEqual(header, columns);
  assert.equal(sheet.getRow(3).getCell(3).value, 'unsc-110327');
  assert.equal(sheet.rowCount, 3);
}

test('a CSV is screened row by row: hits by line, problems by line, the same hits in every format', async () => {
  const input = join(fx.dir, 'mixed.csv');
  const body = [
    'Ref,Full name,Notes',
    'C1,RI WON HO,',
    'C2,Jane Doe,"a note over',
    'two lines"',
    'C3,,no name',
    'C4,Too,many,fields',
    'C5,YAS AIR,airline',
    'C6,Ltd "Quoted" Inside,a stray quote is kept as text',
    'C7,"never closed,',
    'C8,TIZ PARS,swallowed by the open quote',
    '',
  ].join('\n');
  writeFileSync(input, body);
  const outputs = ['hits.jsonl', 'hits.csv', 'hits.xlsx'].map((f) => join(fx.dir, f));
  const runs = [];
  for (const output of outputs) {
    runs.push(await screenFile(fx, { input, output, report: `${output}.html`, actor: 'tester' }));
  }
  const { run } = runs[0]!;
  assert.equal(run.status, 'finished');
  assert.equal(run.rowsDone, 4);
  assert.deepEqual(
    (await collect(fx.repo.issues(run.id))).map((i) => [i.row, i.message, i.screened]),
    [
      [5, 'no name', false],
      [6, 'expected 3 fields, found 4', false],
      [
        9,
        'unreadable CSV to line 10: Quote Not Closed: the parsing is finished with an opening quote at line 10',
        false,
      ],
    ],
  );
  assert.deepEqual(await fx.repo.rowNumbers(run.id), [2, 3, 7, 8]);
  await sameHitsInEveryFormat(outputs);
  const report = readFileSync(`${outputs[0]}.html`, 'utf8');
  assert.match(report, /C1 <span class="muted">\(row 2\)<\/span>: RI WON HO ↔ RI WON HO<\/h3>/);
  assert.match(report, /<tr><td>6<\/td><td>expected 3 fields, found 4<\/td>/);
  assert.match(report, /un version 1/);
  assert.match(report, /Full name → name/);
});

test('a JSON-lines portfolio reports its bad lines and screens the rest', async () => {
  const input = join(fx.dir, 'parties.jsonl');
  const lines = [
    JSON.stringify({ name: 'RI WON HO', type: 'person', nationality: 'North Korea' }),
    '{"name": "broken',
    '["not", "an", "object"]',
    JSON.stringify({ schema: 'Organization', properties: { name: ['YAS AIR'] } }),
    '',
    JSON.stringify({ country: 'fr' }),
  ];
  writeFileSync(input, `${lines.join('\n')}\n`);
  const output = join(fx.dir, 'parties.hits.jsonl');
  const { run } = await screenFile(fx, { input, output, actor: 'tester' });
  const issues = (await collect(fx.repo.issues(run.id))).map((i) => `${i.row}: ${i.message}`);
  assert.equal(issues.length, 3);
  assert.match(issues[0]!, /^2: invalid JSON/);
  assert.equal(issues[1], '3: not a JSON object');
  assert.equal(issues[2], '6: no name');
  assert.deepEqual(summary(jsonLines(output)), ['1 unsc-6908555 1', '4 unsc-110327 1']);
});

test('an XLSX portfolio is read from its first sheet, rows numbered as the sheet numbers them', async () => {
  const input = join(fx.dir, 'parties.xlsx');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('customers');
  sheet.addRow(['Name', 'Type', 'Date of birth']);
  sheet.addRow(['Jane Doe', 'individual', new Date(Date.UTC(1980, 0, 2))]);
  sheet.addRow([]);
  sheet.addRow([{ richText: [{ text: 'RI WON ' }, { text: 'HO' }] }, 'individual', '1964-07-17']);
  await book.xlsx.writeFile(input);
  const output = join(fx.dir, 'xlsx.hits.jsonl');
  const { run } = await screenFile(fx, { input, output, actor: 'tester' });
  assert.deepEqual(await fx.repo.rowNumbers(run.id), [2, 4]);
  assert.deepEqual(summary(jsonLines(output)), ['4 unsc-6908555 1']);
  const party = await fx.repo.party((await fx.repo.hit(run.id, 4, 'unsc-6908555'))!.partyKey);
  assert.deepEqual(party?.properties.birthDate, ['1964-07-17']);
});

test('an XLSX that cannot be read is refused before a run; one that breaks off mid-sheet fails its run', async () => {
  const runs = (await fx.repo.runs()).length;
  const notZip = join(fx.dir, 'text.xlsx');
  writeFileSync(notZip, 'Name\nRI WON HO\n');
  await assert.rejects(
    screenFile(fx, { input: notZip, actor: 't' }),
    /cannot read .*text\.xlsx as xlsx: .*not a zip file/,
  );
  assert.equal((await fx.repo.runs()).length, runs);
  const cell = (r: number, t: string) =>
    `<row r="${r}"><c t="inlineStr"><is><t>${t}</t></is></c></row>`;
  // Row 3 is never closed: the sheet's end tags do not match it.
  const rows = `${cell(1, 'Name')}${cell(2, 'RI WON HO')}<row r="3"><c t="inlineStr"><is>`;
  const sheets = [{ name: 'S', file: 'worksheets/sheet1.xml', rows }];
  const input = writeZip(join(fx.dir, 'broken.xlsx'), workbookParts({ sheets }));
  await assert.rejects(
    screenFile(fx, { input, actor: 't' }),
    /broken\.xlsx: xl\/worksheets\/sheet1\.xml: line \d+: malformed XML/,
  );
  const [failed] = (await fx.repo.runs()).slice(-1);
  assert.equal(failed?.status, 'failed');
  assert.match(failed?.error ?? '', /sheet1\.xml: line \d+: malformed XML/);
});

test('matching in worker threads gives the same hits as in this thread', async () => {
  const input = join(fx.dir, 'workers.csv');
  writeCsv(input, ['name'], [['RI WON HO'], ['YAS AIR'], ['Jane Doe'], ['TAMAS COMPANY']]);
  const outputs = [0, 2].map((w) => join(fx.dir, `workers-${w}.jsonl`));
  await screenFile(fx, { input, output: outputs[0], actor: 't', workers: 0 });
  await screenFile(fx, { input, output: outputs[1], actor: 't', workers: 2 });
  const [inThread, pooled] = outputs.map((o) => readFileSync(o!, 'utf8'));
  assert.ok(inThread!.length > 0);
  assert.equal(pooled, inThread);
});

test('a run that stops after a commit resumes at its cursor and cuts what was not committed', async () => {
  const names = ['RI WON HO', 'Jane Doe', 'YAS AIR', 'TAMAS COMPANY', 'John Smith', 'TIZ PARS'];
  const rows = Array.from({ length: 30 }, (_, i) => [`${names[i % names.length]}`, `C${i}`]);
  const input = writeCsv(join(fx.dir, 'stop.csv'), ['name', 'ref'], rows);
  const reference = join(fx.dir, 'stop-reference.jsonl');
  await screenFile(fx, { input, output: reference, actor: 't' });
  const output = join(fx.dir, 'stop.jsonl');
  let commits = 0;
  const stop = () => {
    if (++commits === 3) throw new Error('stopped on purpose');
  };
  await assert.rejects(
    screenFile(fx, { input, output, actor: 't' }, { batchSize: 4, onCommit: stop }),
    /stopped on purpose/,
  );
  const [stopped] = (await fx.repo.runs()).slice(-1);
  assert.equal(stopped?.status, 'failed');
  assert.equal(stopped?.cursor, 13);
  // As if the process had died between writing a batch and committing it.
  appendFileSync(output, '{"row": 14, "half written');
  const resumed = await resumeScreen(fx, stopped!.id, 'resumer');
  assert.equal(resumed.run.status, 'finished');
  assert.equal(resumed.rows, 18);
  assert.equal(readFileSync(output, 'utf8'), readFileSync(reference, 'utf8'));
  assert.deepEqual(
    await fx.repo.rowNumbers(stopped!.id),
    Array.from({ length: 30 }, (_, i) => i + 2),
  );
  await assert.rejects(resumeScreen(fx, stopped!.id, 'r'), ResumeError);
});

test("the caller's mistakes are refused before a run is recorded", async () => {
  const input = writeCsv(join(fx.dir, 'ok.csv'), ['name'], [['RI WON HO']]);
  const runs = (await fx.repo.runs()).length;
  await assert.rejects(
    screenFile(fx, { input, dataset: 'nope', actor: 't' }),
    DatasetNotFoundError,
  );
  await assert.rejects(
    screenFile(fx, { input, map: ['Nope=name'], actor: 't' }),
    ColumnMappingError,
  );
  const noName = writeCsv(join(fx.dir, 'noname.csv'), ['ref', 'country'], [['1', 'fr']]);
  await assert.rejects(
    screenFile(fx, { input: noName, actor: 't' }),
    /no column holds the party's name/,
  );
  await assert.rejects(screenFile(fx, { input: join(fx.dir, 'x.pdf'), actor: 't' }), /cannot read/);
  assert.equal((await fx.repo.runs()).length, runs);
  await assert.rejects(resumeScreen(fx, 'no-such-run', 't'), RunNotFoundError);
});

test('a run is not resumed on a changed input', async () => {
  const input = writeCsv(join(fx.dir, 'changing.csv'), ['name'], [['RI WON HO'], ['YAS AIR']]);
  const stop = () => {
    throw new Error('stop');
  };
  await assert.rejects(screenFile(fx, { input, actor: 't' }, { batchSize: 1, onCommit: stop }));
  const [run] = (await fx.repo.runs()).slice(-1);
  appendFileSync(input, 'TIZ PARS\r\n');
  await assert.rejects(resumeScreen(fx, run!.id, 't'), /has changed since the run started/);
});
