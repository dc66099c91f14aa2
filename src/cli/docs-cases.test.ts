/**
 * docs/cases.md's Garpiya example, run as written on examples/garpiya: every output line the
 * page shows must be printed (notes, tags, a retraction, and the audit trail holding them all).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../testing/data.js';

test('docs/cases.md: the Garpiya example prints what the page shows', () => {
  const page = readFileSync(join(repoRoot, 'docs', 'cases.md'), 'utf8');
  const section = page.slice(page.indexOf('## Example: the Garpiya case'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, 'the section has a shell example');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cases-doc-'));
  mkdirSync(join(dir, 'bin'));
  const shim = join(dir, 'bin', 'dossier');
  writeFileSync(
    shim,
    `#!/bin/sh\nexec "${process.execPath}" "${join(repoRoot, 'bin', 'dossier.js')}" "$@"\n`,
  );
  chmodSync(shim, 0o755);
  symlinkSync(join(repoRoot, 'examples'), join(dir, 'examples'));
  const env = { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}` };
  const run = spawnSync('bash', ['-e', '-c', block], { cwd: dir, encoding: 'utf8', env });
  assert.equal(run.status, 0, run.stderr);
  const printed = run.stdout.split('\n').map((l) => l.trimEnd());
  const shown = block
    .split('\n')
    .filter((line) => line.startsWith('# '))
    .map((line) => line.slice(2).trimEnd());
  assert.ok(shown.length >= 5);
  for (const line of shown) {
    assert.ok(
      printed.some((p) => p.startsWith(line)),
      `not printed: ${line}`,
    );
  }
  assert.match(run.stdout, /retracted\s+Ask the bank for the April statement/);
  assert.match(run.stdout, /contract-ru\.txt\s+contract/);
});
