/**
 * The audit trail's chain: each record stores the SHA-256 of its canonical JSON, which includes
 * the previous record's hash, so that changing or removing any record breaks every link after
 * it. The chain's head (last sequence number and hash) is kept apart, so that removing the last
 * records is caught too; print it and keep it elsewhere to catch a rewrite of the whole chain.
 *
 * Two layouts: records of layout 1 (written before retention) hash the payload itself; records
 * of layout 2 hash the payload's own SHA-256, so that a match record's payload can be pruned
 * after its retention period and the chain still verifies from the hash kept in its place.
 */
import { isPrunable } from './audit-retention.js';
import { canonicalJson, sha256 } from './keys.js';

/** The hash the first record links to. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  kind: string;
  actor: string;
  at: string;
  payload: unknown;
}

/** The layout new records are written in. */
export const AUDIT_LAYOUT = 2;

export interface AuditRecord extends AuditEntry {
  seq: number;
  prev: string;
  hash: string;
  /** 1: the hash covers the payload; 2: it covers `payloadSha256`. */
  layout: 1 | 2;
  /** The SHA-256 of the payload's canonical JSON (layout 2), kept when the payload is pruned. */
  payloadSha256: string | null;
  /** The payload was replaced by its hash after the retention period (`payload` is null). */
  pruned: boolean;
}

type Unsealed = Omit<AuditRecord, 'hash' | 'pruned'>;

export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * The hash of a record: of the canonical JSON of its fields. Layout 1:
 * `{actor, at, kind, payload, prev, seq}`; layout 2: `{actor, at, kind, layout, payload_sha256,
 * prev, seq}`. `payloadJson`, the payload's canonical JSON, may be given when the caller has it
 * already: the payload is most of the text.
 */
export function recordHash(record: Unsealed, payloadJson?: string): string {
  const { seq, kind, actor, at, prev, payload } = record;
  // canonicalJson of those objects written out: keys in sorted order, and an undefined payload
  // left out as canonicalJson leaves it out.
  const json = canonicalJson;
  const start = `{"actor":${json(actor)},"at":${json(at)},"kind":${json(kind)},`;
  const end = `"prev":${json(prev)},"seq":${json(seq)}}`;
  if (record.layout === 2) {
    return sha256(`${start}"layout":2,"payload_sha256":${json(record.payloadSha256)},${end}`);
  }
  const payloadField =
    payload === undefined ? '' : `"payload":${payloadJson ?? canonicalJson(payload)},`;
  return sha256(`${start}${payloadField}${end}`);
}

/** The SHA-256 a layout 2 record keeps of its payload. */
export function payloadHash(payload: unknown, payloadJson = canonicalJson(payload)): string {
  return sha256(payloadJson);
}

/** The record that follows `head` (null for the first one), in the current layout. */
export function seal(entry: AuditEntry, head: ChainHead | null, payloadJson?: string): AuditRecord {
  const unsealed: Unsealed = {
    ...entry,
    seq: (head?.seq ?? 0) + 1,
    prev: head?.hash ?? GENESIS_HASH,
    layout: AUDIT_LAYOUT,
    payloadSha256: payloadHash(entry.payload, payloadJson),
  };
  return { ...unsealed, hash: recordHash(unsealed), pruned: false };
}

export type ChainCheck =
  | { ok: true; records: number; pruned: number; head: ChainHead | null }
  | { ok: false; seq: number; problem: string };

/** Check one record against the one before it; returns the problem, or null when it holds. */
function checkLink(record: AuditRecord, previous: ChainHead | null): string | null {
  const expected = (previous?.seq ?? 0) + 1;
  if (record.seq !== expected) {
    const missing =
      record.seq - 1 === expected ? `${expected} is` : `${expected}–${record.seq - 1} are`;
    return `record ${missing} missing (deleted)`;
  }
  if (record.prev !== (previous?.hash ?? GENESIS_HASH)) {
    return 'it does not link to the record before it (its previous hash differs)';
  }
  if (record.pruned) {
    if (record.layout !== 2 || !isPrunable(record.kind)) {
      return `its payload was removed, but a ${record.kind} record is never pruned`;
    }
  } else if (record.layout === 2 && payloadHash(record.payload) !== record.payloadSha256) {
    return 'its payload does not match its payload hash (it was changed)';
  }
  if (recordHash(record) !== record.hash) {
    return 'its content does not match its hash (it was changed)';
  }
  return null;
}

/** Compare the end of the chain with the separately kept head. */
function checkHead(last: ChainHead | null, head: ChainHead | null): ChainCheck | null {
  const lastSeq = last?.seq ?? 0;
  if (head === null) {
    return last ? { ok: false, seq: 1, problem: 'the record of the last hash is missing' } : null;
  }
  if (lastSeq < head.seq) {
    const problem = `the trail ends before record ${head.seq}, the last one written (deleted)`;
    return { ok: false, seq: lastSeq + 1, problem };
  }
  if (lastSeq > head.seq) {
    return { ok: false, seq: head.seq + 1, problem: 'it was added after the last record written' };
  }
  if (last && last.hash !== head.hash) {
    return { ok: false, seq: last.seq, problem: 'it is not the last record written' };
  }
  return null;
}

/**
 * The chain walked one record at a time, so that a caller can pause between records (a server
 * lets requests through while it checks a long trail).
 */
export class ChainWalk {
  private previous: ChainHead | null = null;
  private count = 0;
  private pruned = 0;

  /** Check the next record; returns the failed check, or null while the chain holds. */
  add(record: AuditRecord): Extract<ChainCheck, { ok: false }> | null {
    const problem = checkLink(record, this.previous);
    if (problem) {
      const seq = problem.includes('missing') ? (this.previous?.seq ?? 0) + 1 : record.seq;
      return { ok: false, seq, problem };
    }
    this.previous = { seq: record.seq, hash: record.hash };
    this.count++;
    if (record.pruned) this.pruned++;
    return null;
  }

  /** After the last record: compare the end with `head`, the separately kept last record. */
  end(head: ChainHead | null): ChainCheck {
    const end = { ok: true as const, records: this.count, pruned: this.pruned };
    return checkHead(this.previous, head) ?? { ...end, head: this.previous };
  }
}

/**
 * Walk the records in sequence order, then compare the end with `head`, the separately kept
 * last record.
 */
export function verifyChain(records: Iterable<AuditRecord>, head: ChainHead | null): ChainCheck {
  const walk = new ChainWalk();
  for (const record of records) {
    const broken = walk.add(record);
    if (broken) return broken;
  }
  return walk.end(head);
}
