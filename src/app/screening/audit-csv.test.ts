/**
 * The audit CSV is opened in spreadsheets: a reviewer's name that is a formula must not run, and
 * the hashes must still be recomputable from the cells (one leading apostrophe removed).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { type AuditRecord, recordHash, restoreFormula, seal } from '../../core/screening/index.js';
import { sha256 } from '../../core/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';
import { exportAudit } from './audit.js';

const ACTORS = ["=cmd|' /C calc'!A0", '+1', "'quoted", '@SUM(A1)', 'alice'];

/** A store that holds only these records: the export reads nothing else. */
function storeOf(records: AuditRecord[]): ScreeningStore {
  const snapshot = {
    async *auditRecords() {
      yield* records;
    },
    close: async () => {},
  };
  return { snapshot: async () => snapshot } as unknown as ScreeningStore;
}

/** A decision by each actor, then a match record pruned to its payload hash. */
function chain(): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (const actor of ACTORS) {
    const entry = {
      kind: 'decision',
      actor,
      at: '2026-12-07T07:00:00.000Z',
      payload: { by: actor },
    };
    records.push(seal(entry, records.at(-1) ?? null));
  }
  const match = { kind: 'match', actor: '=1+1', at: '2026-12-07T07:00:00.000Z', payload: { q: 1 } };
  records.push({ ...seal(match, records.at(-1)!), payload: null, pruned: true });
  return records;
}

async function exported(records: AuditRecord[], format: 'csv' | 'jsonl'): Promise<string> {
  let text = '';
  for await (const part of exportAudit(storeOf(records), format)) text += part;
  return text;
}

test('no cell of the audit CSV starts a formula, and the hashes recompute from it', async () => {
  const records = chain();
  const rows: string[][] = parse(await exported(records, 'csv'));
  assert.deepEqual(rows[0], [
    ...['seq', 'at', 'kind', 'actor', 'payload', 'prev', 'hash'],
    ...['layout', 'payload_sha256', 'pruned'],
  ]);
  assert.equal(rows.length, records.length + 1);
  for (const [i, row] of rows.slice(1).entries()) {
    for (const cell of row.slice(1)) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
    const [seq, at, kind, actor, payload, prev, hash, , payloadSha256, pruned] =
      row.map(restoreFormula);
    assert.equal(actor, records[i]!.actor);
    if (pruned === 'true') assert.equal(payload, '');
    else assert.equal(sha256(payload!), payloadSha256, 'the payload cell is the text hashed');
    const fields = { seq: Number(seq), at: at!, kind: kind!, actor: actor!, prev: prev! };
    const record = { ...fields, layout: 2 as const, payloadSha256: payloadSha256!, payload: null };
    assert.equal(recordHash(record), hash);
    assert.equal(hash, records[i]!.hash);
  }
});

test('the JSONL export keeps every field as it was hashed', async () => {
  const records = chain();
  const lines = (await exported(records, 'jsonl')).trim().split('\n');
  const parsed = lines.map((l) => JSON.parse(l));
  assert.deepEqual(
    parsed.map((r) => r.actor),
    [...ACTORS, '=1+1'],
  );
  assert.deepEqual(parsed[0].payload, { by: ACTORS[0] });
  const last = parsed.at(-1);
  assert.deepEqual([last.pruned, 'payload' in last], [true, false]);
  assert.equal(last.payload_sha256, records.at(-1)!.payloadSha256);
});
