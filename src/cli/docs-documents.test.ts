/**
 * docs/documents.md's example, run as written: every output line it shows (but the ID of the
 * random file) must be what the commands print, so that the page cannot drift from the code.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../testing/data.js';

test("docs/documents.md: the example's commands print what the page shows", () => {
  const page = readFileSync(join(repoRoot, 'docs', 'documents.md'), 'utf8');
  const block = /```sh\n([\s\S]*?)```/.exec(page)?.[1];
  assert.ok(block, 'the page has a shell example');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-docs-example-'));
  mkdirSync(join(dir, 'bin'));
  const shim = join(dir, 'bin', 'dossier');
  writeFileSync(
    shim,
    `#!/bin/sh\nexec "${process.execPath}" "${join(repoRoot, 'bin', 'dossier.js')}" "$@"\n`,
  );
  chmodSync(shim, 0o755);
  const run = spawnSync('bash', ['-e', '-c', block], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}` },
  });
  assert.equal(run.status, 0, run.stderr);
  const printed = run.stdout.split('\n').map((line) => line.trimEnd());
  const shown = block
    .split('\n')
    .filter((line) => line.startsWith('# '))
    .map((line) => line.slice(2).trimEnd())
    .filter((line) => !line.includes('unknown.bin'));
  assert.ok(shown.length > 10);
  for (const line of shown) assert.ok(printed.includes(line), `not printed: ${line}`);
  assert.ok(
    printed.some((line) =>
      /^[0-9a-f]{12} +failed +0 +application\/octet-stream +unknown\.bin +unknown-type/.test(line),
    ),
  );
});
