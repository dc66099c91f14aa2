/**
 * Signed checkpoints of the audit trail kept in a file outside the database (JSON lines, one
 * appended per checkpoint): the key pair, writing a checkpoint, and reading a file back for
 * `audit verify --checkpoints`. The private key signs; only the public key is needed to verify,
 * so the machine that checks need not hold anything that could forge.
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  AuditBrokenError,
  AuditOptionError,
  type Checkpoint,
  checkpointHead,
  checkpointLine,
  type ExpectedHead,
  keyId,
  parseCheckpoint,
  signCheckpoint,
  timestamp,
  verifyCheckpoint,
} from '../../core/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';

/** `key.pem` → `key.pub.pem`: where keygen puts the public half. */
export function publicKeyPath(privatePath: string): string {
  return privatePath.endsWith('.pem')
    ? `${privatePath.slice(0, -'.pem'.length)}.pub.pem`
    : `${privatePath}.pub.pem`;
}

/**
 * Make an Ed25519 key pair: the private key (PKCS #8 PEM, readable by its owner only) at `out`,
 * the public key (SPKI PEM) beside it. Refuses to overwrite either: a lost private key cannot
 * sign again, and a replaced one would not verify the checkpoints already written.
 */
export function generateAuditKey(out: string): {
  privatePath: string;
  publicPath: string;
  id: string;
} {
  const publicPath = publicKeyPath(out);
  for (const path of [out, publicPath]) {
    if (existsSync(path)) throw new AuditOptionError(`${path} exists already; not overwritten`);
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pem = (key: KeyObject, type: 'pkcs8' | 'spki') =>
    key.export({ type, format: 'pem' }).toString();
  writeFileSync(out, pem(privateKey, 'pkcs8'), { flag: 'wx', mode: 0o600 });
  writeFileSync(publicPath, pem(publicKey, 'spki'), { flag: 'wx', mode: 0o644 });
  return { privatePath: out, publicPath, id: keyId(publicKey) };
}

function readPem(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new AuditOptionError(`cannot read ${what} ${path}: ${(error as Error).message}`);
  }
}

export function readPrivateKey(path: string): KeyObject {
  try {
    return createPrivateKey(readPem(path, 'the private key'));
  } catch (error) {
    if (error instanceof AuditOptionError) throw error;
    throw new AuditOptionError(`${path} is not a private key in PEM form`);
  }
}

export function readPublicKey(path: string): KeyObject {
  try {
    return createPublicKey(readPem(path, 'the public key'));
  } catch (error) {
    if (error instanceof AuditOptionError) throw error;
    throw new AuditOptionError(`${path} is not a public key in PEM form`);
  }
}

/** The file's checkpoints, numbered from 1 by line (blank lines skipped, still counted). */
function checkpointsIn(path: string): { line: number; checkpoint: Checkpoint }[] {
  const text = readPem(path, 'the checkpoints file');
  const out: { line: number; checkpoint: Checkpoint }[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue;
    out.push({ line: i + 1, checkpoint: parseCheckpoint(raw, i + 1) });
  }
  return out;
}

/**
 * Every checkpoint of the file, its signature checked against `publicKeys`, as the heads the
 * trail must hold (throws AuditCheckpointError on the first that does not verify).
 */
export function readCheckpoints(path: string, publicKeys: readonly KeyObject[]): ExpectedHead[] {
  return checkpointsIn(path).map(({ line, checkpoint }) => {
    verifyCheckpoint(checkpoint, publicKeys, line);
    return checkpointHead(checkpoint, line);
  });
}

/**
 * Sign the trail's head now and append it to `out`; returns it, or null when the trail is empty
 * (nothing to anchor yet). Before signing, the file's last checkpoint (if any, and made with this
 * key) must verify and its record must still be on the trail with its hash: a checkpointer run
 * from cron must not put its signature on a trail that was cut or rewritten since.
 */
export async function writeCheckpoint(
  repo: ScreeningStore,
  privateKey: KeyObject,
  out: string,
  now = new Date(),
): Promise<Checkpoint | null> {
  const head = await repo.auditHead();
  if (!head) return null;
  const last = existsSync(out) ? checkpointsIn(out).at(-1) : undefined;
  if (last) {
    const publicKey = createPublicKey(privateKey);
    const { line, checkpoint } = last;
    if (checkpoint.key === keyId(publicKey)) verifyCheckpoint(checkpoint, [publicKey], line);
    const record = await repo.auditRecord(checkpoint.seq);
    if (record?.hash !== checkpoint.hash) {
      const problem = record
        ? `it is not the head of checkpoint ${line} in ${out} (its hash differs: rewritten)`
        : `the trail ends before it, the head of checkpoint ${line} in ${out} (truncated)`;
      throw new AuditBrokenError(checkpoint.seq, problem);
    }
  }
  const checkpoint = signCheckpoint(head, timestamp(now), privateKey);
  appendFileSync(out, checkpointLine(checkpoint));
  return checkpoint;
}
