/**
 * The bombs of bench/bombs.ts that are posted to `POST /screen/jobs` of a checkout's `dossier
 * serve`: the answer, the job's end if it was accepted, the server's death, its peak memory, and
 * whether /healthz still answers.
 */
import { readFileSync } from 'node:fs';
import { CAPS, short, since } from './bombs-common.js';
import { healthz, type Server, startServe, waitReady } from './bombs-procs.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
export async function serverBomb(
  checkout: string,
  db: string,
  files: string[],
  format: 'csv' | 'xlsx',
) {
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
export async function wideServer(checkout: string, db: string, file: string) {
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
