/**
 * Real lists in a real SQLite store in a temporary folder, for the tests of the server and of the
 * commands that read a store.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type IngestRequest, ingest } from '../app/ingest.js';
import { openStore, type Store } from '../store/index.js';
import { testData } from './data.js';

export const LISTS = {
  un: { files: [testData('un', 'consolidated.xml')], dataset: 'un' },
  ofac: { files: [testData('ofac', 'sdn.csv')], dataset: 'ofac', format: 'ofac-csv' },
  dpl: { files: [testData('us_bis_dpl', 'dpl_2022-09.txt')], dataset: 'dpl' },
  uk: { files: [testData('uk_ofsi', 'ConList_2018-04-13.csv')], dataset: 'uk' },
} satisfies Record<string, IngestRequest>;

export type ListName = keyof typeof LISTS;

export async function loadStore(...lists: ListName[]): Promise<{ store: Store; path: string }> {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-server-')), 'test.db');
  const store = openStore(path);
  for (const name of lists) await ingest(store, LISTS[name]);
  return { store, path };
}
