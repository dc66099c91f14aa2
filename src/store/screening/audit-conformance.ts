/**
 * The audit trail's retention, as every screening store backend must keep it: only match
 * records (kinds `match` and `reconcile`) written before the cut-off lose their payload, oldest
 * first and a page at a time; their hash stays, so the chain verifies; nothing else changes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AuditRecord, payloadHash, verifyChain } from '../../core/screening/index.js';
import type { ScreeningStore } from './types.js';

async function all(repo: ScreeningStore): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  for await (const record of repo.auditRecords()) out.push(record);
  return out;
}

const OLD = '2024-01-01T00:00:00.000Z';
const NEW = '2024-06-01T00:00:00.000Z';
const CUT = '2024-03-01T00:00:00.000Z';

/** A trail of every kind of record, old and new. */
const ENTRIES = [
  ['screen.start', OLD],
  ['match', OLD],
  ['screen.batch', OLD],
  ['reconcile', OLD],
  ['decision', OLD],
  ['screen.finish', OLD],
  ['match', NEW],
].map(([kind, at]) => ({ kind: kind!, actor: 'a', at: at!, payload: { kind, q: ['x'] } }));

export function auditRetentionConformance(name: string, open: () => Promise<ScreeningStore>) {
  test(`${name}: pruning empties old match payloads only, keeps their hash, and the chain verifies`, async () => {
    const repo = await open();
    try {
      for (const entry of ENTRIES) await repo.appendAudit(entry);
      const before = await all(repo);
      assert.deepEqual(
        before.map((r) => r.layout),
        ENTRIES.map(() => 2),
      );
      // A page at a time, oldest first: the first page of one takes the match at seq 2.
      assert.deepEqual(await repo.pruneAudit(CUT, NEW, 1), {
        records: 1,
        bytes: JSON.stringify({ kind: 'match', q: ['x'] }).length,
      });
      assert.equal((await repo.pruneAudit(CUT, NEW, 10)).records, 1);
      assert.equal((await repo.pruneAudit(CUT, NEW, 10)).records, 0, 'nothing twice');
      const after = await all(repo);
      assert.deepEqual(
        after.filter((r) => r.pruned).map((r) => [r.seq, r.kind, r.payload]),
        [
          [2, 'match', null],
          [4, 'reconcile', null],
        ],
      );
      for (const [i, record] of after.entries()) {
        const was = before[i]!;
        assert.equal(record.hash, was.hash);
        assert.equal(record.payloadSha256, payloadHash(ENTRIES[i]!.payload));
        if (!record.pruned) assert.deepEqual(record.payload, ENTRIES[i]!.payload);
      }
      assert.deepEqual(verifyChain(after, await repo.auditHead()), {
        ok: true,
        records: ENTRIES.length,
        pruned: 2,
        head: await repo.auditHead(),
      });
      assert.equal((await repo.auditRecord(2))?.pruned, true);
      assert.equal(await repo.auditRecord(99), null);
    } finally {
      await repo.close();
    }
  });
}
