/**
 * What every blob store must do, as a suite that takes a factory giving a fresh, empty store.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { BlobStore } from './blobs.js';

const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function blobStoreConformance(name: string, open: () => Promise<BlobStore>) {
  test(`${name} blobs: bytes are stored once under their SHA-256 and come back unchanged`, async () => {
    const blobs = await open();
    const bytes = new TextEncoder().encode('Акт приёмки 验收单');
    const first = await blobs.put(bytes);
    assert.deepEqual(first, { sha256: hex(bytes), size: bytes.byteLength });
    assert.deepEqual(await blobs.put(bytes), first);
    assert.equal(await blobs.has(first.sha256), true);
    assert.deepEqual(await blobs.get(first.sha256), bytes);
    const path = await blobs.localPath(first.sha256);
    assert.ok(path);
    assert.deepEqual(new Uint8Array(readFileSync(path)), bytes);
  });

  test(`${name} blobs: a file streamed in has the same hash as its bytes put`, async () => {
    const blobs = await open();
    const bytes = new Uint8Array(3 * 1024 * 1024 + 7).map((_, i) => (i * 31) % 251);
    const file = join(mkdtempSync(join(tmpdir(), 'dossier-blob-src-')), 'big.bin');
    writeFileSync(file, bytes);
    const streamed = await blobs.putFile(file);
    assert.deepEqual(streamed, { sha256: hex(bytes), size: bytes.byteLength });
    assert.deepEqual(await blobs.put(bytes), streamed);
    assert.equal((await blobs.get(streamed.sha256))?.byteLength, bytes.byteLength);
    const empty = await blobs.put(new Uint8Array());
    assert.equal(empty.size, 0);
    assert.deepEqual(await blobs.get(empty.sha256), new Uint8Array());
  });

  test(`${name} blobs: what was never stored is not found`, async () => {
    const blobs = await open();
    const absent = hex(new TextEncoder().encode('absent'));
    assert.equal(await blobs.has(absent), false);
    assert.equal(await blobs.get(absent), null);
    assert.equal(await blobs.localPath(absent), null);
    await assert.rejects(blobs.putFile('/nonexistent/dossier/file.pdf'));
    assert.equal(await blobs.has(absent), false);
  });
}
