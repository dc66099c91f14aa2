/**
 * For screening's tests: a real SQLite file in a temporary folder with real lists loaded by the
 * ingest service, the screening repository on the same file, and portfolio writers.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultTools } from '../../core/matching/index.js';
import { csvLine } from '../../core/screening/index.js';
import { openStore, type Store } from '../../store/index.js';
import { openScreeningStore } from '../../store/screening/index.js';
import { testData } from '../../testing/data.js';
import { type IngestRequest, ingest } from '../ingest.js';
import type { ScreeningDeps } from './screen-service.js';

export const UN = { files: [testData('un', 'consolidated.xml')], dataset: 'un' };
export const OFAC_BEFORE = {
  files: [testData('ofac', 'history', 'sdn_2024-02-20.csv')],
  dataset: 'ofac',
  format: 'ofac-csv',
};
export const OFAC_AFTER = {
  ...OFAC_BEFORE,
  files: [testData('ofac', 'history', 'sdn_2024-02-23.csv')],
};

export interface Fixture extends ScreeningDeps {
  dir: string;
  db: string;
  close(): Promise<void>;
}

export async function screeningFixture(...lists: IngestRequest[]): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-screening-'));
  const db = join(dir, 'test.db');
  const store: Store = openStore(db);
  for (const list of lists) await ingest(store, list);
  const repo = openScreeningStore(db);
  const close = async () => {
    await repo.close();
    await store.close();
  };
  return { dir, db, store, repo, tools: defaultTools(), close };
}

/** A CSV portfolio: a header, then one line a row. */
export function writeCsv(path: string, header: string[], rows: string[][]): string {
  writeFileSync(path, [header, ...rows].map((r) => csvLine(r)).join(''));
  return path;
}

/** Names from the JRC list: people no sanctions list is likely to name. */
export function jrcNames(n: number): string[] {
  return readFileSync(testData('name_pairs', 'jrc_names_deezymatch', 'queries.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, n);
}

export function jsonLines(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);
}
