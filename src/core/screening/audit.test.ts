import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AuditRecord, GENESIS_HASH, recordHash, seal, verifyChain } from './audit.js';
import { canonicalJson, sha256 } from './keys.js';

function chain(n: number): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (let i = 0; i < n; i++) {
    const last = records.at(-1) ?? null;
    const entry = { kind: 'test', actor: 'a', at: `2024-01-0${i + 1}`, payload: { i } };
    records.push(seal(entry, last && { seq: last.seq, hash: last.hash }));
  }
  return records;
}

const head = (records: AuditRecord[]) => ({ seq: records.at(-1)!.seq, hash: records.at(-1)!.hash });

test('a sealed chain verifies, and links each record to the one before', () => {
  const records = chain(4);
  assert.equal(records[0]!.prev, GENESIS_HASH);
  assert.equal(records[2]!.prev, records[1]!.hash);
  assert.deepEqual(verifyChain(records, head(records)), {
    ok: true,
    records: 4,
    head: head(records),
  });
  assert.deepEqual(verifyChain([], null), { ok: true, records: 0, head: null });
});

test('a changed record is named by its sequence number', () => {
  const records = chain(4);
  records[1] = { ...records[1]!, payload: { i: 99 } };
  const check = verifyChain(records, head(records));
  assert.deepEqual(check, {
    ok: false,
    seq: 2,
    problem: 'its content does not match its hash (it was changed)',
  });
  // Re-hashing the changed record breaks the next link instead.
  records[1] = { ...records[1]!, hash: recordHash(records[1]!) };
  assert.equal((verifyChain(records, head(records)) as { seq: number }).seq, 3);
});

test('deleted records are found, in the middle and at the end', () => {
  const records = chain(5);
  const middle = records.filter((r) => r.seq !== 3);
  assert.deepEqual(verifyChain(middle, head(records)), {
    ok: false,
    seq: 3,
    problem: 'record 3 is missing (deleted)',
  });
  const end = records.slice(0, 3);
  const check = verifyChain(end, head(records));
  assert.equal(check.ok, false);
  assert.equal((check as { seq: number }).seq, 4);
  assert.equal(verifyChain(records, null).ok, false, 'a missing head is a break');
});

test("a record's hash is the SHA-256 of its fields' canonical JSON, as records already kept were sealed", () => {
  const payloads = [
    { queries: [{ name: 'Иван «Петров»', score: 0.8125 }], nested: { b: [1, null], a: 'x' } },
    'a plain string',
    null,
    undefined,
    [3, 2, 1],
  ];
  for (const payload of payloads) {
    const record = {
      seq: 7,
      kind: 'match',
      actor: 'key "ops"',
      at: '2026-11-25T10:00:00Z',
      payload,
      prev: GENESIS_HASH,
    };
    const { seq, kind, actor, at, prev } = record;
    const expected = sha256(canonicalJson({ seq, kind, actor, at, payload, prev }));
    assert.equal(recordHash(record), expected);
    assert.equal(recordHash(record, canonicalJson(payload)), expected);
  }
});
