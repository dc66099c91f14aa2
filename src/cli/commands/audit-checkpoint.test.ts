/**
 * Issue 14, finding 4: an emptied trail, or one cut with its head row rewritten, verified as
 * intact, since nothing outside the database anchored the head. Signed checkpoints do: each of
 * these rewrites of the database, consistent in itself (`audit verify` alone passes), fails
 * `audit verify --checkpoints`, and a checkpoint that was altered fails its signature.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { addMatch, auditFixture } from '../../app/screening/audit-fixture.js';
import { seal, timestamp } from '../../core/screening/index.js';
import { openScreeningStore } from '../../store/screening/index.js';
import { openSqlite } from '../../store/sqlite/index.js';
import { repoRoot } from '../../testing/data.js';
import { get } from '../../testing/index.js';
import { waitForOutput } from '../../testing/wait.js';
import { runCli } from '../run.js';

let db: string;
let dir: string;
let key: string;
let publicKey: string;
let checkpoints: string;

before(async () => {
  ({ db, dir } = await auditFixture());
  key = join(dir, 'key.pem');
  publicKey = join(dir, 'key.pub.pem');
  checkpoints = join(dir, 'checkpoints.jsonl');
  const made = await runCli(['audit', 'keygen', '--out', key]);
  assert.equal(made.code, 0, made.err);
  // Checkpoint at record 6, then two more records and a checkpoint at record 8.
  const first = await runCli([
    'audit',
    'checkpoint',
    '--key',
    key,
    '--out',
    checkpoints,
    '--db',
    db,
  ]);
  assert.equal(first.code, 0, first.err);
  const repo = openScreeningStore(db);
  await addMatch(repo, timestamp(), 'Kupol');
  await addMatch(repo, timestamp(), 'Acme');
  await repo.close();
  const second = await runCli([
    'audit',
    'checkpoint',
    '--key',
    key,
    '--out',
    checkpoints,
    '--db',
    db,
  ]);
  assert.equal(second.code, 0, second.err);
});

const verifyArgs = (path: string, file = checkpoints, pub = publicKey) => [
  ...['audit', 'verify', '--checkpoints', file, '--public-key', pub, '--db', path],
];

/** A copy of the database rewritten by hand, past the append-only triggers. */
function rewritten(name: string, sql: (conn: ReturnType<typeof openSqlite>) => void): string {
  const path = join(dir, name);
  copyFileSync(db, path);
  const conn = openSqlite(path);
  conn.exec(`DROP TRIGGER screening_audit_no_update; DROP TRIGGER screening_audit_no_delete;
    DROP TRIGGER screening_audit_payloads_no_update; DROP TRIGGER screening_audit_payloads_no_delete;`);
  sql(conn);
  conn.close();
  return path;
}

test('keygen writes an Ed25519 pair, the private half for its owner only, and never overwrites', async () => {
  assert.match(readFileSync(key, 'utf8'), /^-----BEGIN PRIVATE KEY-----/);
  assert.match(readFileSync(publicKey, 'utf8'), /^-----BEGIN PUBLIC KEY-----/);
  assert.equal(statSync(key).mode & 0o777, 0o600);
  const again = await runCli(['audit', 'keygen', '--out', key]);
  assert.equal(again.code, 2);
  assert.match(again.err, /exists already; not overwritten/);
});

test('each checkpoint is the signed head at its moment, and the trail holds both', async () => {
  const lines = readFileSync(checkpoints, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    lines.map((c) => [c.v, c.seq, typeof c.signature, typeof c.at]),
    [
      [1, 6, 'string', 'string'],
      [1, 8, 'string', 'string'],
    ],
  );
  const head = (await runCli(['audit', 'head', '--db', db])).out.trim();
  assert.equal(`${lines[1].seq}:${lines[1].hash}`, head);
  const result = await runCli(verifyArgs(db));
  assert.equal(result.code, 0, result.err);
  assert.match(
    result.out,
    /^Audit trail intact: 8 records; 2 signed checkpoints hold; last record 8/,
  );
});

test('a trail cut below a checkpoint, its head row rewritten, is caught', async () => {
  const path = rewritten('cut.db', (conn) => {
    conn.exec('DELETE FROM screening_audit WHERE seq > 6');
    conn.exec('DELETE FROM screening_audit_payloads WHERE seq > 6');
    conn.exec(`UPDATE screening_audit_head SET seq = 6,
      hash = (SELECT hash FROM screening_audit WHERE seq = 6)`);
  });
  assert.equal((await runCli(['audit', 'verify', '--db', path])).code, 0, 'consistent in itself');
  const result = await runCli(verifyArgs(path));
  assert.equal(result.code, 1);
  assert.match(
    result.err,
    /the trail ends before record 8, the head of checkpoint 2 \(signed .*\) \(truncated\)/,
  );
  // Nor will the checkpointer sign the cut trail.
  const signed = await runCli([
    'audit',
    'checkpoint',
    '--key',
    key,
    '--out',
    copyOf(checkpoints),
    '--db',
    path,
  ]);
  assert.equal(signed.code, 1);
  assert.match(
    signed.err,
    /broken at record 8: the trail ends before it, the head of checkpoint 2/,
  );
});

