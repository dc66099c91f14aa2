import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { verifyChain } from '../../screening/audit.js';
import type { Batch, Hit } from '../../screening/types.js';
import { openStore } from '../index.js';
import { ScreeningRepository } from './repository.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-screening-repo-'));
const audit = (kind: string) => ({
  kind,
  actor: 'a',
  at: '2024-01-01T00:00:00.000Z',
  payload: { kind },
});

function hit(row: number, entityId: string): Hit {
  return {
    row,
    partyKey: `p${row}`,
    entityId,
    caption: entityId,
    schema: 'Person',
    score: 0.9,
    explanations: {},
    datasets: ['t'],
    entityDigest: 'd',
  };
}

function batch(rows: number[], cursor: number): Batch {
  return {
    rows: rows.map((row) => ({
      row,
      partyKey: `p${row}`,
      example: { schema: 'Person', properties: { name: [`N ${row}`] } },
      hits: [hit(row, `e${row}`)],
      suppressed: [],
    })),
    issues: [{ row: cursor, message: 'no name', screened: false }],
    cursor,
    screened: rows.length,
  };
}

function newRun(repo: ScreeningRepository, id: string) {
  const params = { inputFormat: 'csv', output: null, report: null, dataset: 'default' };
  const run = { ...params, threshold: 0.7, algorithm: 'dossier-v1', limit: 5, map: [] };
  repo.createRun(
    {
      ...{ id, kind: 'screen', input: 'in.csv', inputSha256: 'x', params: run, versions: { t: 1 } },
      ...{ actor: 'a', startedAt: '2024-01-01T00:00:00.000Z', pid: process.pid },
    },
    audit('screen.start'),
  );
}

test('a batch commits its rows, hits, problems, cursor and audit record together, or none of them', () => {
  const path = join(dir, 'batch.db');
  const repo = new ScreeningRepository(path);
  newRun(repo, 'r1');
  repo.commitBatch('r1', batch([2, 3], 4), {
    outBytes: 10,
    addParties: true,
    allRows: true,
    audit: audit('b'),
  });
  // Row 3 again: the second batch fails on it, after its other rows were written.
  const bad = batch([5, 3], 6);
  assert.throws(() =>
    repo.commitBatch('r1', bad, {
      outBytes: 20,
      addParties: true,
      allRows: true,
      audit: audit('b'),
    }),
  );
  const run = repo.run('r1')!;
  assert.deepEqual(
    [run.cursor, run.outBytes, run.rowsDone, run.hits, run.issues],
    [4, 10, 2, 2, 1],
  );
  assert.deepEqual(repo.rowNumbers('r1'), [2, 3]);
  assert.deepEqual(
    [...repo.hits('r1')].map((h) => h.entityId),
    ['e2', 'e3'],
  );
  assert.equal(repo.portfolioSize(), 2);
  assert.equal(repo.auditHead()?.seq, 2);
  assert.ok(verifyChain(repo.auditRecords(), repo.auditHead()).ok);
  repo.close();
});

test("the screening tables live beside the list store's, each with its own connection", async () => {
  const path = join(dir, 'shared.db');
  const store = openStore(path);
  const repo = new ScreeningRepository(path);
  newRun(repo, 'r2');
  assert.deepEqual(await store.datasets(), []);
  const again = new ScreeningRepository(path);
  assert.equal(again.run('r2')?.status, 'running');
  assert.equal(again.portfolioPage(0, 10).length, 0);
  again.close();
  repo.close();
  await store.close();
});

test('a run is cancelled once, and its input noted removed once, each with its audit record', () => {
  const repo = new ScreeningRepository(join(dir, 'cancel.db'));
  try {
    newRun(repo, 'r1');
    repo.commitBatch('r1', batch([1, 2], 3), {
      ...{ outBytes: 0, addParties: true, allRows: true },
      audit: audit('screen.batch'),
    });
    const cancel = (run: { rowsDone: number }) => ({
      ...audit('screen.cancel'),
      payload: { rows_done: run.rowsDone },
    });
    assert.equal(repo.cancelRun('r1', cancel), true);
    assert.equal(repo.cancelRun('r1', cancel), false, 'cancelled already: nothing written');
    const run = repo.run('r1')!;
    assert.deepEqual(
      [run.status, run.pid, run.rowsDone, run.inputRemovedAt],
      ['cancelled', null, 2, null],
    );
    assert.deepEqual(repo.rowNumbers('r1'), [1, 2], 'the committed rows stay');
    assert.equal(repo.inputRemoved('r1', audit('screen.input-removed')), true);
    assert.equal(repo.inputRemoved('r1', audit('screen.input-removed')), false);
    assert.equal(repo.run('r1')!.inputRemovedAt, '2024-01-01T00:00:00.000Z');

    newRun(repo, 'r2');
    repo.finishRun('r2', 'finished', '2024-01-01T00:00:01.000Z', audit('screen.finish'));
    assert.equal(repo.cancelRun('r2', cancel), false, 'a finished run is not cancelled');
    assert.equal(repo.run('r2')!.status, 'finished');

    const records = [...repo.auditRecords()];
    assert.deepEqual(
      records.map((r) => r.kind),
      [
        'screen.start',
        'screen.batch',
        'screen.cancel',
        'screen.input-removed',
        'screen.start',
        'screen.finish',
      ],
    );
    assert.deepEqual(records[2]!.payload, { rows_done: 2 });
    assert.equal(verifyChain(records, repo.auditHead()).ok, true);
  } finally {
    repo.close();
  }
});

test('a file made before input_removed_at gets the column when opened', () => {
  const path = join(dir, 'old.db');
  const old = new ScreeningRepository(path);
  newRun(old, 'r1');
  old.db.exec('ALTER TABLE screening_runs DROP COLUMN input_removed_at');
  old.close();
  const repo = new ScreeningRepository(path);
  try {
    assert.equal(repo.run('r1')!.inputRemovedAt, null);
    assert.equal(repo.inputRemoved('r1', audit('screen.input-removed')), true);
    assert.equal(repo.run('r1')!.inputRemovedAt, '2024-01-01T00:00:00.000Z');
  } finally {
    repo.close();
  }
});
