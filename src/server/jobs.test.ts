/** Batch jobs over HTTP: submit a file, poll its status, download its hits and report. */
import { collect } from '../testing/wait.js';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { hitText } from '../app/screening/index.js';
import { screenFile } from '../app/screening/index.js';
import { jrcNames, writeCsv } from '../app/screening/screening-fixture.js';
import { defaultTools } from '../core/matching/index.js';
import { csvLine, OUTPUT_COLUMNS } from '../core/screening/index.js';
import {
  jsonLines,
  PORTFOLIO,
  type ScreeningFixture,
  screeningStore,
  upload,
  waitForJob,
} from './jobs-fixture.js';
import { get, person, post, startTestServer, type TestServer } from './server-fixture.js';

let db: ScreeningFixture;
let server: TestServer;

before(async () => {
  db = await screeningStore();
  server = await startTestServer(db.store, { repo: db.repo });
});
after(async () => {
  await server.close();
  await db.close();
});

/** What `dossier screen` prints for the same file: the stored hits in each output format. */
async function cliOutput(input: string): Promise<Record<'jsonl' | 'csv', string>> {
  const deps = { store: db.store, repo: db.repo, tools: defaultTools() };
  const { run } = await screenFile(deps, { input, actor: 'cli' });
  const hits = await collect(db.repo.hits(run.id));
  const lines = (format: 'jsonl' | 'csv') => hits.map((h) => hitText(format, h)).join('');
  return { jsonl: lines('jsonl'), csv: csvLine(OUTPUT_COLUMNS) + lines('csv') };
}

test('a CSV is submitted, polled and its hits downloaded as the command line gives them', async () => {
  const csv = readFileSync(PORTFOLIO);
  const url = `${server.url}/screen/jobs?dataset=default&threshold=0.7`;
  const submitted = await upload(url, csv, 'text/csv');
  assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  const { id } = submitted.body;
  assert.equal(submitted.headers.get('location'), `/screen/jobs/${id}`);
  assert.ok(['queued', 'running'].includes(submitted.body.status));
  assert.deepEqual(submitted.body.links, {
    self: `/screen/jobs/${id}`,
    results: `/screen/jobs/${id}/results`,
    report: `/screen/jobs/${id}/report`,
  });
  assert.equal(submitted.body.columns['Full name'], 'name');
  // The file kept for the job is the upload, byte for byte (it is read from its folder).
  const sha256 = createHash('sha256').update(csv).digest('hex');
  assert.equal(submitted.body.input_sha256, sha256);
  assert.equal((await db.repo.run(id))!.input, join(`${db.path}.jobs`, id, 'input.csv'));

  const job = await waitForJob(server.url, id);
  assert.equal(job.status, 'finished', job.error);
  const { started_at, finished_at, input_sha256, ...rest } = job;
  assert.ok(started_at <= finished_at);
  assert.match(input_sha256, /^[0-9a-f]{64}$/);
  assert.deepEqual(
    [rest.by, rest.via, rest.rows_done, rest.hits, rest.issues, rest.list_versions],
    ['anonymous', 'api', 13, 1, 1, { un: 1 }],
  );
  assert.deepEqual([rest.algorithm, rest.threshold, rest.limit], ['dossier-v1', 0.7, 5]);
  assert.deepEqual(rest.problems, [{ row: 12, message: 'no name', screened: false }]);
  // Its upload went as it finished; its results are in the database.
  assert.equal(rest.input_removed, true);
  assert.deepEqual(db.jobFolders(), []);

  const cli = await cliOutput(PORTFOLIO);
  const jsonl = await get(`${server.url}/screen/jobs/${id}/results`);
  assert.equal(jsonl.status, 200);
  assert.equal(jsonl.headers.get('content-type'), 'application/x-ndjson');
  assert.equal(jsonl.body, cli.jsonl);
  assert.deepEqual(
    jsonLines(jsonl.body).map((h) => `${h.row} ${h.entity_id}`),
    ['8 unsc-6908555'],
  );
  const csvHits = await get(`${server.url}/screen/jobs/${id}/results?format=csv`);
  assert.match(csvHits.headers.get('content-type') ?? '', /^text\/csv/);
  assert.equal(csvHits.body, cli.csv);

  const report = await get(`${server.url}/screen/jobs/${id}/report`);
  assert.match(report.headers.get('content-type') ?? '', /^text\/html/);
  assert.match(report.body, /C-1007 <span class="muted">\(row 8\)<\/span>: RI WON HO ↔ RI WON HO/);
  // The listed party's details come from the server's list store.
  assert.match(report.body, /<th>Programmes<\/th><td><span class="muted">–<\/span><\/td><td>DPRK/);
  assert.match(report.body, /<tr><td>12<\/td><td>no name<\/td>/);

  const listed = (await get(`${server.url}/screen/jobs`)).body.jobs;
  assert.ok(
    listed.some((j: { id: string; status: string }) => j.id === id && j.status === 'finished'),
  );
});

