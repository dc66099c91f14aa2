/**
 * For the audit trail's tests: a database file holding a run, a decision on it and match records
 * as `/match` writes them, some written long ago (due for pruning) and one just now. Written
 * through the store, as the screening services and the server write them.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timestamp } from '../../core/screening/index.js';
import { openScreeningStore, type ScreeningStore } from '../../store/screening/index.js';

export const LONG_AGO = '2020-01-01T00:00:00.000Z';

/** The payload of one `/match` request's record, its size about a real one's. */
export function matchPayload(name: string) {
  return {
    dataset: 'default',
    versions: { un: 3 },
    algorithm: 'dossier-v1',
    threshold: 0.7,
    limit: 5,
    params: {},
    queries: { q1: { schema: 'Person', properties: { name: [name] } } },
    results: { q1: [{ id: 'unsc-6908555', score: 0.71 }] },
  };
}

export async function addMatch(repo: ScreeningStore, at: string, name = 'Ivan Petrov') {
  await repo.appendAudit({ kind: 'match', actor: 'key ops', at, payload: matchPayload(name) });
}

export async function addRun(repo: ScreeningStore, id: string) {
  const params = { inputFormat: 'csv', output: null, report: null, dataset: 'default' };
  const run = { ...params, threshold: 0.7, algorithm: 'dossier-v1', limit: 5, map: [] };
  const payload = { run: id, input: 'in.csv' };
  await repo.createRun(
    {
      ...{ id, kind: 'screen', input: 'in.csv', inputSha256: 'x', params: run, versions: {} },
      ...{ actor: 'alice', startedAt: LONG_AGO, pid: process.pid },
    },
    { kind: 'screen.start', actor: 'alice', at: LONG_AGO, payload },
  );
}

export async function addDecision(repo: ScreeningStore, runId: string, row: number) {
  const decision = {
    ...{ runId, row, partyKey: `p${row}`, entityId: 'unsc-6908555', entityDigest: 'd' },
    ...{ decision: 'false-positive' as const, reason: 'born 1975', actor: 'bob' },
    decidedAt: LONG_AGO,
  };
  return repo.addDecision(decision, (id) => ({
    kind: 'decision',
    actor: 'bob',
    at: LONG_AGO,
    payload: { decision_id: id, run: runId, row },
  }));
}

/**
 * Records 1-6: a run's start, three match records long ago, a decision, and a match record now.
 * Returns the database's path; the store is closed.
 */
export async function auditFixture(): Promise<{ dir: string; db: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-audit-'));
  const db = join(dir, 'audit.db');
  const repo = openScreeningStore(db);
  try {
    await addRun(repo, 'run-1');
    for (const name of ['Ivan Petrov', 'Kupol', 'Acme']) await addMatch(repo, LONG_AGO, name);
    await addDecision(repo, 'run-1', 2);
    await addMatch(repo, timestamp());
  } finally {
    await repo.close();
  }
  return { dir, db };
}
