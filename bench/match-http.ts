/**
 * The HTTP half of the matching benchmark: starts the API in a process of its own, as `dossier
 * serve` runs, on loopback, and sends match requests one after another from this process, timing
 * each round trip. Server and client do not share a thread, as they would not in use.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

const SERVER_SCRIPT = fileURLToPath(new URL('./http-server.js', import.meta.url));

/** Start the server on the database and resolve to its URL once it listens. */
function startChild(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_SCRIPT, dbPath], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    });
    child.once('exit', (code) => reject(new Error(`the API server exited with ${code}`)));
  });
}

/**
 * Time `names`, after `warmUp` (other names): the server's code is compiled as it runs, and the
 * in-process half has run some 1,900 queries (the accuracy checks) before its timing starts.
 */
export async function measureHttp(dbPath: string, names: string[], warmUp: string[]) {
  const { child, url } = await startChild(dbPath);
  const times: number[] = [];
  // A plain HTTP client on one kept-alive connection, as load-testing tools use: fetch added
  // about half a millisecond of its own to every round trip (measured: p50 2.2 against 1.8 ms).
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const ask = (name: string) =>
    new Promise<void>((resolve, reject) => {
      const body = JSON.stringify({
        queries: { q: { schema: 'LegalEntity', properties: { name: [name] } } },
      });
      const headers = {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      };
      const req = request(`${url}/match/default`, { method: 'POST', agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode} for ${name}`));
          else {
            JSON.parse(Buffer.concat(chunks).toString('utf8'));
            resolve();
          }
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  try {
    for (const name of warmUp) await ask(name);
    const started = performance.now();
    for (const name of names) {
      const t = performance.now();
      await ask(name);
      times.push(performance.now() - t);
    }
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const at = (p: number) =>
      Number(times[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(3));
    return { per_sec: Math.round(names.length / seconds), p50_ms: at(0.5), p99_ms: at(0.99) };
  } finally {
    agent.destroy();
    child.kill('SIGTERM');
  }
}
