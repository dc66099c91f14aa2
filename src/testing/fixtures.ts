/**
 * Helpers for the sources' bad-input tests: small files written to a temporary folder, and a read
 * that stops at the first error and says what came before it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityDraft } from '../core/model/index.js';
import { SourceError } from '../sources/io/index.js';
import type { Source } from '../sources/types.js';

/** A folder of fixtures for one test file; `write` puts a file in it and returns its path. */
export function fixtureFolder(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `dossier-${prefix}-`));
  return (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
}

const quiet = { progress: () => {}, warn: () => {} };

/** Read until the end or the first error; return what came before it and the error. */
export async function readUntilError(source: Source, path: string) {
  const drafts: EntityDraft[] = [];
  try {
    for await (const record of source.read([path], quiet)) drafts.push(record as EntityDraft);
  } catch (error) {
    return { drafts, error };
  }
  return { drafts, error: null as unknown };
}

/** Assert that reading the file fails with a SourceError whose message matches. */
export async function assertRejects(source: Source, path: string, message: RegExp) {
  const { error } = await readUntilError(source, path);
  assert.ok(error instanceof SourceError, `expected a SourceError, got ${String(error)}`);
  assert.match(error.message, message);
}
