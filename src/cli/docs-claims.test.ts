/**
 * docs/claims.md's Garpiya example, run as written on examples/garpiya: every output line the
 * page shows must be printed, the disputed payment keeps its review after --refresh, the review is
 * in an intact audit trail, and the export's lines are FollowTheMoney entities.
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
import { schemaHasProperty } from '../core/model/index.js';
import { repoRoot } from '../testing/data.js';

test('docs/claims.md: the Garpiya example prints what the page shows', () => {
  const page = readFileSync(join(repoRoot, 'docs', 'claims.md'), 'utf8');
  const section = page.slice(page.indexOf('## Example: the Garpiya case'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, 'the section has a shell example');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-claims-'));
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
  assert.ok(shown.length > 20);
  for (const line of shown) assert.ok(printed.includes(line), `not printed: ${line}`);

  const verify = spawnSync('dossier', ['audit', 'verify', '--db', 'claims.db'], {
    cwd: dir,
    encoding: 'utf8',
    env,
  });
  assert.equal(verify.status, 0, verify.stderr);
  assert.match(verify.stdout, /intact: 1 records/);

  const entities = readFileSync(join(dir, 'garpiya.ftm.json'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { schema: string; properties: Record<string, string[]> });
  for (const e of entities) {
    for (const prop of Object.keys(e.properties)) assert.ok(schemaHasProperty(e.schema, prop));
  }
  const missing = spawnSync(
    'dossier',
    ['claim', 'garpiya', 'nope', '--confirm', '--db', 'claims.db'],
    { cwd: dir, encoding: 'utf8', env },
  );
  assert.equal(missing.status, 3, 'an unknown claim is not_found');
  const both = spawnSync(
    'dossier',
    ['claim', 'garpiya', 'nope', '--confirm', '--dispute', '--db', 'claims.db'],
    { cwd: dir, encoding: 'utf8', env },
  );
  assert.equal(both.status, 2, 'two verdicts at once is a usage error');
});
