/**
 * Bomb benchmark: `npm run bench:bombs`. The hostile inputs of issue 14's probe, generated in a
 * temporary folder (bench/bombs-files.ts), sent to each checkout's own `dossier` as a user would:
 *
 * 1. an XLSX whose shared strings unpack to 3.2 GB, posted to `POST /screen/jobs`; then two of
 *    2.1 GB at once (finding 1);
 * 2. a CSV of 200,000 columns all named "Name" and one row, posted as a job (does /healthz answer
 *    within 1 s during the next 10 s?) and screened with `dossier screen` (finding 2);
 * 3. a list with a name of one letter repeated 3 and 10 million times (`BENCH_NAME_CHARS`),
 *    ingested, then `dossier match` with a query that makes it a candidate (finding 3);
 * 4. an XLSX of 33 million rows posted as a job: refused, or how long it holds the queue
 *    (finding 9).
 *
 * Each is stopped at a time cap (`BENCH_CAP_SECONDS`, 90) and a memory cap (`BENCH_MAX_RSS_MB`,
 * 4096: the machine is shared), and then reads "not refused within N s" with the peak memory.
 * `BENCH_CHECKOUTS` (default /work/baseline) lists built checkouts measured before this one;
 * `BENCH_ONLY=1,3` runs some bombs only, and replaces only their rows (of the checkouts measured) in the JSON. Prints a table; writes bench/results/bombs.json.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, testData } from '../src/testing/data.js';
import { longNameList, manyRowsBomb, sharedStringsBomb, wideCsv } from './bombs-files.js';
import { CAPS, load, short, since } from './bombs-common.js';
import { runCli } from './bombs-procs.js';
import { serverBomb, wideServer } from './bombs-server.js';

const ONLY = (process.env.BENCH_ONLY ?? '1,2,3,4').split(',').map(Number);
/** Finding 3's name lengths: "a few million" letters. */
const NAME_CHARS = (process.env.BENCH_NAME_CHARS ?? '3000000,10000000').split(',').map(Number);

interface Result {
  outcome: string;
  refused_s: number | null;
  peak_rss_mb: number;
  [more: string]: unknown;
}

interface Row extends Result {
  bomb: string;
  checkout: string;
  refused_s: number | null;
  peak_rss_mb: number;
  [more: string]: unknown;
}

/** What a command said that matters: its error, else its summary line. */
function cliOutcome(run: Awaited<ReturnType<typeof runCli>>) {
  if (run.capped === 'time') return `not refused within ${CAPS.seconds} s (killed)`;
  if (run.capped === 'memory') return `killed at the memory cap (${CAPS.rssMb} MB)`;
  const lines = `${run.stderr}\n${run.stdout}`.split('\n').filter((l) => l.trim());
  const said =
    lines.find((l) => /error|exceeded|refused|too (long|wide)|limit/i.test(l)) ??
    lines.find((l) => /loaded|match\(es\)|rejected/i.test(l)) ??
    lines[0] ??
    '';
  return `exit ${run.status ?? run.signal}${said ? `: ${short(said)}` : ''}`;
}

