/**
 * Issue 14, finding 6: every CSV the server writes is opened in spreadsheets, so no cell may
 * start a formula: a job's hits (a customer ID `=cmd|...`), and the audit export (a reviewer
 * named so, recorded with a decision). The trail of this server is then pruned: /audit/verify
 * still holds and counts what was pruned.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { pruneAudit } from '../app/screening/index.js';
import { restoreFormula } from '../core/screening/index.js';
import { type ScreeningFixture, screeningStore, upload, waitForJob } from './jobs-fixture.js';
import { get, post, startTestServer, type TestServer } from './server-fixture.js';

const FORMULA = "=cmd|' /C calc'!A0";
const REVIEWER = '@SUM(1+1)*cmd';

let db: ScreeningFixture;
let server: TestServer;
let job: string;

before(async () => {
  db = await screeningStore();
  server = await startTestServer(db.store, { repo: db.repo });
  const portfolio = `Customer ID,Full name\n"${FORMULA.replaceAll('"', '""')}",RI WON HO\n+1-555,Maria Lindqvist\n`;
  const submitted = await upload(`${server.url}/screen/jobs`, portfolio, 'text/csv');
  assert.equal(submitted.status, 202, JSON.stringify(submitted.body));
  job = submitted.body.id;
  assert.equal((await waitForJob(server.url, job)).status, 'finished');
});
after(async () => {
  await server.close();
  await db.close();
});

/** Every cell but the first column (`row` or `seq`, numbers) is text a spreadsheet may run. */
function assertNoFormula(rows: string[][]): void {
  for (const row of rows) {
    for (const cell of row.slice(1)) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, cell);
  }
}

test("a job's hits CSV defuses a customer ID that is a formula, and it restores exactly", async () => {
  const res = await get(`${server.url}/screen/jobs/${job}/results?format=csv`);
  assert.equal(res.status, 200);
  const rows: string[][] = parse(res.body);
  assert.deepEqual(rows[0]!.slice(0, 3), ['row', 'key', 'entity_id']);
  assertNoFormula(rows.slice(1));
  const hit = rows.find((r) => r[2] === 'unsc-6908555');
  assert.equal(hit?.[1], `'${FORMULA}`);
  assert.equal(restoreFormula(hit![1]!), FORMULA);
});

test('the audit CSV defuses a reviewer named as a formula; the hashes recompute', async () => {
  const decision = {
    ...{ run_id: job, row: 2, entity_id: 'unsc-6908555', decision: 'escalate' },
    ...{ reason: '=HYPERLINK("http://x")', by: REVIEWER },
  };
  const decided = await post(`${server.url}/decisions`, decision);
  assert.equal(decided.status, 201, JSON.stringify(decided.body));
  const res = await get(`${server.url}/audit/export?format=csv`);
  const rows: string[][] = parse(res.body);
  assertNoFormula(rows.slice(1));
  const last = rows.at(-1)!;
  assert.deepEqual([last[2], restoreFormula(last[3]!)], ['decision', REVIEWER]);
  assert.equal(JSON.parse(restoreFormula(last[4]!)).reason, '=HYPERLINK("http://x")');
});

test('pruned over the server, the trail verifies and /audit/verify counts the pruned records', async () => {
  await post(`${server.url}/match/default`, {
    queries: { q: { schema: 'Person', properties: { name: ['RI WON HO'] } } },
  });
  // A day from now: every match record is older than a period of 0 days.
  const pruned = await pruneAudit(db.repo, 0, new Date(Date.now() + 86_400_000));
  assert.equal(pruned.records, 1);
  assert.ok(pruned.bytes > 100);
  const verified = (await get(`${server.url}/audit/verify`)).body;
  assert.deepEqual([verified.ok, verified.pruned], [true, 1]);
  const rows: string[][] = parse((await get(`${server.url}/audit/export?format=csv`)).body);
  const match = rows.find((r) => r[2] === 'match')!;
  assert.deepEqual([match[4], match[9]], ['', 'true']);
  assert.equal(rows.filter((r) => r[9] === 'true').length, 1, 'runs and decisions are kept');
});
