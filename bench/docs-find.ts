/**
 * `dossier find` latency on a case of 10,000 pages: `node dist/bench/docs-find.js` after a build.
 * The pages (a third each Russian, English and Chinese, about 1,000 characters each, in 100
 * documents of 100 pages; bench/docs-pages.ts) are saved through the case store with their
 * search forms, as `add` saves them, without reading files (docs-search.ts times `add`). Then,
 * for queries from rare to very common (a word on most Russian pages), it times:
 * - `find`: the service's answer of 20 pages with spans and snippets, p50 and p95 of 20 runs;
 * - `store search`: the store's FTS5 look-up alone (60 pages, what `find` asks of it);
 * and it records each query's hits (document and page, in order), so that two runs (before and
 * after a change to the search) can be checked to answer the same pages.
 * Times are wall and CPU milliseconds of this process (the store is synchronous, so CPU time is
 * the work done, and is steadier than wall time on a shared machine).
 * BENCH_PAGES changes the page count; BENCH_LABEL (default `run`) names the entry written to
 * bench/results/docs-find.json, so that a `before` and an `after` sit side by side; BENCH_DB
 * keeps the generated case in that file and reuses it on the next run.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentService } from '../src/app/documents/index.js';
import { queryForms, searchable } from '../src/core/documents/index.js';
import { openBlobStore, openCaseStore } from '../src/store/cases/index.js';
import { repoRoot } from '../src/testing/data.js';
import { pageMaker, percentile } from './docs-pages.js';

const PAGES = Number(process.env.BENCH_PAGES ?? 10_000);
const LABEL = process.env.BENCH_LABEL ?? 'run';
const DOCUMENTS = 100;
const RUNS = 20;

export const QUERIES = [
  'Yamshchikov',
  'ямщиков',
  'Пётр Сергеевич',
  'Shenzhen',
  '有限公司',
  'Almaz-Antey',
  'Kupol',
  'договор',
  'payment',
];

export interface FindFigures {
  query: string;
  /** Pages matching in the whole case (the store asked for all of them). */
  matchingPages: number;
  hits: string[];
  findP50Ms: number;
  findP95Ms: number;
  findCpuP50Ms: number;
  storeSearchP50Ms: number;
  storeSearchP95Ms: number;
  storeSearchCpuP50Ms: number;
}

/** Wall and CPU milliseconds of one call. */
async function timed(run: () => Promise<unknown>): Promise<[number, number]> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return [performance.now() - wall, (used.user + used.system) / 1000];
}

const ms = (value: number) => +value.toFixed(2);

/** A case of `pages` generated pages in a new database; returns the service over it. */
export async function benchCase(db: string, pages: number) {
  const cases = openCaseStore(db);
  const service = new DocumentService({ cases, blobs: openBlobStore(db), extractors: [] });
  const perDocument = Math.ceil(pages / DOCUMENTS);
  if (await cases.getCase('bench')) return { cases, service, pages: perDocument * DOCUMENTS };
  await service.createCase('bench');
  const page = pageMaker(42);
  for (let d = 0; d < DOCUMENTS; d++) {
    const id = d.toString(16).padStart(64, '0');
    await cases.addDocument('bench', {
      id,
      size: 1,
      fileName: `file-${d}.txt`,
      mediaType: 'text/plain',
      path: `file-${d}.txt`,
    });
    const texts = Array.from({ length: perDocument }, (_, i) => page((d + i) % 3));
    await cases.saveResult('bench', id, {
      status: 'processed',
      pages: texts.map((text, i) => ({
        page: i + 1,
        text,
        ...searchable(text),
        method: 'text' as const,
        language: null,
        confidence: null,
        width: null,
        height: null,
      })),
      mentions: [],
    });
  }
  return { cases, service, pages: perDocument * DOCUMENTS };
}

export async function measureFind(
  service: DocumentService,
  cases: ReturnType<typeof openCaseStore>,
) {
  const figures: FindFigures[] = [];
  for (const query of QUERIES) {
    const found = await service.find('bench', query, { limit: 20 }); // warm, and the hits
    const { folded } = queryForms(query);
    const all = await cases.search('bench', folded, { limit: 1_000_000 });
    const find: [number, number][] = [];
    const store: [number, number][] = [];
    for (let i = 0; i < RUNS; i++) {
      find.push(await timed(() => service.find('bench', query, { limit: 20 })));
      store.push(await timed(() => cases.search('bench', folded, { limit: 60 })));
    }
    const wall = (times: [number, number][], p: number) =>
      ms(
        percentile(
          times.map((t) => t[0]),
          p,
        ),
      );
    const cpu = (times: [number, number][]) =>
      ms(
        percentile(
          times.map((t) => t[1]),
          50,
        ),
      );
    figures.push({
      query,
      matchingPages: all.length,
      hits: found.map((h) => `${parseInt(h.documentId, 16)}:${h.page}`),
      findP50Ms: wall(find, 50),
      findP95Ms: wall(find, 95),
      findCpuP50Ms: cpu(find),
      storeSearchP50Ms: wall(store, 50),
      storeSearchP95Ms: wall(store, 95),
      storeSearchCpuP50Ms: cpu(store),
    });
  }
  return figures;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-find-'));
  try {
    const started = performance.now();
    const { cases, service, pages } = await benchCase(
      process.env.BENCH_DB ?? join(dir, 'find.db'),
      PAGES,
    );
    const buildSeconds = (performance.now() - started) / 1000;
    const figures = await measureFind(service, cases);
    await cases.close();
    const entry = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, loadavg: loadavg().map((l) => +l.toFixed(2)) },
      node: process.version,
      pages,
      buildSeconds: +buildSeconds.toFixed(1),
      find: figures,
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    for (const f of figures) {
      console.log(
        `${f.query.padEnd(16)} ${String(f.matchingPages).padStart(5)} pages  find p50 ${f.findP50Ms} ms p95 ${f.findP95Ms} ms cpu ${f.findCpuP50Ms} ms  store p50 ${f.storeSearchP50Ms} ms cpu ${f.storeSearchCpuP50Ms} ms`,
      );
    }
    const out = join(repoRoot, 'bench', 'results', 'docs-find.json');
    mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
    let previous: Record<string, unknown> = {};
    try {
      previous = JSON.parse(readFileSync(out, 'utf8'));
    } catch {}
    writeFileSync(out, `${JSON.stringify({ ...previous, [LABEL]: entry }, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('docs-find.js')) await main();
