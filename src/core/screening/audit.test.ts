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
    pruned: 0,
    head: head(records),
  });
  assert.deepEqual(verifyChain([], null), { ok: true, records: 0, pruned: 0, head: null });
});

test('a changed record is named by its sequence number', () => {
  const records = chain(4);
  records[1] = { ...records[1]!, payload: { i: 99 } };
  const check = verifyChain(records, head(records));
  assert.deepEqual(check, {
    ok: false,
    seq: 2,
    problem: 'its payload does not match its payload hash (it was changed)',
  });
  // The payload's hash changed with it: the record's own hash no longer matches.
  records[1] = { ...records[1]!, payloadSha256: sha256(canonicalJson({ i: 99 })) };
  assert.equal(
    (verifyChain(records, head(records)) as { problem: string }).problem,
    'its content does not match its hash (it was changed)',
  );
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
  // Layout 1, as every record was written before retention.
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
      layout: 1 as const,
      payloadSha256: null,
    };
    const { seq, kind, actor, at, prev } = record;
    const expected = sha256(canonicalJson({ seq, kind, actor, at, payload, prev }));
    assert.equal(recordHash(record), expected);
    assert.equal(recordHash(record, canonicalJson(payload)), expected);
  }
});

test('a layout 2 record hashes the SHA-256 of its payload, not the payload', () => {
  const entry = { kind: 'match', actor: 'a', at: '2026-11-25T10:00:00Z', payload: { q: 'x' } };
  const record = seal(entry, null);
  const { seq, kind, actor, at, prev, layout } = record;
  const payload_sha256 = sha256(canonicalJson(entry.payload));
  assert.deepEqual([layout, record.payloadSha256], [2, payload_sha256]);
  const fields = { seq, kind, actor, at, layout, payload_sha256, prev };
  assert.equal(record.hash, sha256(canonicalJson(fields)));
});

/** A chain of a layout 1 record (as written before retention), then match records and a decision. */
function mixedChain(): AuditRecord[] {
  const old = { seq: 1, kind: 'screen.start', actor: 'a', at: '2024-01-01', payload: { run: 'r' } };
  const first = { ...old, prev: GENESIS_HASH, layout: 1 as const, payloadSha256: null };
  const records: AuditRecord[] = [{ ...first, hash: recordHash(first), pruned: false }];
  for (const kind of ['match', 'decision', 'reconcile']) {
    const entry = { kind, actor: 'a', at: '2024-01-02', payload: { queries: { q: kind } } };
    records.push(seal(entry, records.at(-1)!));
  }
  return records;
}

const pruned = (r: AuditRecord): AuditRecord => ({ ...r, payload: null, pruned: true });

test('match records pruned to their payload hash still verify, and are counted', () => {
  const records = mixedChain().map((r) => (r.kind === 'decision' ? r : pruned(r)));
  // The layout 1 record cannot be pruned: its hash covers its payload.
  assert.equal(
    (verifyChain(records, head(records)) as { problem: string }).problem,
    'its payload was removed, but a screen.start record is never pruned',
  );
  records[0] = mixedChain()[0]!;
  const check = verifyChain(records, head(records));
  assert.deepEqual(check, { ok: true, records: 4, pruned: 2, head: head(records) });
});

test("a pruned record's kept hash changed, or a decision pruned, is caught", () => {
  const records = mixedChain().map((r) => (r.kind === 'match' ? pruned(r) : r));
  records[1] = { ...records[1]!, payloadSha256: sha256('{"forged":true}') };
  assert.deepEqual(verifyChain(records, head(records)), {
    ok: false,
    seq: 2,
    problem: 'its content does not match its hash (it was changed)',
  });
  const decisionGone = mixedChain().map((r) => (r.kind === 'decision' ? pruned(r) : r));
  assert.deepEqual(verifyChain(decisionGone, head(decisionGone)), {
    ok: false,
    seq: 3,
    problem: 'its payload was removed, but a decision record is never pruned',
  });
});
