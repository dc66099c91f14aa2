/**
 * Documents benchmark for `add` and `find` (issue 11): `node dist/bench/docs-search.js` after a
 * build. Generates a case of 10,000 text pages (a third each Russian, Chinese and English, about
 * 1,000 characters a page, in 100 files with a form feed between pages), then measures:
 * - `add`: pages a second and MB of text a second through detection, the text reader, folding,
 *   the shadow and the store; beside it, in the same run, the store alone saving the same pages
 *   without folding or shadow (what the search forms cost);
 * - `find`: latency per query across scripts on the 10,000 pages; beside it the store's bare FTS5
 *   look-up of the same folded query (what re-matching pages for spans costs);
 * - memory (peak resident set).
 * Prints a table and writes bench/results/docs-search.json. BENCH_PAGES changes the page count.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentService } from '../src/app/documents/index.js';
import { foldQuery } from '../src/core/documents/index.js';
import { openBlobStore, openCaseStore } from '../src/store/cases/index.js';
import { repoRoot } from '../src/testing/data.js';
import { pageMaker, percentile } from './docs-pages.js';

const PAGES = Number(process.env.BENCH_PAGES ?? 10_000);
const FILES = 100;

const page = pageMaker(42);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-docs-'));
  const leak = join(dir, 'leak');
  mkdirSync(leak);
  const perFile = Math.ceil(PAGES / FILES);
  let chars = 0;
  const pagesByFile: string[][] = [];
  for (let f = 0; f < FILES; f++) {
    const pages = Array.from({ length: perFile }, (_, i) => page((f + i) % 3));
    chars += pages.reduce((n, p) => n + p.length, 0);
    pagesByFile.push(pages);
    writeFileSync(join(leak, `file-${String(f).padStart(3, '0')}.txt`), pages.join('\f'));
  }
  const bytes = pagesByFile.flat().reduce((n, p) => n + Buffer.byteLength(p), 0);

  const db = join(dir, 'case.db');
  const cases = openCaseStore(db);
  const service = new DocumentService({ cases, blobs: openBlobStore(db), extractors: [] });
  await service.createCase('bench');
  let started = performance.now();
  const summary = await service.add('bench', [leak]);
  const addSeconds = (performance.now() - started) / 1000;
  if (summary.processed !== FILES) throw new Error(`read ${summary.processed} of ${FILES} files`);

  // Baseline: the store alone, the same pages, no folding or shadow.
  const bare = openCaseStore(join(dir, 'bare.db'));
  await bare.createCase({ name: 'bench' });
  started = performance.now();
  for (const [f, pages] of pagesByFile.entries()) {
    const id = f.toString(16).padStart(64, '0');
    await bare.addDocument('bench', {
      id,
      size: 1,
      fileName: 'x',
      mediaType: 'text/plain',
      path: `${f}`,
    });
    await bare.saveResult('bench', id, {
      status: 'processed',
      pages: pages.map((text, i) => ({
        page: i + 1,
        text,
        method: 'text' as const,
        language: null,
        confidence: null,
        width: null,
        height: null,
      })),
      mentions: [],
    });
  }
  const bareSeconds = (performance.now() - started) / 1000;

  const queries = [
    'Yamshchikov',
    'ямщиков',
    'Пётр Сергеевич',
    'Shenzhen',
    '有限公司',
    'Almaz-Antey',
    'Kupol',
  ];
  const results = [];
  for (const query of queries) {
    await service.find('bench', query); // warm
    const times: number[] = [];
    const bareTimes: number[] = [];
    let hits = 0;
    for (let i = 0; i < 10; i++) {
      let t = performance.now();
      hits = (await service.find('bench', query, { limit: 20 })).length;
      times.push(performance.now() - t);
      t = performance.now();
      await cases.search('bench', foldQuery(query), { limit: 20 });
      bareTimes.push(performance.now() - t);
    }
    results.push({
      query,
      hits,
      p50Ms: +percentile(times, 50).toFixed(1),
      p95Ms: +percentile(times, 95).toFixed(1),
      bareFtsP50Ms: +percentile(bareTimes, 50).toFixed(1),
    });
  }
  const report = {
    machine: {
      cpus: cpus().length,
      loadavg: loadavg().map((l) => +l.toFixed(2)),
      node: process.version,
    },
    pages: perFile * FILES,
    textMB: +(bytes / 1e6).toFixed(2),
    characters: chars,
    add: {
      seconds: +addSeconds.toFixed(2),
      pagesPerSecond: Math.round((perFile * FILES) / addSeconds),
      mbPerSecond: +(bytes / 1e6 / addSeconds).toFixed(2),
    },
    baselineStoreOnly: {
      seconds: +bareSeconds.toFixed(2),
      pagesPerSecond: Math.round((perFile * FILES) / bareSeconds),
    },
    find: results,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log(JSON.stringify(report, null, 2));
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(repoRoot, 'bench', 'results', 'docs-search.json'),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  await cases.close();
  await bare.close();
}

await main();
