/**
 * Batch screening benchmark: `npm run bench:screen`. Loads the full OFAC SDN, UN and UK lists,
 * writes a portfolio of 20,000 rows (names from the JRC query list, with one row in twenty a
 * listed name), screens it as a run with a JSON-lines output, and reports rows a second (the
 * screening alone, without the index build) and memory. Writes bench/results/screen.json.
 * `BENCH_SCREEN_ROWS` changes the number of rows, to check that memory stays flat on more.
 */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/app/ingest.js';
import { screenFile } from '../src/app/screening/index.js';
import { openDossier } from '../src/app/dossier/index.js';
import { csvLine } from '../src/core/screening/index.js';
import type { Store } from '../src/store/index.js';
import { repoRoot, testData } from '../src/testing/data.js';

const ROWS = Number(process.env.BENCH_SCREEN_ROWS ?? 20000);
const WORKERS = Number(process.env.BENCH_SCREEN_WORKERS ?? Math.min(4, availableParallelism()));
const COUNTRIES = ['de', 'fr', 'nl', 'ru', 'gb', 'us', 'ir', 'cn', 'ae', ''];

async function loadLists(store: Store) {
  const lists: [string, string][] = [
    ['ofac', testData('ofac', 'sdn.csv')],
    ['un', testData('un', 'consolidated.xml')],
    ['uk', testData('uk_ofsi', 'ConList_2018-04-13.csv')],
  ];
  for (const [dataset, file] of lists) await ingest(store, { files: [file], dataset });
}

/** Every twentieth listed person or organisation: names the screening must find. */
async function listedNames(store: Store): Promise<{ name: string; type: string }[]> {
  const out: { name: string; type: string }[] = [];
  let i = 0;
  for await (const e of store.allEntities(['Person', 'Organization'])) {
    if (i++ % 20 === 0)
      out.push({ name: e.caption, type: e.schema === 'Person' ? 'person' : 'company' });
  }
  return out;
}

function writePortfolio(path: string, listed: { name: string; type: string }[]) {
  const queries = readFileSync(
    testData('name_pairs', 'jrc_names_deezymatch', 'queries.txt'),
    'utf8',
  )
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const lines = [csvLine(['customer_id', 'name', 'type', 'country'])];
  for (let i = 0; i < ROWS; i++) {
    const fromList = i % 20 === 0 ? listed[(i / 20) % listed.length] : undefined;
    const name = fromList?.name ?? queries[i % queries.length]!;
    const type = fromList?.type ?? (i % 3 === 0 ? 'company' : 'individual');
    lines.push(csvLine([`C${i}`, name, type, COUNTRIES[i % COUNTRIES.length]!]));
  }
  writeFileSync(path, lines.join(''));
}

const mb = (n: number) => Math.round(n / 1048576);

/** Memory when screening starts (the index built) and at its highest during the run. */
function memorySampler() {
  const now = () => process.memoryUsage();
  const m = { rssBefore: now().rss, rssPeak: 0, heapBefore: now().heapUsed, heapPeak: 0 };
  return {
    m,
    start() {
      m.rssBefore = now().rss;
      m.heapBefore = now().heapUsed;
    },
    sample() {
      const { rss, heapUsed } = now();
      m.rssPeak = Math.max(m.rssPeak, rss);
      m.heapPeak = Math.max(m.heapPeak, heapUsed);
    },
  };
}

function summarise(
  result: Awaited<ReturnType<typeof screenFile>>,
  totalSeconds: number,
  m: ReturnType<typeof memorySampler>['m'],
  outputBytes: number,
) {
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    workers: WORKERS,
    lists: result.run.versions,
    rows: result.run.rowsDone,
    hits: result.run.hits,
    rows_with_problems: result.run.issues,
    screening_seconds: Number(result.seconds.toFixed(2)),
    index_build_and_setup_seconds: Number((totalSeconds - result.seconds).toFixed(2)),
    rows_per_sec: Math.round(result.run.rowsDone / result.seconds),
    rows_per_sec_with_index_build: Math.round(result.run.rowsDone / totalSeconds),
    rss_before_screening_mb: mb(m.rssBefore),
    rss_peak_during_screening_mb: mb(m.rssPeak),
    main_thread_heap_before_screening_mb: mb(m.heapBefore),
    main_thread_heap_peak_during_screening_mb: mb(m.heapPeak),
    max_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    output_bytes: outputBytes,
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-screen-'));
  const db = join(dir, 'bench.db');
  const dossier = openDossier({ db });
  const store = dossier.lists;
  await loadLists(store);
  const input = join(dir, 'portfolio.csv');
  writePortfolio(input, await listedNames(store));
  const memory = memorySampler();
  const started = performance.now();
  const output = join(dir, 'hits.jsonl');
  const result = await screenFile(
    await dossier.screeningDeps(),
    { input, output, actor: 'bench', workers: WORKERS },
    { onProgress: memory.sample, onStart: memory.start },
  );
  memory.sample();
  const totalSeconds = (performance.now() - started) / 1000;
  const results = summarise(result, totalSeconds, memory.m, statSync(output).size);
  console.log(
    `screened ${results.rows} rows in ${results.screening_seconds} s: ${results.rows_per_sec} rows/s ` +
      `(${results.rows_per_sec_with_index_build} rows/s with the index build), ${results.hits} hits; ` +
      `RSS ${results.rss_before_screening_mb} MB before, ${results.rss_peak_during_screening_mb} MB peak; ` +
      `main thread heap ${results.main_thread_heap_before_screening_mb} MB before, ` +
      `${results.main_thread_heap_peak_during_screening_mb} MB peak`,
  );
  await dossier.close();
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(repoRoot, 'bench', 'results', 'screen.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
}

await main();
