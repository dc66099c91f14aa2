/**
 * Workbench benchmark: `npm run bench:web`. What a browser loads and how long it waits on
 * loopback: the gzip size of the JavaScript the entry page loads (index.html's scripts), of all
 * the JavaScript the first view (a search with results) loads, and the CSS; then the time from
 * navigation to the first view's results on screen in Debian's Chromium, each run in a fresh
 * browser context (cold cache) against a server over the UN list. Prints the figures and writes
 * bench/results/web.json. Needs `npm run build` (the bundle) and /usr/bin/chromium.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defaultWorkbenchDir } from '../src/server/workbench/index.js';
import { repoRoot } from '../src/testing/data.js';
import { guardedContext, launch, startWorkbench } from '../web/e2e/harness.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const dir = defaultWorkbenchDir();

function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** The scripts and styles index.html names: what every first load fetches before anything else. */
function entryFiles(): { js: string[]; css: string[] } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/app\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  return { js: refs.filter((r) => r.endsWith('.js')), css: refs.filter((r) => r.endsWith('.css')) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main() {
  const entry = entryFiles();
  const sum = (files: string[]) => files.reduce((n, f) => n + gzipBytes(join(dir, f)), 0);
  const allJs = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  const [workbench, browser] = await Promise.all([startWorkbench(false), launch()]);
  const url = `${workbench.url}/app/search?q=${encodeURIComponent('Ri Won Ho')}`;
  const times: number[] = [];
  const shell: number[] = [];
  let firstViewJs = new Set<string>();
  try {
    for (let i = 0; i < RUNS; i++) {
      const { context, outside } = await guardedContext(browser);
      const page = await context.newPage();
      const scripts = new Set<string>();
      page.on('response', (r) => {
        const path = new URL(r.url()).pathname;
        if (path.endsWith('.js')) scripts.add(path.replace('/app/', ''));
      });
      const started = performance.now();
      await page.goto(url);
      await page.getByRole('heading', { name: 'Search lists and cases' }).waitFor();
      shell.push(Math.round(performance.now() - started));
      await page.getByRole('link', { name: 'RI WON HO' }).waitFor();
      times.push(Math.round(performance.now() - started));
      if (outside.length > 0) throw new Error(`requests left loopback: ${outside.join(', ')}`);
      firstViewJs = scripts;
      await context.close();
    }
  } finally {
    await browser.close();
    await workbench.close();
  }
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, loadavg: loadavg().map((l) => Number(l.toFixed(2))) },
    bundle: {
      entry_js_gzip_bytes: sum(entry.js),
      first_view_js_gzip_bytes: sum([...firstViewJs]),
      first_view_js_files: [...firstViewJs].sort(),
      css_gzip_bytes: sum(entry.css),
      all_js_gzip_bytes: sum(allJs.map((f) => `assets/${f}`)),
      all_js_raw_bytes: allJs.reduce((n, f) => n + statSync(join(dir, 'assets', f)).size, 0),
    },
    first_view: {
      what: 'navigation to /app/search?q=Ri+Won+Ho until its first result is on screen (cold cache)',
      runs: RUNS,
      median_ms: median(times),
      max_ms: Math.max(...times),
      times_ms: times,
      view_shown_median_ms: median(shell),
      view_shown_what: 'the same navigation until the search view is on screen, before its results',
    },
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(repoRoot, 'bench', 'results', 'web.json'),
    `${JSON.stringify(result, null, 2)}\n`,
  );
}

await main();
