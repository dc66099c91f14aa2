/**
 * The documents benchmark of issue 11: `npm run bench:docs`. Runs the separate benchmarks, each
 * in its own process, and combines their figures into bench/results/docs.json:
 * - docs-read.js: pages a second for text PDFs (pdfjs text layer with boxes; `pdftotext -bbox`
 *   beside it) and for OCR'd pages, one Tesseract worker per core, beside the bare `tesseract`
 *   command on the same page images with as many processes;
 * - extract.js and extract-money.js: extraction throughput, MB of text a second, for identifiers
 *   and for money, dates and parties;
 * - docs-find.js: `find` latency (p50, p95) on a case of 10,000 pages, beside the store's bare
 *   FTS5 look-up;
 * - peak memory (resident set) of each, read as each process exits (bench/peak-rss.ts).
 * Each benchmark also writes its own file in bench/results/. BENCH_OCR_PAGES (2 here, so that the
 * run takes minutes, not a quarter of an hour, on a shared machine) and the other variables of
 * each benchmark pass through.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../src/testing/data.js';

// biome-ignore lint/suspicious/noExplicitAny: figures read back from the benchmarks' JSON
type Json = Record<string, any>;

const here = join(repoRoot, 'dist', 'bench');
const results = join(repoRoot, 'bench', 'results');
const scratch = mkdtempSync(join(tmpdir(), 'dossier-bench-docs-'));

/** Run one benchmark; its figures (its own results file) and its peak RSS in MB. */
function run(script: string, output: string, env: Record<string, string> = {}) {
  const rssFile = join(scratch, `${script}.rss`);
  const started = performance.now();
  process.stdout.write(`running ${script}...\n`);
  execFileSync(
    process.execPath,
    ['--import', pathToFileURL(join(here, 'peak-rss.js')).href, join(here, script)],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
    },
  );
  const seconds = +((performance.now() - started) / 1000).toFixed(1);
  const peakRssMB = Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024);
  const figures = JSON.parse(readFileSync(join(results, output), 'utf8')) as Json;
  return { figures, peakRssMB, seconds };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

try {
  const read = run('docs-read.js', 'docs-read.json', {
    BENCH_OCR_PAGES: process.env.BENCH_OCR_PAGES ?? '2',
  });
  const identifiers = run('extract.js', 'extract.json');
  const money = run('extract-money.js', 'extract-money.json');
  const find = run('docs-find.js', 'docs-find.json', { BENCH_LABEL: 'docs' });

  const text = read.figures.textPdf;
  const ocr = read.figures.ocr;
  const searches = find.figures.docs as Json;
  const queries = searches.find as Json[];
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      loadAverage: loadavg().map((l) => +l.toFixed(2)),
      node: process.version,
      note: 'a shared machine (eight builds on two cores): wall-clock rates are floors; CPU figures are steadier',
    },
    textPdf: {
      pages: text.pages,
      pagesPerSecond: text.reader.pagesPerSecond,
      baseline: {
        what: 'poppler pdftotext -bbox on the same file',
        pagesPerSecond: text.popplerPdftotextBbox.pagesPerSecond,
      },
    },
    ocr: {
      pages: ocr.pages,
      languages: ocr.languages,
      workers: ocr.workers,
      pagesPerSecond: ocr.reader.pagesPerSecond,
      cpuSecondsPerPage: +(ocr.reader.cpuS / ocr.pages).toFixed(2),
      baseline: {
        what: ocr.bareTesseract.what,
        pagesPerSecond: ocr.bareTesseract.pagesPerSecond,
        cpuSecondsPerPage: +(ocr.bareTesseract.cpuS / ocr.pages).toFixed(2),
      },
    },
    extraction: {
      textMB: identifiers.figures.text_mb,
      identifiersMBPerSecond: identifiers.figures.extract_identifiers_mb_per_sec,
      identifiersMBPerCpuSecond: identifiers.figures.extract_identifiers_mb_per_cpu_sec,
      moneyDatesPartiesMBPerSecond: money.figures.allThreeMbPerSecond,
      moneyDatesPartiesMBPerCpuSecond: money.figures.allThreeMbPerCpuSecond,
      perExtractorMBPerSecond: Object.fromEntries(
        (money.figures.results as Json[]).map((r) => [r.extractor, r.mbPerSecond]),
      ),
    },
    search: {
      pages: searches.pages,
      queries: queries.map((q) => ({
        query: q.query,
        matchingPages: q.matchingPages,
        p50Ms: q.findP50Ms,
        p95Ms: q.findP95Ms,
        cpuP50Ms: q.findCpuP50Ms,
        baselineStoreP50Ms: q.storeSearchP50Ms,
      })),
      meanP50Ms: +mean(queries.map((q) => q.findP50Ms)).toFixed(1),
      meanP95Ms: +mean(queries.map((q) => q.findP95Ms)).toFixed(1),
      baseline: {
        what: "the store's FTS5 look-up alone (no spans, snippets or second form)",
        meanP50Ms: +mean(queries.map((q) => q.storeSearchP50Ms)).toFixed(1),
      },
    },
    peakRssMB: {
      'docs-read': read.peakRssMB,
      extract: identifiers.peakRssMB,
      'extract-money': money.peakRssMB,
      'docs-find': find.peakRssMB,
    },
    runSeconds: {
      'docs-read': read.seconds,
      extract: identifiers.seconds,
      'extract-money': money.seconds,
      'docs-find': find.seconds,
    },
  };
  console.log(JSON.stringify(report, null, 2));
  writeFileSync(join(results, 'docs.json'), `${JSON.stringify(report, null, 2)}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
