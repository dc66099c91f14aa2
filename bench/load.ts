/**
 * Load benchmark: `npm run bench:load`. `dossier serve` as a user starts it (its own process, the
 * audit trail on), over OFAC's SDN, the UN and the UK lists, takes /match requests from several
 * kept-alive connections at once for a fixed time. Prints throughput, latency, errors, the
 * server's memory at the start, the middle and the end, and how much the database grew (the audit
 * trail), and writes bench/results/load.json.
 *
 * `BENCH_CHECKOUTS=/path/a,/path/b` runs the same load against other checkouts too (each built,
 * with its own database made by its own `dossier ingest`), one after the other in this run, so
 * that a before and an after are measured on the same machine minutes apart.
 * `BENCH_SECONDS` (60) and `BENCH_CONNECTIONS` (4) set the load.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, testData } from '../src/testing/data.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const LISTS = [
  ['ofac', testData('ofac', 'sdn.csv')],
  ['un', testData('un', 'consolidated.xml')],
  ['uk', testData('uk_ofsi', 'ConList_2018-04-13.csv')],
] as const;

function dossier(checkout: string, args: string[]) {
  const child = spawnSync(process.execPath, [join(checkout, 'bin', 'dossier.js'), ...args], {
    encoding: 'utf8',
  });
  if (child.status !== 0)
    throw new Error(`${checkout}: dossier ${args.join(' ')}: ${child.stderr}`);
}

/** The server's resident memory in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
}

function startServe(checkout: string, db: string): Promise<{ child: ChildProcess; url: string }> {
  const bin = join(checkout, 'bin', 'dossier.js');
  // The rate limit is off: this measures the server, not its limit of 50 requests a second.
  const args = [bin, 'serve', '--db', db, '--port', '0', '--rate-limit', '0'];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (chunk) => {
    err += chunk;
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const found = /listening on (http:\/\/\S+)/.exec(out);
      if (found) resolve({ child, url: found[1]! });
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${err}`)));
  });
}

async function waitReady(url: string) {
  for (;;) {
    const response = await fetch(`${url}/readyz`).catch(() => null);
    if (response?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function ask(url: string, agent: Agent, name: string): Promise<number> {
  const body = JSON.stringify({
    queries: { q: { schema: 'LegalEntity', properties: { name: [name] } } },
  });
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
  return new Promise((resolve, reject) => {
    const req = request(`${url}/match/default`, { method: 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : 0;
}

async function measure(checkout: string, names: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-load-'));
  try {
    const db = join(dir, 'load.db');
    for (const [dataset, file] of LISTS) {
      dossier(checkout, ['ingest', file, '--dataset', dataset, '--db', db]);
    }
    return await run(checkout, db, names);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function run(checkout: string, db: string, names: string[]) {
  const { child, url } = await startServe(checkout, db);
  try {
    await waitReady(url);
    const pid = child.pid!;
    const dbBytes = () =>
      statSync(db).size + (statSync(`${db}-wal`, { throwIfNoEntry: false })?.size ?? 0);
    const startBytes = dbBytes();
    const memory: { atS: number; rssMb: number }[] = [{ atS: 0, rssMb: rssMb(pid) }];
    const times: number[] = [];
    const statuses: Record<string, number> = {};
    let errors = 0;
    const started = performance.now();
    const end = started + SECONDS * 1000;
    const marks = [SECONDS / 2, SECONDS];
    const sampler = setInterval(() => {
      const at = (performance.now() - started) / 1000;
      if (marks.length && at >= marks[0]! - 0.5) {
        memory.push({ atS: Math.round(at), rssMb: rssMb(pid) });
        marks.shift();
      }
    }, 250);
    let next = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        while (performance.now() < end) {
          const name = names[next++ % names.length]!;
          const t = performance.now();
          try {
            const status = await ask(url, agent, name);
            statuses[status] = (statuses[status] ?? 0) + 1;
            if (status !== 200) errors++;
          } catch {
            errors++;
          }
          times.push(performance.now() - t);
        }
        agent.destroy();
      }),
    );
    clearInterval(sampler);
    if (memory.length < 3) memory.push({ atS: SECONDS, rssMb: rssMb(pid) });
    const elapsed = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    return {
      checkout,
      requests: times.length,
      per_sec: Math.round(times.length / elapsed),
      p50_ms: Number(percentile(times, 0.5).toFixed(2)),
      p99_ms: Number(percentile(times, 0.99).toFixed(2)),
      max_ms: Number((times.at(-1) ?? 0).toFixed(1)),
      errors,
      statuses,
      memory,
      database_growth_mb: Number(((dbBytes() - startBytes) / 1e6).toFixed(1)),
    };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

async function main() {
  const names = readFileSync(testData('name_pairs', 'jrc_names_deezymatch', 'queries.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const checkouts = [...(process.env.BENCH_CHECKOUTS ?? '').split(',').filter(Boolean), repoRoot];
  const runs = [];
  for (const checkout of checkouts) runs.push(await measure(checkout, names));
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, loadAverage: loadavg().map((l) => Number(l.toFixed(2))) },
    lists: 'OFAC sdn.csv, UN consolidated, UK ConList 2018-04-13',
    seconds: SECONDS,
    connections: CONNECTIONS,
    runs,
  };
  for (const r of runs) {
    console.log(`${r.checkout}`);
    console.log(
      `  ${r.requests} requests in ${SECONDS} s: ${r.per_sec}/s, p50 ${r.p50_ms} ms, p99 ${r.p99_ms} ms, max ${r.max_ms} ms, errors ${r.errors}`,
    );
    console.log(
      `  memory ${r.memory.map((m) => `${m.rssMb} MB at ${m.atS} s`).join(', ')}; database +${r.database_growth_mb} MB`,
    );
  }
  const out = join(repoRoot, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'load.json'), `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
