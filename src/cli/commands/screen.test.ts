/** `dossier screen`, `runs`, `decide`, `rescreen` and `audit` end to end on the real UN list. */
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { openSqlite } from '../../store/sqlite/index.js';
import { screeningFixture, UN } from '../../app/screening/screening-fixture.js';
import { canonicalJson, sha256 } from '../../core/screening/index.js';
import { repoRoot } from '../../testing/data.js';
import { runCli } from '../run.js';

const portfolio = join(repoRoot, 'docs', 'examples', 'portfolio.csv');
let db: string;
let dir: string;
let runId: string;

before(async () => {
  const fx = await screeningFixture(UN);
  await fx.close();
  db = fx.db;
  dir = fx.dir;
});

test('dossier screen prints the hits as JSON lines, the summary and the problems on stderr', async () => {
  const empty = await runCli(['rescreen', '--db', db]);
  assert.match(empty.out, /^No parties screened yet/);
  const result = await runCli(['screen', portfolio, '--by', 'alice', '--workers', '0', '--db', db]);
  assert.equal(result.code, 0, result.err);
  const hits = result.out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(Object.keys(hits[0]), [
    'row',
    'key',
    'entity_id',
    'caption',
    'score',
    'explanations',
    'datasets',
  ]);
  // The example's "Customer ID" column keys the rows.
  assert.ok(hits.some((h) => h.row === 8 && h.key === 'C-1007' && h.entity_id === 'unsc-6908555'));
  assert.match(result.err, /^warning: row 12: no name \(not screened\)$/m);
  runId = /^Run (\S+) finished: 13 rows screened/m.exec(result.err)?.[1] ?? '';
  assert.ok(runId, result.err);
  const [listed] = JSON.parse((await runCli(['runs', '--json', '--db', db])).out);
  const { started_at, finished_at, input_sha256, ...rest } = listed;
  assert.match(`${started_at} ${finished_at} ${input_sha256}`, /^\S+Z \S+Z [0-9a-f]{64}$/);
  assert.deepEqual(rest, {
    ...{ id: runId, kind: 'screen', input: portfolio, status: 'finished', by: 'alice' },
    ...{ rows_done: 13, hits: hits.length, suppressed: 0, issues: 1, list_versions: { un: 1 } },
    ...{ dataset: 'default', algorithm: 'dossier-v1', threshold: 0.7, output: null, report: null },
  });
  const table = await runCli(['runs', '--db', db]);
  assert.match(table.out, new RegExp(`^${runId}\\s+screen\\s+finished\\s`, 'm'));
});

test("the screening commands' mistakes exit 2, what is not there exits 3", async () => {
  const copy = join(dir, 'copy.csv');
  copyFileSync(portfolio, copy);
  const cases: [string[], number, RegExp][] = [
    [['screen', portfolio, '--threshold', '2'], 2, /--threshold must be from 0 to 1/],
    [['screen', portfolio, '--map', 'Full name=nmae'], 2, /not a property of a party/],
    [['screen'], 2, /name the portfolio file/],
    [['screen', portfolio, '--out', join(dir, 'x.pdf')], 2, /use a \.csv, \.jsonl or \.xlsx/],
    [['screen', '--resume', 'x', '--threshold', '0.5'], 2, /leave out --threshold/],
    [['screen', copy, '--out', copy], 2, /--out must not be the input file/],
    [['screen', portfolio, '--dataset', 'nope'], 3, /unknown dataset "nope"/],
    [['screen', '--resume', 'no-such-run'], 3, /no screening run with ID no-such-run/],
    [['decide', 'no-such-run', '2', 'x', '--as', 'match', '--reason', 'r'], 3, /no screening run/],
    [['decide', 'r', '2', 'x', '--as', 'maybe', '--reason', 'r'], 2, /--as must be one of/],
    [
      ['decide', runId, 'C-0000', 'unsc-6908555', '--as', 'match', '--reason', 'r'],
      3,
      /has no hit on key "C-0000" for unsc-6908555/,
    ],
    [['audit', 'export', '--format', 'xml'], 2, /--format must be jsonl or csv/],
  ];
  for (const [args, code, message] of cases) {
    const result = await runCli([...args, '--db', db]);
    assert.equal(result.code, code, `${args.join(' ')}: ${result.err}`);
    assert.match(result.err, message, args.join(' '));
  }
  assert.equal(readFileSync(copy, 'utf8'), readFileSync(portfolio, 'utf8'));
  const finished = await runCli(['screen', '--resume', runId, '--db', db]);
  assert.equal(finished.code, 1);
  assert.match(finished.err, /has finished/);
});

