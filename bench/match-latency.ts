/**
 * /match latency of one or more builds of the API, measured in the same run so that they share
 * the machine's load: each server script (default: this build's http-server.js) is started on the
 * database, then they take turns (in alternating order) answering rounds of requests, with query
 * parameters so that their parsing is timed too. Prints p50/p99 per build.
 *
 *   node dist/bench/match-latency.js <database> <names.csv> [server.js ...]
 *
 * The names are the second column of an OFAC-style CSV (sdn.csv), some of them varied.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

const REQUESTS = 2000;
const ROUNDS = 8;
const WARM_UP = 300;
const QUERY = '?limit=5&threshold=0.7&cutoff=0.5&algorithm=best&exclude_schema=Vessel';

function start(script: string, db: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, db], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

/** Names from the CSV, every third one shortened to its first two words, as a typo-free miss. */
function names(csv: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(csv, 'utf8').split('\n')) {
    const name = /^\d+,"([^"]+)"/.exec(line)?.[1];
    if (!name) continue;
    out.push(out.length % 3 === 2 ? name.split(' ').slice(0, 2).join(' ') : name);
  }
  return out;
}

function ask(agent: Agent, url: string, name: string): Promise<number> {
  const body = JSON.stringify({ queries: { q: { schema: 'Person', properties: { name } } } });
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
  const t = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/match/default${QUERY}`,
      { method: 'POST', agent, headers },
      (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode} for ${name}`));
          else resolve(performance.now() - t);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const at = (times: number[], p: number) =>
  times[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(3);

async function main() {
  const [db, csv, ...given] = process.argv.slice(2);
  if (!db || !csv)
    throw new Error('usage: match-latency.js <database> <names.csv> [server.js ...]');
  const scripts =
    given.length > 0 ? given : [fileURLToPath(new URL('./http-server.js', import.meta.url))];
  const all = names(csv);
  const servers = [];
  for (const script of scripts)
    servers.push({ script, ...(await start(script, db)), times: [] as number[] });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (const s of servers) for (let i = 0; i < WARM_UP; i++) await ask(agent, s.url, all[i]!);
    const perRound = REQUESTS / ROUNDS;
    for (let round = 0; round < ROUNDS; round++) {
      // Turns alternate, so that neither build always answers right after the other.
      const order = round % 2 === 0 ? servers : [...servers].reverse();
      for (const s of order) {
        for (let i = 0; i < perRound; i++) {
          const name = all[(WARM_UP + round * perRound + i) % all.length]!;
          s.times.push(await ask(agent, s.url, name));
        }
      }
    }
  } finally {
    agent.destroy();
    for (const s of servers) s.child.kill('SIGTERM');
  }
  for (const s of servers) {
    s.times.sort((a, b) => a - b);
    process.stdout.write(
      `${s.script}: ${s.times.length} requests, p50 ${at(s.times, 0.5)} ms, p99 ${at(s.times, 0.99)} ms\n`,
    );
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
