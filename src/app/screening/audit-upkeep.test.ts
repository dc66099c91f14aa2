/**
 * What `dossier serve` does for its audit trail at an interval: prune match payloads past the
 * retention period, and sign a checkpoint of the head when it has moved. Tested through one pass
 * of each (the timers only repeat it).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { timestamp } from '../../core/screening/index.js';
import { openScreeningStore } from '../../store/screening/index.js';
import { generateAuditKey, readCheckpoints, readPublicKey } from './audit-checkpoints.js';
import { addMatch, auditFixture } from './audit-fixture.js';
import { verifyAudit } from './audit.js';
import { AuditUpkeep, auditUpkeepConfig } from './audit-upkeep.js';

const lines = (path: string) => readFileSync(path, 'utf8').trim().split('\n');

test('started, the server prunes and checkpoints at once; a checkpoint only when the head moved', async () => {
  const { dir, db } = await auditFixture();
  const { privatePath, publicPath } = generateAuditKey(join(dir, 'k.pem'));
  const config = auditUpkeepConfig({ auditCheckpointKey: privatePath }, {}, db);
  assert.equal(config.checkpointsFile, `${db}.checkpoints.jsonl`);
  const repo = openScreeningStore(db);
  const logged: string[] = [];
  const upkeep = new AuditUpkeep(repo, config, (line) => logged.push(line));
  try {
    assert.match(upkeep.describe(), /pruned after 90 days; signed checkpoints to .*checkpoints/);
    upkeep.start();
    await upkeep.stop();
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /^audit: pruned 3 match records \(\d+ payload bytes\)$/);
    assert.equal(lines(config.checkpointsFile).length, 1);
    await upkeep.checkpoint();
    assert.equal(lines(config.checkpointsFile).length, 1, 'the same head is not signed again');
    await addMatch(repo, timestamp());
    await upkeep.checkpoint();
    assert.equal(lines(config.checkpointsFile).length, 2);
    const heads = readCheckpoints(config.checkpointsFile, [readPublicKey(publicPath)]);
    assert.deepEqual(
      heads.map((h) => h.seq),
      [6, 7],
    );
    const verified = await verifyAudit(repo, { checkpoints: heads });
    assert.deepEqual([verified.records, verified.pruned], [7, 3]);
    // Started again: nothing new to sign at once; a record written meanwhile is signed as the
    // server stops.
    upkeep.start();
    await upkeep.idle();
    assert.equal(lines(config.checkpointsFile).length, 2);
    await addMatch(repo, timestamp());
    await upkeep.stop();
    assert.equal(lines(config.checkpointsFile).length, 3);
    assert.equal(JSON.parse(lines(config.checkpointsFile)[2]!).seq, 8);
  } finally {
    await repo.close();
  }
});

test('retention off, and no key: the server leaves the trail alone', async () => {
  const { db } = await auditFixture();
  const config = auditUpkeepConfig({}, { DOSSIER_AUDIT_RETENTION_DAYS: 'off' }, db);
  const repo = openScreeningStore(db);
  try {
    const upkeep = new AuditUpkeep(repo, config, () => {});
    upkeep.start();
    await upkeep.stop();
    assert.equal((await verifyAudit(repo)).pruned, 0);
    assert.equal(existsSync(config.checkpointsFile), false);
  } finally {
    await repo.close();
  }
});

test('options win over the environment; wrong values are refused before the server starts', () => {
  const env = {
    DOSSIER_AUDIT_RETENTION_DAYS: '30',
    DOSSIER_AUDIT_PRUNE_EVERY: '600',
    DOSSIER_AUDIT_CHECKPOINT_EVERY: '60',
    DOSSIER_AUDIT_CHECKPOINTS: '/x/c.jsonl',
  };
  const fromEnv = auditUpkeepConfig({}, env, 'd.db');
  assert.deepEqual(fromEnv, {
    retentionDays: 30,
    pruneEverySeconds: 600,
    checkpointKey: null,
    checkpointsFile: '/x/c.jsonl',
    checkpointEverySeconds: 60,
  });
  assert.equal(auditUpkeepConfig({ auditRetention: '7' }, env, 'd.db').retentionDays, 7);
  assert.equal(auditUpkeepConfig({}, {}, 'd.db').retentionDays, 90);
  assert.throws(
    () => auditUpkeepConfig({ auditPruneEvery: '0' }, {}, 'd.db'),
    /whole number of seconds/,
  );
  assert.throws(
    () => auditUpkeepConfig({ auditRetention: '-1' }, {}, 'd.db'),
    /whole number of days/,
  );
  const config = auditUpkeepConfig({ auditCheckpointKey: '/no/such/key.pem' }, {}, 'd.db');
  const repo = openScreeningStore(':memory:');
  assert.throws(() => new AuditUpkeep(repo, config, () => {}), /cannot read the private key/);
  return repo.close();
});