test('decisions are recorded with their reason and reviewer', async () => {
  const args = ['decide', runId, '8', 'unsc-6908555', '--as', 'escalate', '--reason', 'check DOB'];
  const decided = await runCli([...args, '--by', 'bob', '--json', '--db', db]);
  assert.equal(decided.code, 0, decided.err);
  assert.equal(JSON.parse(decided.out).decision, 'escalate');
  const noReason = await runCli([
    'decide',
    runId,
    '8',
    'unsc-6908555',
    '--as',
    'match',
    '--db',
    db,
  ]);
  assert.equal(noReason.code, 2);
  const missing = ['decide', runId, 'C-1007', 'ofac-1', '--as', 'match', '--reason', 'x'];
  assert.equal((await runCli([...missing, '--db', db])).code, 3);
});

test('the audit trail verifies, and exports records anyone can check', async () => {
  const verified = await runCli(['audit', 'verify', '--db', db]);
  assert.equal(verified.code, 0, verified.err);
  assert.match(verified.out, /^Audit trail intact: 4 records; last record 4, hash [0-9a-f]{64}\n$/);
  const exported = await runCli(['audit', 'export', '--db', db]);
  const records = exported.out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    records.map((r) => r.kind),
    ['screen.start', 'screen.batch', 'screen.finish', 'decision'],
  );
  // Each hash is the SHA-256 of the record's canonical JSON, the hash and the payload left out
  // (layout 2): payload_sha256, the SHA-256 of the payload's canonical JSON, stands for it.
  for (const { hash, payload, ...rest } of records) {
    assert.equal(sha256(canonicalJson(payload)), rest.payload_sha256);
    assert.equal(sha256(canonicalJson(rest)), hash);
  }
  assert.equal(records[3].actor, 'bob');
  assert.equal(records[3].payload.reason, 'check DOB');
  const out = join(dir, 'audit.csv');
  assert.equal(
    (await runCli(['audit', 'export', '--format', 'csv', '--out', out, '--db', db])).code,
    0,
  );
  assert.equal(readFileSync(out, 'utf8').trim().split('\r\n').length, 5);
});

/** A copy of the database with the audit trail changed by hand. */
function tampered(name: string, sql: string): string {
  const copy = join(dir, name);
  copyFileSync(db, copy);
  const conn = openSqlite(copy);
  // The triggers stop mistakes; someone set on tampering drops them, and the chain shows it.
  conn.exec('DROP TRIGGER screening_audit_no_update; DROP TRIGGER screening_audit_no_delete;');
  conn.exec('DROP TRIGGER screening_audit_payloads_no_update');
  assert.equal(conn.prepare(sql).run().changes, 1, `${name} changed nothing`);
  conn.close();
  return copy;
}

test('audit verify names the first record edited or deleted in the database', async () => {
  const cases: [string, string, RegExp][] = [
    [
      'threshold.db',
      `UPDATE screening_audit_payloads
       SET payload = replace(payload, '"threshold":0.7', '"threshold":0.9') WHERE seq = 1`,
      /^Error: the audit trail is broken at record 1: its payload does not match its payload hash/,
    ],
    [
      'reviewer.db',
      `UPDATE screening_audit SET actor = 'mallory' WHERE seq = 4`,
      /^Error: the audit trail is broken at record 4: its content does not match its hash/,
    ],
    ['middle.db', 'DELETE FROM screening_audit WHERE seq = 2', /at record 2: record 2 is missing/],
    ['last.db', 'DELETE FROM screening_audit WHERE seq = 4', /at record 4: the trail ends before/],
  ];
  for (const [name, sql, message] of cases) {
    const result = await runCli(['audit', 'verify', '--db', tampered(name, sql)]);
    assert.equal(result.code, 1, name);
    assert.match(result.err, message, name);
  }
  const conn = openSqlite(db);
  assert.throws(() => conn.exec('DELETE FROM screening_audit WHERE seq = 4'), /append-only/);
  conn.close();
});
