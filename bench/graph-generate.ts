/**
 * The generated ownership graph of `npm run bench:graph`, seeded so that every run measures the
 * same graph, and the small measuring helpers the bench shares (wall and CPU time, percentiles,
 * machine load: the machine is shared, so CPU time and load are recorded beside wall time).
 */
import { loadavg } from 'node:os';
import type { CsrColumns, CsrEdgeInput } from '../src/core/graph/index.js';

export const EDGES_PER_NODE = 5;
const LISTED_SHARE = 0.01;

/** A small seeded generator (mulberry32). */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Generated {
  n: number;
  /** The node ids, made once: edges name nodes by these strings, as a store's rows would. */
  ids: string[];
  source: Uint32Array;
  target: Uint32Array;
  /** NaN for an unknown share; low/high for the 1% given as ranges. */
  share: Float64Array;
  low: Float64Array;
  high: Float64Array;
  listed: Uint8Array;
}

/** Each entity gets 1 to 9 distinct owners (5 on average) holding 60-100% between them; 1% ranged, 1% unknown. */
export function generate(n: number, seed: number): Generated {
  const rand = random(seed);
  const m = n * EDGES_PER_NODE;
  const g: Generated = {
    n,
    ids: Array.from({ length: n }, (_, i) => `n${i}`),
    source: new Uint32Array(m),
    target: new Uint32Array(m),
    share: new Float64Array(m),
    low: new Float64Array(m).fill(Number.NaN),
    high: new Float64Array(m).fill(Number.NaN),
    listed: new Uint8Array(n),
  };
  let k = 0;
  const owners = new Set<number>();
  const weights: number[] = [];
  for (let t = 0; t < n && k < m; t++) {
    owners.clear();
    const want = t === n - 1 ? m - k : Math.min(m - k, 1 + Math.floor(rand() * 9));
    while (owners.size < want) {
      const s = Math.floor(rand() * n);
      if (s !== t) owners.add(s);
    }
    // The owners' shares split 60-100% of the entity at random: most entities have a majority owner.
    weights.length = 0;
    for (let o = 0; o < owners.size; o++) weights.push(rand());
    const total = (60 + rand() * 40) / weights.reduce((a, b) => a + b, 0);
    let o = 0;
    for (const s of owners) {
      g.source[k] = s;
      g.target[k] = t;
      const kind = rand();
      const share = Math.round(weights[o++]! * total * 100) / 100;
      if (kind < 0.01) g.share[k] = Number.NaN;
      else if (kind < 0.02) {
        g.share[k] = Number.NaN;
        g.low[k] = Math.max(0, share - 10);
        g.high[k] = Math.min(100, share + 10);
      } else g.share[k] = share;
      k++;
    }
  }
  for (let i = 0; i < n; i++) if (rand() < LISTED_SHARE) g.listed[i] = 1;
  return g;
}

/** The graph as edge records naming nodes by string id, one object per edge. */
export function* records(g: Generated): Generator<CsrEdgeInput> {
  for (let k = 0; k < g.source.length; k++) {
    yield {
      source: g.ids[g.source[k]!]!,
      target: g.ids[g.target[k]!]!,
      type: 'ownership',
      percentage: Number.isNaN(g.share[k]!) ? null : g.share[k]!,
      percentageLow: Number.isNaN(g.low[k]!) ? null : g.low[k]!,
      percentageHigh: Number.isNaN(g.high[k]!) ? null : g.high[k]!,
    };
  }
}

/** The graph as columns of node numbers. */
export function columnsOf(g: Generated): CsrColumns {
  const ranges = new Map<number, readonly [number, number]>();
  for (let k = 0; k < g.source.length; k++) {
    if (!Number.isNaN(g.low[k]!) || !Number.isNaN(g.high[k]!))
      ranges.set(k, [g.low[k]!, g.high[k]!]);
  }
  const types = ['ownership'];
  return { nodeIds: g.ids, source: g.source, target: g.target, types, share: g.share, ranges };
}

export const mb = (bytes: number) => Math.round(bytes / 1048576);
export const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Runs `fn`, returning its value with wall and CPU milliseconds (CPU: user + system, all threads). */
export function timed<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { value, ms: Math.round(ms), cpuMs: Math.round((used.user + used.system) / 1000) };
}

export async function timedAsync<T>(fn: () => Promise<T>) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { value, ms: Math.round(ms), cpuMs: Math.round((used.user + used.system) / 1000) };
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** Wall and CPU milliseconds of each query. */
export interface QueryTimes {
  wall: number[];
  cpu: number[];
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

/**
 * Wall-time percentiles against the target, and the same for CPU time: on a loaded machine a query
 * of a fraction of a millisecond that waits for its turn on a core shows tens of milliseconds of
 * wall time, its CPU time does not.
 */
export function stats(times: QueryTimes, targetMs: number) {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return {
    queries: times.wall.length,
    meanMs: r2(mean(times.wall)),
    p50Ms: r2(quantile(times.wall, 0.5)),
    p95Ms: r2(quantile(times.wall, 0.95)),
    maxMs: r2(quantile(times.wall, 1)),
    cpuMeanMs: r2(mean(times.cpu)),
    cpuP95Ms: r2(quantile(times.cpu, 0.95)),
    cpuMaxMs: r2(quantile(times.cpu, 1)),
    targetMs,
    met: quantile(times.wall, 0.95) < targetMs,
    metOnCpu: quantile(times.cpu, 0.95) < targetMs,
  };
}

export function timeQueries<Q>(queries: Q[], fn: (query: Q) => void): QueryTimes {
  const times: QueryTimes = { wall: [], cpu: [] };
  for (const query of queries) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    fn(query);
    times.wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpu);
    times.cpu.push((used.user + used.system) / 1000);
  }
  return times;
}

/** The 1, 5 and 15 minute load averages (as `uptime` prints them), for 2 cores shared by others. */
export const load = () => loadavg().map((x) => r2(x));
