/**
 * Issue 14, finding 10: the audit grows with every /match and nothing ever leaves it. `audit
 * prune` replaces the payloads of match records past the retention period by their hash; the
 * chain still verifies end to end, a forged kept hash is caught, and runs and decisions keep
 * their payloads whatever the period.
 */
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { auditFixture } from '../../app/screening/audit-fixture.js';
import { openSqlite } from '../../store/sqlite/index.js';
import { runCli } from '../run.js';

let db: string;
let dir: string;

before(async () => {
  ({ db, dir } = await auditFixture());
});

function copy(name: string): string {
  const path = join(dir, name);
  copyFileSync(db, path);
  return path;
}

/** Change a copy by hand, past the append-only triggers. */
function tamper(path: string, sql: string): void {
  const conn = openSqlite(path);
  conn.exec(`DROP TRIGGER screening_audit_no_update; DROP TRIGGER screening_audit_no_delete;
    DROP TRIGGER screening_audit_payloads_no_update; DROP TRIGGER screening_audit_payloads_no_delete;`);
  conn.exec(sql);
  conn.close();
}

async function exported(path: string): Promise<Record<string, unknown>[]> {
  const result = await runCli(['audit', 'export', '--db', path]);
  assert.equal(result.code, 0, result.err);
  return result.out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

test('prune then verify: the old match records lose their payload, the chain is intact', async () => {
  const path = copy('pruned.db');
  const pruned = await runCli(['audit', 'prune', '--older-than', '90', '--db', path]);
  assert.equal(pruned.code, 0, pruned.err);
  assert.match(pruned.out, /^Pruned 3 match records written before \S+ \([\d,]+ payload bytes\)/);
  const records = await exported(path);
  assert.deepEqual(
    records.map((r) => [r.seq, r.kind, r.pruned ?? false, 'payload' in r]),
    [
      [1, 'screen.start', false, true],
      [2, 'match', true, false],
      [3, 'match', true, false],
      [4, 'match', true, false],
      [5, 'decision', false, true],
      [6, 'match', false, true],
    ],
  );
  const verified = await runCli(['audit', 'verify', '--db', path]);
  assert.equal(verified.code, 0, verified.err);
  assert.match(
    verified.out,
    /^Audit trail intact: 6 records \(3 match records pruned to their payload hash\); last record 6/,
  );
  // Once is enough: a second pass finds nothing more.
  const again = await runCli(['audit', 'prune', '--older-than', '90', '--db', path]);
  assert.match(again.out, /^Pruned 0 match records/);
});

test('runs and decisions are never pruned, even with a period of 0 days', async () => {
  const path = copy('all.db');
  const pruned = await runCli(['audit', 'prune', '--older-than', '0', '--db', path]);
  assert.match(pruned.out, /^Pruned 4 match records/);
  const records = await exported(path);
  const kept = records.filter((r) => r.kind !== 'match');
  assert.deepEqual(
    kept.map((r) => [r.kind, r.payload]),
    [
      ['screen.start', { run: 'run-1', input: 'in.csv' }],
      ['decision', { decision_id: 1, run: 'run-1', row: 2 }],
    ],
  );
  // Coverage still finds the run's start and the decision in their payloads.
  const verified = await runCli(['audit', 'verify', '--db', path]);
  assert.equal(verified.code, 0, verified.err);
  assert.match(verified.out, /\(4 match records pruned/);
});

test("a pruned record's kept hash changed is caught, and so is a payload put back forged", async () => {
  const pruned = copy('forged.db');
  await runCli(['audit', 'prune', '--older-than', '90', '--db', pruned]);
  const hashChanged = copy('hash-changed.db');
  copyFileSync(pruned, hashChanged);
  tamper(
    hashChanged,
    `UPDATE screening_audit SET payload_sha256 = '${'0'.repeat(64)}' WHERE seq = 3`,
  );
  const result = await runCli(['audit', 'verify', '--db', hashChanged]);
  assert.equal(result.code, 1);
  assert.match(
    result.err,
    /broken at record 3: its content does not match its hash \(it was changed\)/,
  );
  const payloadBack = copy('payload-back.db');
  copyFileSync(pruned, payloadBack);
  tamper(
    payloadBack,
    `INSERT INTO screening_audit_payloads (seq, payload) VALUES (2, '{"forged":1}')`,
  );
  const back = await runCli(['audit', 'verify', '--db', payloadBack]);
  assert.equal(back.code, 1);
  assert.match(back.err, /broken at record 2: its payload does not match its payload hash/);
});

test("a decision's payload removed as if pruned is caught", async () => {
  const path = copy('decision-gone.db');
  tamper(
    path,
    `UPDATE screening_audit SET pruned_at = 'x' WHERE kind = 'decision';
    DELETE FROM screening_audit_payloads WHERE seq = 5`,
  );
  const result = await runCli(['audit', 'verify', '--db', path]);
  assert.equal(result.code, 1);
  assert.match(result.err, /broken at record 5: its payload was removed, but a decision record/);
});

test('the period comes from --older-than, else DOSSIER_AUDIT_RETENTION_DAYS; "off" prunes nothing', async () => {
  const path = copy('env.db');
  const off = await runCli(['audit', 'prune', '--db', path], {
    DOSSIER_AUDIT_RETENTION_DAYS: 'off',
  });
  assert.match(off.out, /^Retention is off/);
  const bad = await runCli(['audit', 'prune', '--older-than', 'ninety', '--db', path]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /whole number of days or "off"/);
  const fromEnv = await runCli(['audit', 'prune', '--db', path], {
    DOSSIER_AUDIT_RETENTION_DAYS: '0',
  });
  assert.match(fromEnv.out, /^Pruned 4 match records/);
});
