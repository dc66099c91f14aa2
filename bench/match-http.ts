/**
 * The HTTP half of the matching benchmark: starts the API in a process of its own, as `dossier
 * serve` runs, on loopback, and sends match requests one after another from this process, timing
 * each round trip. Server and client do not share a thread, as they would not in use.
 */
import { type ChildProcess, spawn } from 'node:child_process';
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

export async function measureHttp(dbPath: string, names: string[]) {
  const { child, url } = await startChild(dbPath);
  const times: number[] = [];
  const ask = async (name: string) => {
    const response = await fetch(`${url}/match/default`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        queries: { q: { schema: 'LegalEntity', properties: { name: [name] } } },
      }),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${name}`);
    await response.json();
  };
  try {
    // Warm the connection and both processes' code, as the in-process half does.
    for (const name of names.slice(0, 50)) await ask(name);
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
    child.kill('SIGTERM');
  }
}
