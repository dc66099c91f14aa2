/**
 * docs/report.md's Garpiya example, run as written on the real OFAC list and the sample documents
 * of examples/garpiya: the summary line the page shows is printed, and the report links Kupol,
 * Almaz-Antey and TSK Vektor to their SDN entries, each party linking to its evidence.
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

test('docs/report.md: the Garpiya report prints what the page shows and links the parties', () => {
  const page = readFileSync(join(repoRoot, 'docs', 'report.md'), 'utf8');
  const section = page.slice(page.indexOf('## Example: the Garpiya case'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, 'the section has a shell example');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-report-docs-'));
  mkdirSync(join(dir, 'bin'));
  const shim = join(dir, 'bin', 'dossier');
  writeFileSync(
    shim,
    `#!/bin/sh\nexec "${process.execPath}" "${join(repoRoot, 'bin', 'dossier.js')}" "$@"\n`,
  );
  chmodSync(shim, 0o755);
  symlinkSync(testData('ofac', 'sdn.csv'), join(dir, 'sdn.csv'));
  symlinkSync(join(repoRoot, 'examples'), join(dir, 'examples'));
  const run = spawnSync('bash', ['-e', '-c', block], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}` },
  });
  assert.equal(run.status, 0, run.stderr);
  const shown = block.split('\n').filter((line) => line.startsWith('# Wrote '));
  assert.equal(shown.length, 1);
  // The byte count depends on the times written in the report.
  const steady = (line: string) => line.replace(/\([\d,]+ bytes\)/, '(N bytes)');
  assert.ok(
    run.stdout
      .split('\n')
      .map(steady)
      .includes(steady(shown[0]!.slice(2))),
    `not printed: ${shown[0]}\n${run.stdout}`,
  );

  const doc = readFileSync(join(dir, 'garpiya.html'), 'utf8');
  assert.match(doc, /Parties screened against <b>ofac<\/b> version 1/);
  const rows = doc.slice(doc.indexOf('id="parties"'), doc.indexOf('id="claims"')).split('<tr>');
  const row = (name: string) => rows.find((r) => r.startsWith(`<td><b>${name}</b>`)) ?? '';
  assert.match(row('АО ИЭМЗ Купол'), /ofac-46431/);
  assert.match(row('АО Концерн ВКО Алмаз-Антей'), /ofac-16865/);
  assert.match(row('ООО ТСК Вектор'), /ofac-46441/);
  // Each link lands on a span marked in its page's text.
  const ids = new Set([...doc.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const targets = [...row('АО ИЭМЗ Купол').matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
  assert.ok(targets.length >= 2);
  for (const target of targets) assert.ok(ids.has(target), target);
  const mark = new RegExp(`<mark id="${targets[0]}" title="org">АО «ИЭМЗ «Купол»»</mark>`);
  assert.match(doc, mark);
});
