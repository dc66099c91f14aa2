import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { issueKey } from '../../auth/index.js';
import { openGraphStore } from '../graph/index.js';
import { openStore } from '../index.js';
import { openKeyStore } from '../keys/index.js';
import { openSqlite } from '../sqlite/index.js';
import { openCaseStore } from './index.js';

test('sqlite: the list, case, graph and key stores share one file, each domain versioned', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-shared-')), 'dossier.db');
  const lists = openStore(path);
  const cases = openCaseStore(path);
  const graph = openGraphStore(path);
  const keys = openKeyStore(path);
  try {
    await cases.createCase({ name: 'c' });
    await graph.upsert({ nodes: [{ id: 'n', schema: 'Company', caption: 'N' }] });
    await keys.insert(issueKey('read', 'k').stored);
    assert.deepEqual(await lists.datasets(), []);
    assert.equal((await cases.listCases()).length, 1);
    assert.equal((await graph.counts()).nodes, 1);
    assert.equal(await keys.countActive(), 1);
  } finally {
    for (const store of [keys, graph, cases, lists]) await store.close();
  }
  const db = openSqlite(path, { readonly: true });
  const rows = db.prepare('SELECT domain, version FROM dossier_schema ORDER BY domain').all();
  db.close();
  for (const domain of ['cases', 'graph', 'keys']) {
    assert.ok(
      rows.some((r) => (r as { domain: string }).domain === domain),
      `${domain} is recorded`,
    );
  }
});
