import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { storeConformance } from '../conformance.js';
import { SqliteStore } from './store.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
let n = 0;
storeConformance('sqlite', async () => new SqliteStore(join(dir, `t${n++}.db`)));

test('sqlite: readers keep the current version while a load is open', async () => {
  const path = join(dir, 'readers.db');
  const writer = new SqliteStore(path);
  const first = await writer.beginLoad({
    dataset: 'r',
    format: 't',
    sourceFiles: [],
    incremental: false,
  });
  first.write({ id: 'a', schema: 'Person', target: true, statements: [] });
  await first.commit();
  const session = await writer.beginLoad({
    dataset: 'r',
    format: 't',
    sourceFiles: [],
    incremental: false,
  });
  session.write({ id: 'b', schema: 'Person', target: true, statements: [] });
  const reader = new SqliteStore(path);
  const seen = await reader.datasets();
  assert.equal(seen[0]?.version, 1);
  await session.commit();
  assert.equal((await reader.datasets())[0]?.version, 2);
  await reader.close();
  await writer.close();
});

test('sqlite: a process killed in the middle of a load leaves the previous version intact', async () => {
  const path = join(dir, 'killed.db');
  const child = fileURLToPath(new URL('./kill-fixture.js', import.meta.url));
  const ok = spawnSync(process.execPath, [child, path, 'commit'], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  const killed = spawnSync(process.execPath, [child, path, 'kill'], { encoding: 'utf8' });
  assert.equal(killed.signal, 'SIGKILL');
  const store = new SqliteStore(path);
  const [current] = await store.datasets();
  assert.equal(current?.version, 1);
  assert.equal(current?.entities, 2000);
  assert.equal((await store.entity('e-1999'))?.properties.name?.[0], 'Person 1999');
  await store.close();
});
