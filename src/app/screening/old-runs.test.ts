/**
 * Runs recorded before rows had keys (a database written by release 0.1.0) still read: their
 * hits have no key, decisions are still made on them by row number, and their report is written
 * with the new cards and listings.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openStore } from '../../store/index.js';
import { openScreeningStore } from '../../store/screening/index.js';
import { repoRoot } from '../../testing/data.js';
import { collect } from '../../testing/wait.js';
import { decide } from './decide.js';
import { reportHtml } from './report.js';

test('a run keyed by line only reads, takes decisions by row and gets the new report', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-old-')), 'old.db');
  copyFileSync(join(repoRoot, 'src', 'store', 'fixtures', 'dossier-0.1.0.db'), path);
  const lists = openStore(path);
  const repo = openScreeningStore(path);
  try {
    const [run] = await repo.runs();
    const hits = await collect(repo.hits(run!.id));
    assert.deepEqual(
      hits.map((h) => [h.row, h.key, h.entityId]),
      [
        [2, null, 'fx-ivanov'],
        [3, null, 'fx-kupol'],
      ],
    );
    assert.equal(run!.unkeyed, 0);
    const made = await decide(repo, {
      ...{ runId: run!.id, key: '3', entityId: 'fx-kupol', as: 'escalate' },
      ...{ reason: 'check the address', actor: 'carol' },
    });
    assert.equal(made.hit.row, 3);
    const html = (await collect(reportHtml(repo, run!.id, lists))).join('');
    assert.match(html, /<article class="card" id="hit-2-fx-ivanov">/);
    assert.match(html, /<th>Names<\/th>/);
    assert.match(html, /<th>Customer ID column<\/th><td>none: rows are keyed by their line<\/td>/);
    assert.match(html, /<th>Rows without hits<\/th><td><a href="#without-hits">1<\/a>/);
  } finally {
    await repo.close();
    await lists.close();
  }
});
