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
 * `BENCH_ONLY=1,3` runs some bombs only, and replaces only their rows in the JSON. Prints a table; writes bench/results/bombs.json.
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
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, testData } from '../src/testing/data.js';
import { longNameList, manyRowsBomb, sharedStringsBomb, wideCsv } from './bombs-files.js';
import { type Caps, healthz, runCli, type Server, startServe, waitReady } from './bombs-procs.js';

const CAPS: Caps = {
  seconds: Number(process.env.BENCH_CAP_SECONDS ?? 90),
  rssMb: Number(process.env.BENCH_MAX_RSS_MB ?? 4096),
};
const ONLY = (process.env.BENCH_ONLY ?? '1,2,3,4').split(',').map(Number);
/** Finding 3's name lengths: "a few million" letters. */
const NAME_CHARS = (process.env.BENCH_NAME_CHARS ?? '3000000,10000000').split(',').map(Number);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

const load = () => loadavg().map((l) => Number(l.toFixed(2)));
const since = (t: number) => Number(((performance.now() - t) / 1000).toFixed(1));
/** A line for the table: runs of one letter (the long name quoted back) shown by their length. */
const short = (text: string) =>
  text
    .slice(0, 100_000)
    .replace(/(\w)\1{15,}/g, (run, c: string) => `${c}×${run.length}…`)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);

interface Answer {
  status: number;
  body: string;
}

/** Post a file as a job; resolves to the answer, or to an error's message. */
async function post(url: string, file: string, format: 'csv' | 'xlsx'): Promise<Answer | string> {
  const body = readFileSync(file);
  const type = format === 'xlsx' ? XLSX : 'text/csv';
  try {
    const response = await fetch(`${url}/screen/jobs?format=${format}`, {
      method: 'POST',
      body,
      headers: { 'content-type': type },
      signal: AbortSignal.timeout(CAPS.seconds * 1000),
    });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    return `no answer: ${(error as Error).cause ?? (error as Error).message}`;
  }
}

/**
 * Follow a job the server accepted until it ends, the server dies, or a cap: what holds the
 * queue, and for how long. The job's status is asked with a 2 s timeout (a blocked loop).
 */
async function follow(server: Server, answer: Answer, started: number): Promise<string> {
  const id = (JSON.parse(answer.body) as { id: string }).id;
  let last = 'queued';
  let rows = 0;
  while (since(started) < CAPS.seconds && !server.exit) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const job = await fetch(`${server.url}/screen/jobs/${id}`, {
      signal: AbortSignal.timeout(2000),
    })
      .then((r) => r.json() as Promise<{ status: string; rows_done: number; error: unknown }>)
      .catch(() => null);
    if (!job) continue;
    last = job.status;
    rows = job.rows_done;
    if (['failed', 'finished', 'cancelled'].includes(job.status)) {
      return `202, job ${job.status}${job.error ? `: ${short(JSON.stringify(job.error))}` : ''}`;
    }
  }
  return `202, job still ${last} (${rows} rows done)`;
}

/** The outcome of posting `files` at once to a fresh server over `db`. */
async function serverBomb(checkout: string, db: string, files: string[], format: 'csv' | 'xlsx') {
  const server = await startServe(checkout, db, CAPS.rssMb);
  try {
    await waitReady(server.url, CAPS.seconds);
    const started = performance.now();
    const answers = await Promise.all(
      files.map(async (file) => {
        const answer = await post(server.url, file, format);
        const at = since(started);
        if (typeof answer === 'string') return { text: answer, at, refused: false };
        if (answer.status !== 202) {
          return { text: `${answer.status} ${short(answer.body)}`, at, refused: true };
        }
        const text = await follow(server, answer, started);
        return { text, at: since(started), refused: / job (failed|cancelled)/.test(text) };
      }),
    );
    const capped = server.overCap ? `memory cap ${CAPS.rssMb} MB` : null;
    const died =
      server.exit && !capped
        ? `server died (${server.exit.code ?? server.exit.signal}) after ${since(started)} s`
        : null;
    const alive = (await healthz(server.url, 2000)) !== null;
    const refusedAt = answers.every((a) => a.refused)
      ? Math.max(...answers.map((a) => a.at))
      : null;
    const outcome = [
      ...answers.map((a) => a.text),
      died,
      capped && `stopped at ${capped}`,
      refusedAt === null && !died
        ? `not refused within ${capped ? since(started) : CAPS.seconds} s`
        : null,
      `/healthz after: ${alive ? 'answers' : 'no answer'}`,
    ].filter(Boolean);
    const crash = died ? /(heap out of memory|Maximum call stack[^\n]*)/.exec(server.log()) : null;
    return {
      outcome: outcome.join('; '),
      refused_s: refusedAt ?? (died ? since(started) : null),
      peak_rss_mb: server.peak(),
      healthz_after: alive,
      crash: crash?.[1] ?? null,
    };
  } finally {
    await server.stop();
  }
}

/** After posting the wide CSV: /healthz asked for 10 s, each with a 1 s timeout. */
async function wideServer(checkout: string, db: string, file: string) {
  const server = await startServe(checkout, db, CAPS.rssMb);
  try {
    await waitReady(server.url, CAPS.seconds);
    const started = performance.now();
    const answer = await post(server.url, file, 'csv');
    const answered = since(started);
    const probes: (number | null)[] = [];
    const end = performance.now() + 10_000;
    while (performance.now() < end) {
      probes.push(await healthz(server.url, 1000));
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const ok = probes.filter((p) => p !== null) as number[];
    const status = typeof answer === 'string' ? answer : `${answer.status} ${short(answer.body)}`;
    const refused = typeof answer !== 'string' && answer.status >= 400;
    return {
      outcome: `${status}; /healthz within 1 s: ${ok.length}/${probes.length} in the next 10 s`,
      refused_s: refused ? answered : null,
      peak_rss_mb: server.peak(),
      healthz_answered: ok.length,
      healthz_asked: probes.length,
      healthz_max_ms: ok.length ? Math.max(...ok) : null,
    };
  } finally {
    await server.stop();
  }
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
      (r) => !ONLY.includes(Number.parseInt(r.bomb, 10)),
    );
    results.rows = [...kept, ...rows].sort((a, b) => a.bomb.localeCompare(b.bomb));
  }
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
