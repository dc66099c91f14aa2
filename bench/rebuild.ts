/**
 * How long the event loop stalls while the match index is rebuilt (issue 14, finding 8):
 * `npm run bench:rebuild` (DOSSIER_TEST_DATA must point at the shared data).
 *
 * Loads OFAC's SDN, the UN and the UK lists into a temporary database, then rebuilds the index
 * three ways in one process, each while `monitorEventLoopDelay` records how late the event loop
 * gets to run (a late turn is a /healthz or /match request that waits):
 *
 * - `synchronous`: the index built and its snapshot encoded in one go on the main thread, as
 *   Dossier did before issue 14 (what the probe measured at 1.7 s);
 * - `sliced`: on the main thread in slices of ~20 ms (`MatchService` without a worker: the way
 *   before this change, and still the way for an in-memory database);
 * - `worker`: in a worker thread, the main thread only decoding the snapshot and swapping it in.
 *
 * Each way builds from the store (no snapshot on disk) and saves its snapshot. Prints the figures
 * and writes bench/results/rebuild.json. The machine's load average is recorded beside them:
 * on a shared machine the stalls of the main thread include waits for a core.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { ingest } from '../src/app/ingest.js';
import { MatchService } from '../src/app/matching/index.js';
import { buildSnapshot, saveSnapshot } from '../src/app/matching/snapshot-build.js';
import { loadMatcherTools } from '../src/app/matcher-tools.js';
import { openStore } from '../src/store/index.js';
import { repoRoot, testData } from '../src/testing/data.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-rebuild-'));
const db = join(dir, 'dossier.db');
const snapshot = `${db}.index`;
const store = openStore(db);
const LISTS = [
  { dataset: 'ofac', files: [testData('ofac', 'sdn.csv')], format: 'ofac-csv' },
  { dataset: 'un', files: [testData('un', 'consolidated.xml')] },
  { dataset: 'uk', files: [testData('uk_ofsi', 'ConList_2018-04-13.csv')] },
];
for (const list of LISTS) await ingest(store, list);
const tools = await loadMatcherTools();

const round = (n: number) => Math.round(n * 10) / 10;

/** Run `rebuild` while the event loop's delay is recorded (10 ms resolution). */
async function measure(rebuild: () => Promise<unknown>) {
  rmSync(snapshot, { force: true });
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  // The monitor records a delay from its second turn on, and records a stall when the next turn
  // comes: a few turns before and after, so that a block at either end is not missed.
  histogram.enable();
  await sleep(50);
  const started = performance.now();
  await rebuild();
  const rebuildMs = round(performance.now() - started);
  await sleep(50);
  histogram.disable();
  const ms = (ns: number) => round(ns / 1e6);
  return {
    rebuildMs,
    // The monitor's timer fires every 10 ms; its delay beyond that is what a request waits.
    maxStallMs: ms(histogram.max),
    p99StallMs: ms(histogram.percentile(99)),
    meanStallMs: ms(histogram.mean),
    samples: histogram.count,
  };
}

// Warm-up, not measured: the first build in a process loads the dictionaries and compiles the code.
await new MatchService(store, tools).refresh();

const synchronous = await measure(async () => {
  const built = await buildSnapshot(store, tools);
  await saveSnapshot(store, snapshot, built);
});
const sliced = await measure(() => new MatchService(store, tools, { snapshot }).refresh());
const inWorker = new MatchService(store, tools, { snapshot, worker: { db } });
const worker = await measure(() => inWorker.refresh());
const entities = inWorker.matcher.size;
await store.close();
rmSync(dir, { recursive: true, force: true });

const result = {
  lists: LISTS.map((l) => l.dataset),
  entities,
  synchronous,
  sliced,
  worker,
  load: loadavg().map(round),
  note: 'machine shared with other jobs (2 cores): stalls include waits for a core',
  node: process.version,
  at: new Date().toISOString(),
};
console.log(JSON.stringify(result, null, 2));
const results = join(repoRoot, 'bench', 'results');
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'rebuild.json'), `${JSON.stringify(result, null, 2)}\n`);
