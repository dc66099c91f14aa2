/**
 * `dossier update`: download the current lists from their publishers, then ingest each as a new
 * version. A list whose download or load fails is reported and leaves its dataset as it was; the
 * other lists still update.
 */
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Store } from '../store/index.js';
import { type IngestRequest, type IngestSummary, ingest } from './ingest.js';
import type { PublishedList } from './publishers.js';

export interface UpdateResult {
  dataset: string;
  summary?: IngestSummary;
  error?: string;
}

async function download(url: string, path: string, timeoutMs: number): Promise<void> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok || !response.body) {
    throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
  }
  await pipeline(Readable.fromWeb(response.body as never), createWriteStream(path));
}

export async function update(
  store: Store,
  lists: readonly PublishedList[],
  options: {
    keepDir?: string;
    timeoutMs?: number;
    onList?: (dataset: string) => void;
    /** The checks' settings for every list's load (the share of targets it may lose). */
    ingest?: Pick<IngestRequest, 'maxShrink' | 'allowShrink'>;
  } = {},
): Promise<UpdateResult[]> {
  const dir = options.keepDir ?? mkdtempSync(join(tmpdir(), 'dossier-update-'));
  const results: UpdateResult[] = [];
  try {
    for (const list of lists) {
      options.onList?.(list.dataset);
      const listDir = join(dir, list.dataset);
      mkdirSync(listDir, { recursive: true });
      try {
        const files: string[] = [];
        for (const file of list.files) {
          const path = join(listDir, file.saveAs);
          await download(file.url, path, options.timeoutMs ?? 300_000);
          files.push(path);
        }
        const summary = await ingest(store, {
          ...options.ingest,
          files,
          dataset: list.dataset,
          format: list.format,
        });
        results.push({ dataset: list.dataset, summary });
      } catch (error) {
        results.push({ dataset: list.dataset, error: (error as Error).message });
      }
    }
  } finally {
    if (!options.keepDir) rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