async function measure(checkout: string, dir: string, files: Record<string, string>) {
  const rows: Row[] = [];
  const db = join(dir, `${rows.length}-${Date.now()}.db`);
  const ingest = await runCli(
    checkout,
    ['ingest', testData('un', 'consolidated.xml'), '--dataset', 'un', '--db', db],
    CAPS,
  );
  if (ingest.status !== 0) throw new Error(`${checkout}: ingest of the UN list: ${ingest.stderr}`);
  const add = (bomb: string, result: Result) => {
    const row: Row = { bomb, checkout, ...result, load_average: load() };
    rows.push(row);
    console.log(`  ${bomb}: ${row.outcome} (peak ${row.peak_rss_mb} MB)`);
  };
  console.log(checkout);
  if (ONLY.includes(1)) {
    add(
      '1 shared strings 3.2 GB',
      await serverBomb(checkout, db, [files['strings.xlsx']!], 'xlsx'),
    );
    const two = [files['strings2.xlsx']!, files['strings2.xlsx']!];
    add('1 two at once, 2.1 GB each', await serverBomb(checkout, db, two, 'xlsx'));
  }
  if (ONLY.includes(2)) {
    add('2 200k columns (serve)', await wideServer(checkout, db, files['wide.csv']!));
    const run = await runCli(
      checkout,
      ['screen', files['wide.csv']!, '--db', db, '--out', join(dir, 'w.jsonl')],
      CAPS,
    );
    const refused = run.capped === null && run.status !== 0;
    add('2 200k columns (screen)', {
      outcome: cliOutcome(run),
      refused_s: refused ? run.seconds : null,
      peak_rss_mb: run.peakRssMb,
      seconds: run.seconds,
    });
  }
  for (const chars of ONLY.includes(3) ? NAME_CHARS : []) {
    const listDb = join(dir, `names-${chars}-${Date.now()}.db`);
    const list = files[`name-${chars}.jsonl`]!;
    const args = [
      'ingest',
      list,
      '--dataset',
      'bomb',
      '--format',
      'ftm',
      '--db',
      listDb,
      '--verbose',
    ];
    const ingested = await runCli(checkout, args, CAPS);
    // A query that shares the long name's letters, so that it is a candidate and compared.
    const match = await runCli(checkout, ['match', 'aaaaaaaa', '--db', listDb], CAPS);
    add(`3 name of ${chars / 1e6}M letters`, {
      outcome: `ingest ${cliOutcome(ingested)} in ${ingested.seconds} s; match ${cliOutcome(match)} in ${match.seconds} s`,
      // Refused at ingest: the command failed, or loaded the rest and rejected the long value.
      refused_s:
        !ingested.capped && (ingested.status !== 0 || /rejected|too long/i.test(ingested.stderr))
          ? ingested.seconds
          : null,
      peak_rss_mb: Math.max(ingested.peakRssMb, match.peakRssMb),
      ingest: {
        status: ingested.status,
        seconds: ingested.seconds,
        stderr: short(ingested.stderr),
      },
      match: { status: match.status, seconds: match.seconds, peak_rss_mb: match.peakRssMb },
    });
  }
  if (ONLY.includes(4)) {
    add('4 XLSX of 33M rows', await serverBomb(checkout, db, [files['rows.xlsx']!], 'xlsx'));
  }
  return rows;
}

function generate(dir: string): Record<string, string> {
  const started = performance.now();
  const files: Record<string, string> = {};
  const made = (name: string, write: (path: string) => void) => {
    files[name] = join(dir, name);
    write(files[name]);
  };
  if (ONLY.includes(1)) {
    made('strings.xlsx', (p) => sharedStringsBomb(p, 3.2e9));
    made('strings2.xlsx', (p) => sharedStringsBomb(p, 2.1e9));
  }
  if (ONLY.includes(2)) made('wide.csv', (p) => wideCsv(p, 200_000));
  for (const chars of ONLY.includes(3) ? NAME_CHARS : []) {
    made(`name-${chars}.jsonl`, (p) => longNameList(p, 'a', chars));
  }
  if (ONLY.includes(4)) made('rows.xlsx', (p) => manyRowsBomb(p, 33_000_000));
  const sizes = Object.fromEntries(
    Object.entries(files).map(([k, p]) => [k, Number((statSync(p).size / 1e6).toFixed(2))]),
  );
  console.log(`generated in ${since(started)} s, MB on disk: ${JSON.stringify(sizes)}`);
  return files;
}

async function main() {
  const before = (process.env.BENCH_CHECKOUTS ?? '/work/baseline').split(',').filter(Boolean);
  const checkouts = [...before, repoRoot];
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-bombs-'));
  const started = load();
  const rows: Row[] = [];
  try {
    const files = generate(dir);
    for (const checkout of checkouts) rows.push(...(await measure(checkout, dir, files)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('\nbomb | checkout | outcome | time to refuse (s) | peak RSS (MB)');
  for (const r of rows) {
    const refused = r.refused_s === null ? 'not refused' : r.refused_s;
    console.log(`${r.bomb} | ${r.checkout} | ${r.outcome} | ${refused} | ${r.peak_rss_mb}`);
  }
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, loadAverage: { start: started, end: load() } },
    caps: { seconds: CAPS.seconds, rss_mb: CAPS.rssMb },
    rows,
  };
  const out = join(repoRoot, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'bombs.json');
  // A run of some bombs (BENCH_ONLY) replaces their rows and keeps the others' from before.
  if (process.env.BENCH_ONLY && existsSync(file)) {
    const kept = (JSON.parse(readFileSync(file, 'utf8')) as { rows: Row[] }).rows.filter(
      (r) => !(ONLY.includes(Number.parseInt(r.bomb, 10)) && checkouts.includes(r.checkout)),
    );
    results.rows = [...kept, ...rows].sort((a, b) => a.bomb.localeCompare(b.bomb));
  }
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
