import assert from 'node:assert/strict';
import { createReadStream, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SqliteStore } from '../store/sqlite/index.js';
import { testData } from '../testing/data.js';
import { update } from './update.js';

test('update downloads each list and loads it; a failed list leaves its dataset alone', async () => {
  const unXml = testData('un', 'consolidated.xml');
  // A publisher on loopback: the UN list at /un.xml, nothing anywhere else.
  const server = createServer((req, res) => {
    if (req.url === '/un.xml') createReadStream(unXml).pipe(res);
    else res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'dossier-update-')), 'u.db'));
  try {
    const results = await update(store, [
      { dataset: 'un', format: 'un-xml', files: [{ url: `${base}/un.xml`, saveAs: 'un.xml' }] },
      { dataset: 'gone', format: 'un-xml', files: [{ url: `${base}/gone.xml`, saveAs: 'g.xml' }] },
    ]);
    assert.equal(results[0]?.summary?.version.targets, 1003);
    assert.match(results[1]?.error ?? '', /gone\.xml: HTTP 404/);
    const datasets = await store.datasets();
    assert.deepEqual(
      datasets.map((d) => d.dataset),
      ['un'],
    );
  } finally {
    await store.close();
    server.close();
  }
});

test('a download that cannot reach its publisher names the URL and the system cause', async () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'dossier-update-')), 'u.db'));
  // What Node's fetch throws offline: "fetch failed", the system error in `cause`.
  const offline: typeof fetch = async () => {
    const cause = Object.assign(new Error('getaddrinfo ENOTFOUND example.invalid'), {
      code: 'ENOTFOUND',
    });
    throw new TypeError('fetch failed', { cause });
  };
  try {
    const url = 'https://example.invalid/list.xml';
    const [result] = await update(
      store,
      [{ dataset: 'x', format: 'un-xml', files: [{ url, saveAs: 'x.xml' }] }],
      { fetch: offline },
    );
    assert.equal(
      result?.error,
      `${url}: ENOTFOUND (the host name could not be resolved: no network, or no DNS?)`,
    );
    assert.equal(result?.failedUrl, url);
    assert.equal(result?.networkCode, 'ENOTFOUND');
    assert.deepEqual(await store.datasets(), []);
  } finally {
    await store.close();
  }
});
