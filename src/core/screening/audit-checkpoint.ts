/**
 * Signed checkpoints of the audit trail: the head (seq and hash) at a moment, signed with an
 * Ed25519 key kept away from the database. A head kept in the file itself can be rewritten with
 * the trail; a checkpoint cannot be forged without the private key, so that `audit verify
 * --checkpoints` catches a trail emptied, cut below a checkpoint, or rewritten at one, even by
 * someone who also rewrote the head row and the runs and decisions.
 *
 * One checkpoint is one JSON line: `{"at", "hash", "key", "seq", "signature", "v"}`. The signed
 * text is `dossier-audit-checkpoint/1 <seq> <hash> <at>`; `key` names the public key (the first
 * 16 hex digits of the SHA-256 of its DER encoding) so that a reader sees which key to ask for.
 */
import { createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import type { ChainHead } from './audit.js';
import type { ExpectedHead } from './audit-coverage.js';
import { AuditCheckpointError, AuditOptionError } from './errors.js';
import { canonicalJson, sha256 } from './keys.js';

export interface Checkpoint extends ChainHead {
  /** When the checkpoint was signed (ISO, UTC). */
  at: string;
  /** The signing key's ID (see keyId). */
  key: string;
  /** Base64 Ed25519 signature of checkpointMessage. */
  signature: string;
}

const VERSION = 1;

/** The text a checkpoint's signature covers. */
export function checkpointMessage(c: Pick<Checkpoint, 'seq' | 'hash' | 'at'>): string {
  return `dossier-audit-checkpoint/${VERSION} ${c.seq} ${c.hash} ${c.at}`;
}

/** A public key's short ID: the first 16 hex digits of the SHA-256 of its SPKI DER encoding. */
export function keyId(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return sha256(der.toString('latin1')).slice(0, 16);
}

function checkEd25519(key: KeyObject, what: string): void {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new AuditOptionError(`${what} must be an Ed25519 key, not ${key.asymmetricKeyType}`);
  }
}

/** Sign `head` as it was at `at` with an Ed25519 private key. */
export function signCheckpoint(head: ChainHead, at: string, privateKey: KeyObject): Checkpoint {
  checkEd25519(privateKey, 'the checkpoint key');
  const unsigned = { seq: head.seq, hash: head.hash, at };
  const signature = sign(null, Buffer.from(checkpointMessage(unsigned)), privateKey);
  return { ...unsigned, key: keyId(privateKey), signature: signature.toString('base64') };
}

export function checkpointLine(c: Checkpoint): string {
  return `${canonicalJson({ v: VERSION, ...c })}\n`;
}

/** One line of a checkpoints file (`line` numbers it from 1, for the message). */
export function parseCheckpoint(text: string, line: number): Checkpoint {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new AuditCheckpointError(line, 'it is not JSON');
  }
  const { v, seq, hash, at, key, signature } = value ?? {};
  const ok =
    v === VERSION &&
    Number.isSafeInteger(seq) &&
    (seq as number) >= 1 &&
    typeof hash === 'string' &&
    /^[0-9a-f]{64}$/.test(hash) &&
    typeof at === 'string' &&
    typeof key === 'string' &&
    typeof signature === 'string';
  if (!ok) {
    throw new AuditCheckpointError(
      line,
      'it is not a checkpoint {v: 1, seq, hash, at, key, signature}',
    );
  }
  return { seq: seq as number, hash, at, key, signature };
}

/**
 * Throws AuditCheckpointError unless `c` was signed by the private half of one of `publicKeys`
 * (several when the key was replaced over the file's life).
 */
export function verifyCheckpoint(c: Checkpoint, publicKeys: readonly KeyObject[], line: number) {
  for (const key of publicKeys) checkEd25519(key, 'the public key');
  const publicKey = publicKeys.find((key) => keyId(key) === c.key);
  if (!publicKey) {
    const given = publicKeys.map(keyId).join(', ');
    throw new AuditCheckpointError(line, `it was signed by key ${c.key}, not by key ${given}`);
  }
  const signature = Buffer.from(c.signature, 'base64');
  if (!verify(null, Buffer.from(checkpointMessage(c)), publicKey, signature)) {
    throw new AuditCheckpointError(line, 'its signature does not verify (forged or altered)');
  }
}

/** The record the trail must hold for checkpoint `line`. */
export function checkpointHead(c: Checkpoint, line: number): ExpectedHead {
  return { seq: c.seq, hash: c.hash, label: `the head of checkpoint ${line} (signed ${c.at})` };
}
