/**
 * How long the event loop stalls while the match index is rebuilt (issue 14, finding 8):
 *
 *   node dist/bench/rebuild-stall.js [database]   (default /work/cmp/base.db; a copy is used)
 *
 * Opens a Dossier on a copy of the database, builds the index once (as at start-up), then times a
 * second `refresh()` while a 5 ms timer records how late each of its turns fires: a late turn is
 * a request that would have waited. Prints the longest and the 99th-percentile stall and the build
 * time, and writes bench/results/rebuild-stall.json.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDossier } from '../src/app/dossier/index.js';
import { repoRoot } from '../src/testing/data.js';

const TICK_MS = 5;
const source = process.argv[2] ?? '/work/cmp/base.db';
const dir = mkdtempSync(join(tmpdir(), 'dossier-stall-'));
const db = join(dir, 'dossier.db');
copyFileSync(source, db);

const dossier = openDossier({ db });
const service = await dossier.matching();
// The first build loads the dictionaries and warms the code: the rebuild after an ingest is what
// runs while the server is answering.
await service.refresh();

const stalls: number[] = [];
let last = performance.now();
const timer = setInterval(() => {
  const now = performance.now();
  stalls.push(Math.max(0, now - last - TICK_MS));
  last = now;
}, TICK_MS);
const started = performance.now();
await service.refresh();
const buildMs = performance.now() - started;
clearInterval(timer);
await dossier.close();
rmSync(dir, { recursive: true, force: true });

stalls.sort((a, b) => a - b);
const round = (n: number) => Math.round(n * 10) / 10;
const result = {
  entities: service.matcher.size,
  buildMs: round(buildMs),
  turns: stalls.length,
  maxStallMs: round(stalls.at(-1) ?? buildMs),
  p99StallMs: round(stalls[Math.floor(stalls.length * 0.99)] ?? buildMs),
  node: process.version,
  at: new Date().toISOString(),
};
console.log(result);
const results = join(repoRoot, 'bench', 'results');
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'rebuild-stall.json'), `${JSON.stringify(result, null, 2)}\n`);
