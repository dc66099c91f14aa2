/**
 * The network at scale: `npm run bench:graph`. A generated graph of 1 million entities and 5 million
 * ownership edges is built in-process into the CSR arrays; exposure is computed for every entity
 * under the three rules, and paths are queried, each beside a naive baseline in the same run
 * (bench/graph-naive.ts). Building the arrays from the SQLite graph store is timed on a smaller
 * graph (100k nodes, 500k edges), because writing 5 million rows through the store is a load's
 * cost, not the computation's. Writes bench/results/graph.json.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NetworkService } from '../src/app/network/index.js';
import { openDossier } from '../src/app/dossier/index.js';
import {
  buildCsr,
  type CsrEdgeInput,
  type CsrGraph,
  pathsToListed,
  shortestPath,
  simplePaths,
} from '../src/core/graph/index.js';
import { computeExposure, EXPOSED, LISTED } from '../src/core/graph/exposure/index.js';
import type { EdgeInput, NodeInput } from '../src/store/graph/index.js';
import { repoRoot } from '../src/testing/data.js';
import { type NaiveEdge, naiveAdjacency, naiveExposure, naiveShortest } from './graph-naive.js';

const NODES = Number(process.env.BENCH_GRAPH_NODES ?? 1_000_000);
const EDGES_PER_NODE = 5;
const LISTED_SHARE = 0.01;
const STORE_NODES = Number(process.env.BENCH_GRAPH_STORE_NODES ?? 100_000);
const QUERIES = 100;
/** Six hops reach most of a random graph: fewer queries, each a near-full traversal. */
const DEEP_QUERIES = 20;

/** A small seeded generator (mulberry32), so that every run measures the same graph. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Generated {
  n: number;
  source: Uint32Array;
  target: Uint32Array;
  /** NaN for an unknown share; low/high for the 1% given as ranges. */
  share: Float64Array;
  low: Float64Array;
  high: Float64Array;
  listed: Uint8Array;
}

