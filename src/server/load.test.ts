/**
 * A bounded load test on loopback (issue 14): rounds of the same /match requests from several
 * kept-alive connections at once, each recorded in the audit trail as `serve` does. Every request
 * must succeed, and the heap, measured after a full collection between rounds, must not keep
 * climbing once the first round has filled the caches (compiled code, remembered similarities,
 * decoded entries). A leak of even a few kilobytes a request shows up as megabytes here.
 * Throughput and latency are the benchmark's business (bench/load.ts), not this test's.
 */
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { after, before, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readFileSync } from 'node:fs';
import { testData } from '../testing/data.js';
import { type ScreeningFixture, screeningStore } from './jobs-fixture.js';
import { startTestServer, type TestServer } from './server-fixture.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const CONNECTIONS = 4;
const PER_ROUND = 1000;
const ROUNDS = 4;
/** How much the heap may grow from the end of round 2 to the end of the last round. */
const ALLOWED_GROWTH_MB = 4;

let db: ScreeningFixture;
let server: TestServer;

before(async () => {
  db = await screeningStore();
  server = await startTestServer(db.store, { repo: db.repo });
});
after(async () => {
  await server.close();
  await db.close();
});

function ask(agent: Agent, name: string): Promise<number> {
  const body = JSON.stringify({
    queries: { q: { schema: 'Thing', properties: { name: [name] } } },
  });
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}/match/default`,
      { method: 'POST', agent, headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** One round: `names` shared out over the connections; the status of every answer. */
async function round(names: string[], agents: Agent[]): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  let next = 0;
  await Promise.all(
    agents.map(async (agent) => {
      while (next < names.length) {
        const status = await ask(agent, names[next++]!).catch(() => -1);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  return statuses;
}

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

test('rounds of /match under concurrent load: no request fails and the heap does not keep climbing', async (t) => {
  const names = readFileSync(testData('name_pairs', 'jrc_names_deezymatch', 'queries.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, PER_ROUND);
  assert.equal(names.length, PER_ROUND);
  const agents = Array.from(
    { length: CONNECTIONS },
    () => new Agent({ keepAlive: true, maxSockets: 1 }),
  );
  const heaps: number[] = [];
  try {
    for (let r = 0; r < ROUNDS; r++) {
      const statuses = await round(names, agents);
      assert.deepEqual(
        [...statuses],
        [[200, PER_ROUND]],
        `round ${r + 1}: every request answered 200`,
      );
      heaps.push(heapMb());
    }
  } finally {
    for (const agent of agents) agent.destroy();
  }
  t.diagnostic(`heap after each round (MB): ${heaps.map((h) => h.toFixed(1)).join(', ')}`);
  // Round 1 fills the caches and round 2 settles them; from then on the same requests must not
  // need more memory.
  const growth = heaps.at(-1)! - heaps[1]!;
  assert.ok(
    growth < ALLOWED_GROWTH_MB,
    `heap after each round (MB): ${heaps.map((h) => h.toFixed(1)).join(', ')}; grew ${growth.toFixed(1)} MB`,
  );
  // Every request is in the audit trail: the load was real, not short-circuited.
  const res = await fetch(`${server.url}/audit/verify`);
  const verify = (await res.json()) as { records?: number };
  assert.equal(res.status, 200);
  assert.ok((verify.records ?? 0) >= ROUNDS * PER_ROUND, JSON.stringify(verify));
});
