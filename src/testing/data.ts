/**
 * Where the tests find the real lists: `DOSSIER_TEST_DATA`, or `../shared/data` beside the
 * checkout. Missing data is an error, not a skip, so that CI cannot pass without running them.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityDraft } from '../core/model/index.js';
import { Deletion, type Source, type SourceRecord } from '../sources/types.js';

/** The repository root (this file is compiled to dist/src/testing/data.js). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function testData(...parts: string[]): string {
  const root = process.env.DOSSIER_TEST_DATA ?? resolve(repoRoot, '../shared/data');
  const path = join(root, ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `test data not found: ${path} (set DOSSIER_TEST_DATA to the shared data folder)`,
    );
  }
  return path;
}

/** Read a source completely into memory: for tests only. */
export async function readAll(source: Source, files: string[]) {
  const drafts: EntityDraft[] = [];
  const deletions: string[] = [];
  const warnings: string[] = [];
  const ctx = { progress: () => {}, warn: (m: string) => warnings.push(m) };
  for await (const record of source.read(files, ctx) as AsyncIterable<SourceRecord>) {
    if (record instanceof Deletion) deletions.push(record.id);
    else drafts.push(record);
  }
  const byId = new Map(drafts.map((d) => [d.id, d]));
  return { drafts, deletions, warnings, byId, targets: drafts.filter((d) => d.isTarget) };
}
