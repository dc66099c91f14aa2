/** `dossier add` killed with SIGKILL half-way, then run again: every file once, every place once. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openCaseStore } from '../store/cases/index.js';
import { repoRoot } from '../testing/data.js';

const FILES = 120;
const bin = join(repoRoot, 'bin', 'dossier.js');

test('add killed with SIGKILL resumes without duplicates', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-add-kill-'));
  const db = join(dir, 'case.db');
  mkdirSync(join(dir, 'leak'));
  for (let i = 0; i < FILES; i++) {
    const n = String(i).padStart(4, '0');
    writeFileSync(join(dir, 'leak', `f${n}.txt`), `Платёж номер X${n}Q. Ямщиков Пётр.\n`);
  }
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args, '--db', db], { cwd: dir, encoding: 'utf8' });
  assert.equal(cli('case', 'create', 'k').status, 0);

  const child = spawn(process.execPath, [bin, 'add', 'k', 'leak', '--db', db], {
    cwd: dir,
    stdio: 'ignore',
  });
  const watcher = openCaseStore(db);
  while (child.exitCode === null && (await watcher.countDocuments('k')).processed < 10) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  child.kill('SIGKILL');
  await once(child, 'exit');
  assert.equal(child.signalCode, 'SIGKILL', 'the add finished before it could be killed');
  const killed = await watcher.countDocuments('k');
  assert.ok(killed.total < FILES, 'killed half-way');

  const again = cli('add', 'k', 'leak');
  assert.equal(again.status, 0, again.stderr);
  const counts = await watcher.countDocuments('k');
  assert.deepEqual(counts, { pending: 0, processed: FILES, failed: 0, total: FILES });
  for (const doc of await watcher.listDocuments('k')) {
    const record = await watcher.getDocument('k', doc.id);
    assert.equal(record?.places.length, 1, doc.fileName);
    assert.equal((await watcher.pages('k', doc.id)).length, 1, doc.fileName);
  }
  // Each page indexed once: a file's own token is found on one page only.
  for (const n of ['0000', '0060', '0119']) {
    const hits = await watcher.search('k', `x${n}q`);
    assert.equal(hits.length, 1, n);
  }
  await watcher.close();
});
