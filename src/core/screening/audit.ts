/**
 * The audit trail's chain: each record stores the SHA-256 of its canonical JSON, which includes
 * the previous record's hash, so that changing or removing any record breaks every link after
 * it. The chain's head (last sequence number and hash) is kept apart, so that removing the last
 * records is caught too; print it and keep it elsewhere to catch a rewrite of the whole chain.
 */
import { canonicalJson, sha256 } from './keys.js';

/** The hash the first record links to. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  kind: string;
  actor: string;
  at: string;
  payload: unknown;
}

export interface AuditRecord extends AuditEntry {
  seq: number;
  prev: string;
  hash: string;
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * The hash of a record: of the canonical JSON of its fields. `payloadJson`, the payload's
 * canonical JSON, may be given when the caller has it already: the payload is most of the text.
 */
export function recordHash(
  record: Omit<AuditRecord, 'hash'>,
  payloadJson = canonicalJson(record.payload),
): string {
  const { seq, kind, actor, at, prev, payload } = record;
  // canonicalJson({seq, kind, actor, at, payload, prev}) written out: keys in sorted order, and
  // an undefined payload left out as canonicalJson leaves it out.
  const json = canonicalJson;
  const payloadField = payload === undefined ? '' : `"payload":${payloadJson},`;
  return sha256(
    `{"actor":${json(actor)},"at":${json(at)},"kind":${json(kind)},${payloadField}` +
      `"prev":${json(prev)},"seq":${json(seq)}}`,
  );
}

/** The record that follows `head` (null for the first one). */
export function seal(entry: AuditEntry, head: ChainHead | null, payloadJson?: string): AuditRecord {
  const unsealed = { ...entry, seq: (head?.seq ?? 0) + 1, prev: head?.hash ?? GENESIS_HASH };
  return { ...unsealed, hash: recordHash(unsealed, payloadJson) };
}

export type ChainCheck =
  | { ok: true; records: number; head: ChainHead | null }
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

  /** Check the next record; returns the failed check, or null while the chain holds. */
  add(record: AuditRecord): Extract<ChainCheck, { ok: false }> | null {
    const problem = checkLink(record, this.previous);
    if (problem) {
      const seq = problem.includes('missing') ? (this.previous?.seq ?? 0) + 1 : record.seq;
      return { ok: false, seq, problem };
    }
    this.previous = { seq: record.seq, hash: record.hash };
    this.count++;
    return null;
  }

  /** After the last record: compare the end with `head`, the separately kept last record. */
  end(head: ChainHead | null): ChainCheck {
    return checkHead(this.previous, head) ?? { ok: true, records: this.count, head: this.previous };
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
