/**
 * The core stays pure: no file, network or database access and no environment reads, so that it
 * runs the same in the CLI, the server and the browser. This test enforces the boundary.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../testing/data.js';

const FORBIDDEN = [
  /from ['"]node:(fs|fs\/promises|net|http|https|child_process|os|worker_threads)['"]/,
  /from ['"](fs|net|http|https|child_process|os|better-sqlite3|pg)['"]/,
  /from ['"]\.\.\/\.\.\/(store|sources|cli|app|server)\//,
  /process\.(env|argv|exit|stdout|stderr)/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

test('src/core imports no I/O and reads no environment', () => {
  const files = sourceFiles(join(repoRoot, 'src', 'core'));
  assert.ok(files.length >= 8, 'the core sources were not found');
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of FORBIDDEN)
      assert.doesNotMatch(text, pattern, `${file} breaks the core boundary`);
  }
});
