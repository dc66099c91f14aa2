/**
 * Where a document's bytes live: a folder of files named by their SHA-256, beside the database,
 * not rows in it. Why a folder:
 * - leaks run to gigabytes; in SQLite every byte would pass through the WAL, slow every backup and
 *   copy of the file, and never shrink without VACUUM;
 * - the tools that read documents (pdftoppm, tesseract, unzip) want a file path, not a buffer;
 * - content-addressed files never change, so they need no transaction: the bytes are written
 *   (temp file, then an atomic rename) before the document's row, and a crash in between leaves
 *   only an unreferenced file that the next `add` of the same bytes reuses.
 * A PostgreSQL deployment can keep the same interface over a shared folder or an object store.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, chmod, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface BlobInfo {
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string;
  size: number;
}

export interface BlobStore {
  /** Stores the bytes once however often they are put; returns their hash and size. */
  put(bytes: Uint8Array): Promise<BlobInfo>;
  /** Streams a file in, hashing while copying, so that a large archive never sits in memory. */
  putFile(path: string): Promise<BlobInfo>;
  has(sha256: string): Promise<boolean>;
  /** The bytes, or null when they were never stored. */
  get(sha256: string): Promise<Uint8Array | null>;
  /** A path that external tools can read, or null when the bytes were never stored. */
  localPath(sha256: string): Promise<string | null>;
}

const HEX = /^[0-9a-f]{64}$/;

/** Blobs under `root/ab/cd/abcd...`: two levels keep any one folder to a few hundred files. */
export class FolderBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private pathOf(sha256: string): string {
    if (!HEX.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Uint8Array): Promise<BlobInfo> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (!(await this.has(sha256))) {
      await this.commit(sha256, async (file) => {
        const handle = await open(file, 'wx');
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
      });
    }
    return { sha256, size: bytes.byteLength };
  }

  async putFile(path: string): Promise<BlobInfo> {
    // Copy while hashing into a temp file: the name is known only at the end.
    const hash = createHash('sha256');
    let size = 0;
    const temp = await this.tempPath();
    const handle = await open(temp, 'wx');
    try {
      for await (const chunk of createReadStream(path)) {
        const buffer = chunk as Buffer;
        hash.update(buffer);
        size += buffer.byteLength;
        await handle.write(buffer);
      }
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    const sha256 = hash.digest('hex');
    if (await this.has(sha256)) await rm(temp, { force: true });
    else await this.place(temp, sha256);
    return { sha256, size };
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  async get(sha256: string): Promise<Uint8Array | null> {
    if (!(await this.has(sha256))) return null;
    return new Uint8Array(await readFile(this.pathOf(sha256)));
  }

  async localPath(sha256: string): Promise<string | null> {
    return (await this.has(sha256)) ? this.pathOf(sha256) : null;
  }

  private async tempPath(): Promise<string> {
    const dir = join(this.root, 'tmp');
    await mkdir(dir, { recursive: true });
    return join(dir, `${process.pid}-${randomBytes(8).toString('hex')}`);
  }

  private async commit(sha256: string, write: (file: string) => Promise<void>): Promise<void> {
    const temp = await this.tempPath();
    try {
      await write(temp);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    await this.place(temp, sha256);
  }

  /** Read-only, then renamed into place: a reader never sees a half-written blob. */
  private async place(temp: string, sha256: string): Promise<void> {
    const target = this.pathOf(sha256);
    await mkdir(join(target, '..'), { recursive: true });
    await chmod(temp, 0o444);
    await rename(temp, target);
  }
}
