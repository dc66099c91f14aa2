/**
 * The HTTP half of the matching benchmark: starts the API on loopback and sends match requests one
 * after another, timing each round trip.
 */
import type { MatchService } from '../src/app/match-service.js';
import { startServer } from '../src/server/index.js';
import type { Store } from '../src/store/index.js';

export async function measureHttp(store: Store, service: MatchService, names: string[]) {
  const server = await startServer({ store, service, host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${server.port}/match/default`;
  const times: number[] = [];
  try {
    const started = performance.now();
    for (const name of names) {
      const t = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          queries: { q: { schema: 'LegalEntity', properties: { name: [name] } } },
        }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${name}`);
      await response.json();
      times.push(performance.now() - t);
    }
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const at = (p: number) =>
      Number(times[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(3));
    return { per_sec: Math.round(names.length / seconds), p50_ms: at(0.5), p99_ms: at(0.99) };
  } finally {
    await server.close();
  }
}
