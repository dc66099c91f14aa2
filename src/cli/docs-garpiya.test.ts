/**
 * docs/documents.md's Garpiya walk-through, run as written on the real OFAC list and the sample
 * documents of examples/garpiya: every output line the page shows must be printed (ingest's
 * timing aside), and xref must link Kupol and Almaz-Antey to their SDN entries.
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
import { repoRoot, testData } from '../testing/data.js';

/** Ingest's time taken differs run to run. */
const steady = (line: string) => line.trimEnd().replace(/ in [\d.]+ s;/, ' in N s;');

test('docs/documents.md: the Garpiya example prints what the page shows; xref finds Kupol', () => {
  const page = readFileSync(join(repoRoot, 'docs', 'documents.md'), 'utf8');
  const section = page.slice(page.indexOf('## Example: the Garpiya case'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, 'the section has a shell example');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-garpiya-'));
  mkdirSync(join(dir, 'bin'));
  const shim = join(dir, 'bin', 'dossier');
  writeFileSync(
    shim,
    `#!/bin/sh\nexec "${process.execPath}" "${join(repoRoot, 'bin', 'dossier.js')}" "$@"\n`,
  );
  chmodSync(shim, 0o755);
  // The page runs from the repository's root with OFAC's sdn.csv there: links stand in for both.
  symlinkSync(testData('ofac', 'sdn.csv'), join(dir, 'sdn.csv'));
  symlinkSync(join(repoRoot, 'examples'), join(dir, 'examples'));
  const run = spawnSync('bash', ['-e', '-c', block], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}` },
  });
  assert.equal(run.status, 0, run.stderr);
  const printed = run.stdout.split('\n').map(steady);
  const shown = block
    .split('\n')
    .filter((line) => line.startsWith('# '))
    .map((line) => steady(line.slice(2)));
  assert.ok(shown.length > 20);
  for (const line of shown) assert.ok(printed.includes(line), `not printed: ${line}`);

  const xref = spawnSync(
    process.execPath,
    [join(repoRoot, 'bin', 'dossier.js'), 'xref', 'garpiya', '--json', '--db', 'garpiya.db'],
    { cwd: dir, encoding: 'utf8' },
  );
  assert.equal(xref.status, 0, xref.stderr);
  const parties: { names: string[]; matches: { id: string }[] }[] = JSON.parse(xref.stdout).parties;
  const linked = (name: string) =>
    parties.find((p) => p.names.includes(name))?.matches.map((m) => m.id)[0];
  assert.equal(linked('АО ИЭМЗ Купол'), 'ofac-46431');
  assert.equal(linked('JSC IEMZ Kupol'), 'ofac-46431');
  assert.equal(linked('АО Концерн ВКО Алмаз-Антей'), 'ofac-16865');
  assert.equal(linked('ООО ТСК Вектор'), 'ofac-46441');
});