/** Each entity gets 1 to 9 distinct owners (5 on average) holding 60-100% between them; 1% ranged, 1% unknown. */
function generate(n: number, seed: number): Generated {
  const rand = random(seed);
  const m = n * EDGES_PER_NODE;
  const g: Generated = {
    n,
    source: new Uint32Array(m),
    target: new Uint32Array(m),
    share: new Float64Array(m),
    low: new Float64Array(m).fill(Number.NaN),
    high: new Float64Array(m).fill(Number.NaN),
    listed: new Uint8Array(n),
  };
  let k = 0;
  for (let t = 0; t < n && k < m; t++) {
    const owners = new Set<number>();
    const want = t === n - 1 ? m - k : Math.min(m - k, 1 + Math.floor(rand() * 9));
    while (owners.size < want) {
      const s = Math.floor(rand() * n);
      if (s !== t) owners.add(s);
    }
    // The owners' shares split 60-100% of the entity at random: most entities have a majority owner.
    const weights = [...owners].map(() => rand());
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

const id = (i: number) => `n${i}`;
const mb = (bytes: number) => Math.round(bytes / 1048576);
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function* csrEdges(g: Generated): Generator<CsrEdgeInput> {
  for (let k = 0; k < g.source.length; k++) {
    yield {
      source: id(g.source[k]!),
      target: id(g.target[k]!),
      type: 'ownership',
      percentage: Number.isNaN(g.share[k]!) ? null : g.share[k]!,
      percentageLow: Number.isNaN(g.low[k]!) ? null : g.low[k]!,
      percentageHigh: Number.isNaN(g.high[k]!) ? null : g.high[k]!,
    };
  }
}

function csrBytes(graph: CsrGraph) {
  const arrays = [graph.edgeType, graph.share, graph.out.offsets, graph.out.nodes, graph.out.edges];
  arrays.push(graph.in.offsets, graph.in.nodes, graph.in.edges);
  return arrays.reduce((sum, a) => sum + a.byteLength, 0);
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    queries: times.length,
    meanMs: r(mean),
    p50Ms: r(at(0.5)),
    p95Ms: r(at(0.95)),
    maxMs: r(at(1)),
  };
}

async function main() {
  const started = new Date().toISOString();
  gc();
  const g = generate(NODES, 42);
  console.log(`generated ${NODES} nodes, ${g.source.length} edges`);
  gc();
  const before = process.memoryUsage();
  let t = process.hrtime.bigint();
  const graph = await buildCsr(
    (function* () {
      for (let i = 0; i < NODES; i++) yield { id: id(i) };
    })(),
    csrEdges(g),
  );
  const buildMs = ms(t);
  gc();
  const afterBuild = process.memoryUsage();
  console.log(`csr built in ${buildMs} ms`);

  const ownership = new Uint8Array(graph.edgeCount).fill(1);
  t = process.hrtime.bigint();
  const result = computeExposure({ graph, listed: g.listed, ownership });
  const exposureMs = ms(t);
  gc();
  const afterExposure = process.memoryUsage();
  const count = (status: Uint8Array, code: number) =>
    status.reduce((c, s) => c + (s === code ? 1 : 0), 0);
  const exposure = {
    rules: ['us', 'eu', 'uk'],
    ms: Math.round(exposureMs),
    listed: count(result.us.status, LISTED),
    exposed: { us: count(result.us.status, EXPOSED), uk: count(result.uk.status, EXPOSED) },
    undecided: {
      us:
        graph.nodeCount -
        count(result.us.status, EXPOSED) -
        count(result.us.status, LISTED) -
        count(result.us.status, 0),
    },
    retainedMb: mb(afterExposure.arrayBuffers - afterBuild.arrayBuffers),
  };
  console.log('exposure', exposure);

  // The naive baseline: objects with string ids, repeated full passes (US sure set only).
  const naiveEdges: NaiveEdge[] = [];
  for (let k = 0; k < g.source.length; k++) {
    const share = Number.isNaN(g.share[k]!)
      ? Number.isNaN(g.low[k]!)
        ? Number.NaN
        : g.low[k]!
      : g.share[k]!;
    naiveEdges.push({ source: id(g.source[k]!), target: id(g.target[k]!), share });
  }
  const listedIds = new Set<string>();
  for (let i = 0; i < NODES; i++) if (g.listed[i]) listedIds.add(id(i));
  gc();
  const beforeNaive = process.memoryUsage();
  t = process.hrtime.bigint();
  const naive = naiveExposure(naiveEdges, listedIds);
  const naiveMs = ms(t);
  const naiveMem = process.memoryUsage();
  const sure = count(result.us.status, EXPOSED) + count(result.us.status, LISTED);
  const naiveExp = {
    ms: Math.round(naiveMs),
    passes: naive.passes,
    blocked: naive.blocked.size,
    agreesWithCsr: naive.blocked.size === sure,
    heapGrowthMb: mb(naiveMem.heapUsed - beforeNaive.heapUsed),
  };
  console.log('naive exposure', naiveExp);

  // Paths: the same random pairs on the CSR and on adjacency Maps.
  const rand = random(7);
  const pairs = Array.from({ length: QUERIES }, () => [
    Math.floor(rand() * NODES),
    Math.floor(rand() * NODES),
  ]);
  const time = (fn: (a: number, b: number) => void, count = QUERIES) =>
    pairs.slice(0, count).map(([a, b]) => {
      const s = process.hrtime.bigint();
      fn(a!, b!);
      return ms(s);
    });
  let found = 0;
  const shortest3 = time((a, b) => {
    if (shortestPath(graph, a, b, 3)) found++;
  });
  const shortest6 = time((a, b) => void shortestPath(graph, a, b, 6), DEEP_QUERIES);
  const simple3 = time((a, b) => void simplePaths(graph, a, b, 3, 50));
  const listed3 = time((a) => void pathsToListed(graph, a, g.listed, 3, 50));
  gc();
  const beforeAdj = process.memoryUsage();
  t = process.hrtime.bigint();
  const adjacency = naiveAdjacency(naiveEdges);
  const adjacencyMs = ms(t);
  gc();
  const afterAdj = process.memoryUsage();
  let naiveFound = 0;
  const naive3 = time((a, b) => {
    if (naiveShortest(adjacency, id(a), id(b), 3) >= 0) naiveFound++;
  });
  const naive6 = time((a, b) => void naiveShortest(adjacency, id(a), id(b), 6), DEEP_QUERIES);
  const paths = {
    shortestHops3: { ...stats(shortest3), found },
    shortestHops6: stats(shortest6),
    allSimplePathsHops3Cap50: stats(simple3),
    toListedHops3Cap50: stats(listed3),
    naiveMapsShortestHops3: { ...stats(naive3), found: naiveFound },
    naiveMapsShortestHops6: stats(naive6),
    naiveAdjacencyBuildMs: Math.round(adjacencyMs),
    naiveAdjacencyHeapMb: mb(afterAdj.heapUsed - beforeAdj.heapUsed),
  };
  console.log('paths', paths);
  adjacency.clear();
  naiveEdges.length = 0;

  // Building from the SQLite store, at a smaller scale.
  const store = await fromStore(STORE_NODES);
  console.log('store', store);

  const out = {
    started,
    node: process.version,
    generated: {
      nodes: NODES,
      ownershipEdges: g.source.length,
      listed: exposure.listed,
      shares:
        '1-9 owners per entity (5 on average) splitting 60-100% at random; 1% ranged (+-10 points), 1% unknown',
    },
    csr: {
      buildMs: Math.round(buildMs),
      from: 'in-process generator, string ids through the builder',
      arraysMb: mb(csrBytes(graph)),
      arrayBuffersGrowthMb: mb(afterBuild.arrayBuffers - before.arrayBuffers),
      heapGrowthMb: mb(afterBuild.heapUsed - before.heapUsed),
    },
    exposure: { ...exposure, target: 'under 60 s for every entity', rssMb: mb(afterExposure.rss) },
    naiveExposure: {
      ...naiveExp,
      method: 'repeated full passes over edge objects, Maps and Sets of string ids (US sure set)',
    },
    paths: { ...paths, target: 'under 100 ms' },
    store,
  };
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(repoRoot, 'bench', 'results', 'graph.json'),
    `${JSON.stringify(out, null, 2)}\n`,
  );
  console.log('wrote bench/results/graph.json');
}