test('JSON lines and XLSX, by Content-Type or ?format=, with the settings of the query', async () => {
  const lines = [
    JSON.stringify({ name: 'RI WON HO', type: 'person' }),
    '{"name": "broken',
    JSON.stringify({ schema: 'Organization', properties: { name: ['YAS AIR'] } }),
  ].join('\n');
  const jsonl = await upload(`${server.url}/screen/jobs?limit=1`, lines, 'application/x-ndjson');
  assert.equal(jsonl.status, 202, JSON.stringify(jsonl.body));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('clients');
  sheet.addRow(['Client', 'Born']);
  sheet.addRow(['Jane Doe', '1980-01-02']);
  sheet.addRow(['RI WON HO', '1964-07-17']);
  const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
  const query = 'format=xlsx&map=Client%3Dname&map=Born%3DbirthDate&dataset=un&algorithm=ofac';
  const sheetJob = await upload(
    `${server.url}/screen/jobs?${query}`,
    xlsx,
    'application/octet-stream',
  );
  assert.equal(sheetJob.status, 202, JSON.stringify(sheetJob.body));
  assert.deepEqual(sheetJob.body.columns, { Client: 'name', Born: 'birthDate' });

  const fromLines = await waitForJob(server.url, jsonl.body.id);
  assert.deepEqual(
    fromLines.problems.map((p: { row: number }) => p.row),
    [2],
  );
  assert.match(fromLines.problems[0].message, /^invalid JSON/);
  const hits = jsonLines((await get(`${server.url}/screen/jobs/${jsonl.body.id}/results`)).body);
  assert.deepEqual(
    hits.map((h) => `${h.row} ${h.entity_id}`),
    ['1 unsc-6908555', '3 unsc-110327'],
  );
  const fromSheet = await waitForJob(server.url, sheetJob.body.id);
  assert.deepEqual(
    [fromSheet.status, fromSheet.algorithm, fromSheet.dataset],
    ['finished', 'ofac', 'un'],
  );
  const sheetHits = jsonLines(
    (await get(`${server.url}/screen/jobs/${sheetJob.body.id}/results`)).body,
  );
  // OFAC's algorithm is looser than dossier-v1: other names pass 0.7 too, but the best is his.
  assert.equal(sheetHits.find((h) => h.row === 3)?.entity_id, 'unsc-6908555');
  assert.ok(sheetHits.every((h) => h.row === 2 || h.row === 3));
});

test('/healthz and /match keep answering while a job screens thousands of rows', async (t) => {
  const names = jrcNames(1500);
  const rows = names.map((name, i) => [i % 50 === 0 ? 'RI WON HO' : name]);
  const input = writeCsv(join(db.path, '..', 'many.csv'), ['name'], rows);
  const submitted = await upload(`${server.url}/screen/jobs`, readFileSync(input), 'text/csv');
  assert.equal(submitted.status, 202);
  const { id } = submitted.body;
  await waitForJob(server.url, id, {}, (j) => j.status === 'running' && j.rows_done > 0);
  const waits: number[] = [];
  let status = 'running';
  const timed = async (send: () => Promise<{ status: number }>) => {
    const started = performance.now();
    assert.equal((await send()).status, 200);
    waits.push(performance.now() - started);
  };
  while (status === 'running') {
    await timed(() => get(`${server.url}/healthz`));
    await timed(() => post(`${server.url}/match/default`, person('YAS AIR')));
    status = (await get(`${server.url}/screen/jobs/${id}`)).body.status;
  }
  assert.equal(status, 'finished');
  waits.sort((a, b) => a - b);
  const median = waits[waits.length >> 1]!;
  const worst = waits.at(-1)!;
  const figures = `${waits.length} probes, median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms`;
  t.diagnostic(figures);
  // Matching gives the event loop back every 2 ms and a commit of 100 rows takes a few ms: the
  // bounds are loose, for a busy test machine; a loop held for the whole job would fail them all.
  assert.ok(waits.length >= 10, figures);
  assert.ok(median < 100, figures);
  assert.ok(worst < 1000, figures);
  const job = (await get(`${server.url}/screen/jobs/${id}`)).body;
  assert.equal(job.rows_done, 1500);
  assert.ok(job.hits >= 30, `${job.hits} hits`);
});
