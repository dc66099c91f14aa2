/**
 * Finding 4 of issue 14: a trail emptied, or cut and its head rewritten, verified as intact.
 * Now every run and decision must have its records, and a head kept outside the database
 * (`audit head`, then `audit verify --expect-head`) catches a trail cut or rewritten below it.
 */
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { screeningFixture, UN } from '../../app/screening/screening-fixture.js';
import { seal } from '../../core/screening/index.js';
import { openSqlite } from '../../store/sqlite/index.js';
import { repoRoot } from '../../testing/data.js';
import { runCli } from '../run.js';

const portfolio = join(repoRoot, 'docs', 'examples', 'portfolio.csv');
let db: string;
let dir: string;
let runId: string;
/**
 * The head after the screening (start, batch, finish: records 1-3) and two decisions (4, 5):
 * `<seq>:<hash>`.
 */
let head: string;

before(async () => {
  const fx = await screeningFixture(UN);
  await fx.close();
  ({ db, dir } = fx);
  const screened = await runCli([
    'screen',
    portfolio,
    '--by',
    'alice',
    '--workers',
    '0',
    '--db',
    db,
  ]);
  assert.equal(screened.code, 0, screened.err);
  runId = /^Run (\S+) finished/m.exec(screened.err)?.[1] ?? '';
  for (const as of ['escalate', 'match']) {
    const args = ['decide', runId, '8', 'unsc-6908555', '--as', as, '--reason', 'DOB'];
    const decided = await runCli([...args, '--by', 'bob', '--db', db]);
    assert.equal(decided.code, 0, decided.err);
  }
  head = (await runCli(['audit', 'head', '--db', db])).out.trim();
});

/** A copy of the database changed by hand, past the append-only triggers. */
function tampered(name: string, change: (conn: ReturnType<typeof openSqlite>) => void): string {
  const copy = join(dir, name);
  copyFileSync(db, copy);
  const conn = openSqlite(copy);
  conn.exec('DROP TRIGGER screening_audit_no_update; DROP TRIGGER screening_audit_no_delete;');
  change(conn);
  conn.close();
  return copy;
}

test('audit head prints the last record, and verify holds against it', async () => {
  assert.match(head, /^5:[0-9a-f]{64}$/);
  const json = JSON.parse((await runCli(['audit', 'head', '--json', '--db', db])).out);
  assert.deepEqual(json, { seq: 5, hash: head.slice(2), head });
  const verified = await runCli(['audit', 'verify', '--expect-head', head, '--db', db]);
  assert.equal(verified.code, 0, verified.err);
  assert.match(verified.out, /^Audit trail intact: 5 records/);
  const bad = await runCli(['audit', 'verify', '--expect-head', 'abc', '--db', db]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /<seq>:<sha-256 hex>/);
});

test('an emptied trail fails, naming a run without its record', async () => {
  const copy = tampered('emptied.db', (conn) => {
    conn.exec('DELETE FROM screening_audit; DELETE FROM screening_audit_head;');
  });
  const result = await runCli(['audit', 'verify', '--db', copy]);
  assert.equal(result.code, 1);
  assert.match(result.err, new RegExp(`run ${runId} has no audit record of its start`));
});

test('a trail cut with the head rewritten fails on a decision left without its record', async () => {
  const copy = tampered('cut.db', (conn) => {
    conn.exec('DELETE FROM screening_audit WHERE seq > 3');
    conn.exec(`UPDATE screening_audit_head SET seq = 3,
      hash = (SELECT hash FROM screening_audit WHERE seq = 3)`);
  });
  const result = await runCli(['audit', 'verify', '--db', copy]);
  assert.equal(result.code, 1);
  assert.match(result.err, /decision \d+ has no audit record/);
});

/** Remove the last record and its decision, so the store itself looks consistent. */
function cutLast(conn: ReturnType<typeof openSqlite>) {
  conn.exec('DELETE FROM screening_audit WHERE seq = 5');
  conn.exec('DELETE FROM screening_decisions WHERE id = (SELECT max(id) FROM screening_decisions)');
  conn.exec(`UPDATE screening_audit_head SET seq = 4,
    hash = (SELECT hash FROM screening_audit WHERE seq = 4)`);
}

test('a trail cut below the head kept elsewhere fails --expect-head', async () => {
  const copy = tampered('cut-consistent.db', cutLast);
  // Consistent in itself: only the head kept outside shows the cut.
  assert.equal((await runCli(['audit', 'verify', '--db', copy])).code, 0);
  const result = await runCli(['audit', 'verify', '--expect-head', head, '--db', copy]);
  assert.equal(result.code, 1);
  assert.match(result.err, /ends before record 5, the head kept elsewhere/);
});

test('a last record rewritten with a valid hash fails --expect-head', async () => {
  const copy = tampered('rewritten.db', (conn) => {
    const fourth = conn.prepare('SELECT seq, hash FROM screening_audit WHERE seq = 4').get() as {
      seq: number;
      hash: string;
    };
    // Layout 2: the payload is in its own table, and stays there, the same, for the forgery.
    const row = conn
      .prepare(
        `SELECT a.*, p.payload FROM screening_audit a
         JOIN screening_audit_payloads p ON p.seq = a.seq WHERE a.seq = 5`,
      )
      .get() as {
      kind: string;
      actor: string;
      at: string;
      payload: string;
    };
    const forged = seal({ ...row, actor: 'mallory', payload: JSON.parse(row.payload) }, fourth);
    conn.exec('DELETE FROM screening_audit WHERE seq = 5');
    conn
      .prepare(
        `INSERT INTO screening_audit (seq, at, kind, actor, payload, prev, hash, layout,
          payload_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        ...[5, forged.at, forged.kind, forged.actor, '', forged.prev, forged.hash],
        ...[forged.layout, forged.payloadSha256],
      );
    conn.prepare('UPDATE screening_audit_head SET hash = ? WHERE id = 1').run(forged.hash);
  });
  assert.equal((await runCli(['audit', 'verify', '--db', copy])).code, 0);
  const result = await runCli(['audit', 'verify', '--expect-head', head, '--db', copy]);
  assert.equal(result.code, 1);
  assert.match(result.err, /record 5 is not the head kept elsewhere/);
});
