/**
 * First-query benchmark: `npm run bench:first-query`. How long a user waits for the first answer
 * on a database with OFAC's SDN, the UN and the UK lists loaded: a cold `dossier match` (a new
 * process, as typed at a shell) without the index snapshot (it builds the index, as every match
 * did before snapshots) and with it, `dossier datasets` as the floor every command pays to start,
 * and how long `dossier serve` takes from its start to `/readyz` answering 200, with and without.
 * Each child reports its own CPU time, since on a shared machine the wall time also counts the
 * waits for a core. Prints a table and writes bench/results/first-query.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDossier } from '../src/app/dossier/index.js';
import { ingest } from '../src/app/ingest.js';
import { repoRoot, testData } from '../src/testing/data.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const bin = join(repoRoot, 'bin', 'dossier.js');
// The child prints its CPU time (user + system) on stderr as it exits.
const CPU_HOOK =
  'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();' +
  'process.stderr.write("\\ncpu-ms "+Math.round((u.user+u.system)/1000)+"\\n")})';

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function run(args: string[]): Timing & { out: string; err: string } {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', CPU_HOOK, bin, ...args], {
    encoding: 'utf8',
  });
  const wallMs = Math.round(performance.now() - started);
  if (child.status !== 0) throw new Error(`dossier ${args.join(' ')}: ${child.stderr}`);
  const cpuMs = Number(/cpu-ms (\d+)/.exec(child.stderr)?.[1]);
  return { wallMs, cpuMs, out: child.stdout, err: child.stderr };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function summary(timings: Timing[]) {
  return {
    runs: timings.length,
    wallMs: { median: median(timings.map((t) => t.wallMs)), all: timings.map((t) => t.wallMs) },
    cpuMs: { median: median(timings.map((t) => t.cpuMs)), all: timings.map((t) => t.cpuMs) },
  };
}

/** From spawning `dossier serve` to `/readyz` answering 200. */
async function serveReady(db: string): Promise<Timing> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', CPU_HOOK, bin, 'serve', '--db', db, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let err = '';
  child.stderr.on('data', (chunk) => {
    err += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = /listening on (http:\/\/\S+)/.exec(out);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${err}`)));
  });
  for (;;) {
    const response = await fetch(`${url}/readyz`).catch(() => null);
    if (response?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const wallMs = Math.round(performance.now() - started);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await exited;
  return { wallMs, cpuMs: Number(/cpu-ms (\d+)/.exec(err)?.[1]) };
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-first-query-'));
const db = join(dir, 'lists.db');
const snapshot = `${db}.index`;
try {
  const dossier = openDossier({ db });
  for (const [dataset, file] of [
    ['ofac', testData('ofac', 'sdn.csv')],
    ['un', testData('un', 'consolidated.xml')],
    ['uk', testData('uk_ofsi', 'ConList_2018-04-13.csv')],
  ] as const) {
    await ingest(dossier.lists, { files: [file], dataset });
  }
  await dossier.close();
  const match = ['match', 'Vladimir Putin', '--db', db];

  // Without a snapshot: the index is built (and then saved, which the next runs load).
  rmSync(snapshot, { force: true });
  const building = run(match);
  const built = Number(/built: \d+ entities in ([\d.]+) s/.exec(building.err)?.[1]) * 1000;
  const withSnapshot = Array.from({ length: RUNS }, () => run(match));
  if (withSnapshot.some((r) => /building/.test(r.err)))
    throw new Error('the snapshot was not used');
  const datasets = Array.from({ length: RUNS }, () => run(['datasets', '--db', db]));
  const serveWith = [];
  for (let n = 0; n < Math.min(RUNS, 3); n++) serveWith.push(await serveReady(db));
  rmSync(snapshot, { force: true });
  const serveWithout = await serveReady(db);

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, loadAverage: loadavg().map((l) => Number(l.toFixed(2))) },
    lists: 'OFAC sdn.csv (2024-05-03), UN consolidated (2026-02-27), UK ConList (2018-04-13)',
    command: 'dossier match "Vladimir Putin" --db <db>',
    matchWithoutSnapshot: { ...summary([building]), indexBuildMs: Math.round(built) },
    matchWithSnapshot: summary(withSnapshot),
    datasetsCommand: summary(datasets),
    serveReadyWithSnapshot: summary(serveWith),
    serveReadyWithoutSnapshot: summary([serveWithout]),
  };
  const rows: [string, ReturnType<typeof summary>][] = [
    ['dossier match, no snapshot (builds)', results.matchWithoutSnapshot],
    ['dossier match, snapshot', results.matchWithSnapshot],
    ['dossier datasets (start-up floor)', results.datasetsCommand],
    ['serve to /readyz, snapshot', results.serveReadyWithSnapshot],
    ['serve to /readyz, no snapshot', results.serveReadyWithoutSnapshot],
  ];
  console.log(`load average ${results.machine.loadAverage.join(' ')} on ${cpus().length} cores`);
  console.log('what                                    runs  wall ms (median)  cpu ms (median)');
  for (const [what, s] of rows) {
    console.log(
      `${what.padEnd(40)}${String(s.runs).padStart(4)}  ${String(s.wallMs.median).padStart(16)}  ${String(s.cpuMs.median).padStart(15)}`,
    );
  }
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  const out = join(repoRoot, 'bench', 'results', 'first-query.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written to ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
