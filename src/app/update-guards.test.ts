/**
 * `dossier update` loads through ingest, so its checks apply there too: a publisher (or a cache,
 * or a mirror) serving an older list than the one loaded is refused, and the dataset stays as it
 * was (issue 10, item 7).
 */
import assert from 'node:assert/strict';
import { createReadStream, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SqliteStore } from '../store/sqlite/index.js';
import { testData } from '../testing/data.js';
import { ingest } from './ingest.js';
import { update } from './update.js';

test('update refuses a downloaded list older than the loaded one', async () => {
  const old = testData('un', 'history', 'consolidated_2018-10-29.xml');
  const server = createServer((_req, res) => createReadStream(old).pipe(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'dossier-update-')), 'u.db'));
  try {
    await ingest(store, { files: [testData('un', 'consolidated.xml')], dataset: 'un' });
    const before = await store.datasets();
    const [result] = await update(store, [
      { dataset: 'un', format: 'un-xml', files: [{ url: `${base}/un.xml`, saveAs: 'un.xml' }] },
    ]);
    assert.equal(result?.summary, undefined);
    assert.match(
      result?.error ?? '',
      /published on 2018-10-29, before version 1 \(published 2026-02-27\)/,
    );
    assert.deepEqual(await store.datasets(), before);
  } finally {
    await store.close();
    server.close();
  }
});
