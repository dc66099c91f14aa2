/**
 * The audit CSV is opened in spreadsheets: a reviewer's name that is a formula must not run, and
 * the hashes must still be recomputable from the cells (one leading apostrophe removed).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { type AuditRecord, recordHash, restoreFormula, seal } from '../../core/screening/index.js';
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
  assert.deepEqual(rows[0], ['seq', 'at', 'kind', 'actor', 'payload', 'prev', 'hash']);
  for (const [i, row] of rows.slice(1).entries()) {
    for (const cell of row.slice(1)) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
    const [seq, at, kind, actor, payload, prev, hash] = row.map(restoreFormula);
    assert.equal(actor, ACTORS[i]);
    const fields = { seq: Number(seq), at: at!, kind: kind!, actor: actor!, prev: prev! };
    assert.equal(recordHash({ ...fields, payload: JSON.parse(payload!) }), hash);
    assert.equal(hash, records[i]!.hash);
  }
});

test('the JSONL export keeps every field as it was hashed', async () => {
  const records = chain();
  const lines = (await exported(records, 'jsonl')).trim().split('\n');
  assert.deepEqual(
    lines.map((l) => JSON.parse(l).actor),
    ACTORS,
  );
});