test('an emptied trail, its runs and decisions deleted too, is caught', async () => {
  const path = rewritten('emptied.db', (conn) => {
    conn.exec(`DELETE FROM screening_audit; DELETE FROM screening_audit_head;
      DELETE FROM screening_audit_payloads;
      DELETE FROM screening_decisions; DELETE FROM screening_runs;`);
  });
  const alone = await runCli(['audit', 'verify', '--db', path]);
  assert.match(alone.out, /^Audit trail intact: 0 records/, 'consistent in itself');
  const result = await runCli(verifyArgs(path));
  assert.equal(result.code, 1);
  assert.match(result.err, /the trail ends before record 6, the head of checkpoint 1/);
});

test('a head rewritten with a valid hash is caught', async () => {
  const path = rewritten('rewritten.db', (conn) => {
    const seventh = conn.prepare('SELECT seq, hash FROM screening_audit WHERE seq = 7').get() as {
      seq: number;
      hash: string;
    };
    const forged = seal(
      { kind: 'match', actor: 'mallory', at: timestamp(), payload: { queries: {} } },
      seventh,
    );
    conn.exec('DELETE FROM screening_audit WHERE seq = 8');
    conn.exec(`UPDATE screening_audit_payloads SET payload = '{"queries":{}}' WHERE seq = 8`);
    conn
      .prepare(
        `INSERT INTO screening_audit (seq, at, kind, actor, payload, prev, hash, layout,
          payload_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        8,
        forged.at,
        forged.kind,
        forged.actor,
        '',
        forged.prev,
        forged.hash,
        2,
        forged.payloadSha256,
      );
    conn.prepare('UPDATE screening_audit_head SET hash = ? WHERE id = 1').run(forged.hash);
  });
  assert.equal((await runCli(['audit', 'verify', '--db', path])).code, 0, 'consistent in itself');
  const result = await runCli(verifyArgs(path));
  assert.equal(result.code, 1);
  assert.match(
    result.err,
    /record 8 is not the head of checkpoint 2 \(signed .*\) \(its hash differs: rewritten\)/,
  );
});

function copyOf(path: string): string {
  const out = `${path}.${Math.random().toString(36).slice(2)}`;
  copyFileSync(path, out);
  return out;
}

test('a checkpoint altered to match a rewritten trail fails its signature', async () => {
  const lines = readFileSync(checkpoints, 'utf8').trim().split('\n');
  const altered = JSON.parse(lines[1]!);
  altered.seq = 6;
  altered.hash = JSON.parse(lines[0]!).hash;
  const file = join(dir, 'altered.jsonl');
  writeFileSync(file, `${lines[0]}\n${JSON.stringify(altered)}\n`);
  const result = await runCli(verifyArgs(db, file));
  assert.equal(result.code, 1);
  assert.match(result.err, /checkpoint 2 does not hold: its signature does not verify/);
});

test('checkpoints checked with another key fail, and need a key at all', async () => {
  const other = join(dir, 'other.pem');
  await runCli(['audit', 'keygen', '--out', other]);
  const result = await runCli(verifyArgs(db, checkpoints, join(dir, 'other.pub.pem')));
  assert.equal(result.code, 1);
  assert.match(
    result.err,
    /checkpoint 1 does not hold: it was signed by key [0-9a-f]{16}, not by key/,
  );
  const both = await runCli([...verifyArgs(db), '--public-key', join(dir, 'other.pub.pem')]);
  assert.equal(both.code, 0, both.err);
  const keyless = await runCli(['audit', 'verify', '--checkpoints', checkpoints, '--db', db]);
  assert.equal(keyless.code, 2);
  assert.match(keyless.err, /--checkpoints needs --public-key/);
});

test('dossier serve prunes and signs a checkpoint as it starts, then at its interval', async () => {
  const { dir: served, db: path } = await auditFixture();
  const file = join(served, 'served.jsonl');
  const bin = join(repoRoot, 'bin', 'dossier.js');
  const args = [bin, 'serve', '--port', '0', '--audit-checkpoint-key', key, '--db', path];
  const env = {
    ...process.env,
    DOSSIER_AUDIT_CHECKPOINTS: file,
    DOSSIER_AUDIT_RETENTION_DAYS: '30',
  };
  const child = spawn(process.execPath, args, { env });
  after(() => child.kill());
  const url = (await waitForOutput(child, /listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
  // Answered once the start-up code has run: its signal handler is in place.
  assert.equal((await get(`${url}/healthz`)).status, 200);
  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  assert.equal(code, 0);
  const result = await runCli(verifyArgs(path, file));
  assert.equal(result.code, 0, result.err);
  assert.match(
    result.out,
    /^Audit trail intact: 6 records \(3 match records pruned.*\); 1 signed checkpoint holds/,
  );
});