/** Writes a generated graph through the SQLite store, then times the snapshot the service builds. */
async function fromStore(n: number) {
  const g = generate(n, 43);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-graph-'));
  const dossier = openDossier({ db: join(dir, 'graph.db') });
  let t = process.hrtime.bigint();
  const BATCH = 20_000;
  for (let i = 0; i < n; i += BATCH) {
    const nodes: NodeInput[] = [];
    for (let j = i; j < Math.min(n, i + BATCH); j++)
      nodes.push({ id: id(j), schema: 'Company', caption: `Company ${j}` });
    await dossier.graph.upsert({ nodes });
  }
  for (let k = 0; k < g.source.length; k += BATCH) {
    const edges: EdgeInput[] = [];
    for (let e = k; e < Math.min(g.source.length, k + BATCH); e++) {
      edges.push({
        id: `e${e}`,
        type: 'ownership',
        source: id(g.source[e]!),
        target: id(g.target[e]!),
        percentage: Number.isNaN(g.share[e]!) ? null : g.share[e]!,
        percentageLow: Number.isNaN(g.low[e]!) ? null : g.low[e]!,
        percentageHigh: Number.isNaN(g.high[e]!) ? null : g.high[e]!,
        provenance: { kind: 'statement', dataset: 'bench', statementId: `s${e}` },
      });
    }
    await dossier.graph.upsert({ edges });
  }
  const writeMs = ms(t);
  const network = new NetworkService({ graph: dossier.graph, lists: dossier.lists });
  t = process.hrtime.bigint();
  const snapshot = await network.snapshot();
  const snapshotMs = ms(t);
  t = process.hrtime.bigint();
  await network.snapshot();
  const cachedMs = ms(t);
  await dossier.close();
  return {
    nodes: n,
    edges: g.source.length,
    writeThroughStoreMs: Math.round(writeMs),
    snapshotMs: Math.round(snapshotMs),
    snapshotIs: 'streams from SQLite, CSR build, masks, exposure under the three rules',
    cachedSnapshotMs: Math.round(cachedMs * 100) / 100,
    nodesInSnapshot: snapshot.graph.nodeCount,
  };
}

await main();
