import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openSqlite } from '../sqlite/index.js';
import { designationStoreConformance } from './conformance.js';
import { SqliteDesignationStore } from './index.js';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'dossier-designations-')), 'test.db');

designationStoreConformance('sqlite', async () => new SqliteDesignationStore(tempDb()));

function tables(path: string): string[] {
  const db = openSqlite(path, { readonly: true });
  try {
    const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    return (rows as { name: string }[]).map((r) => r.name).sort();
  } finally {
    db.close();
  }
}

test('reading splits changes no file; the first split makes the table, versioned', async () => {
  const path = tempDb();
  const store = new SqliteDesignationStore(path);
  assert.deepEqual(await store.splits(), []);
  assert.equal(await store.removeSplit('x', 'y'), false);
  assert.equal(existsSync(path), false);
  openSqlite(path).close();
  assert.deepEqual(await store.splits(), []);
  assert.deepEqual(tables(path), []);
  await store.addSplit({
    entities: ['x', 'y'],
    actor: 'ana',
    reason: 'other person',
    decidedAt: '2026-12-07T09:00:00Z',
  });
  await store.close();
  assert.deepEqual(tables(path), ['designation_splits', 'dossier_schema']);
  const reopened = new SqliteDesignationStore(path);
  assert.equal((await reopened.splits()).length, 1);
  await reopened.close();
});
