/**
 * The network at scale: `npm run bench:graph`. A generated graph of 1 million entities and 5 million
 * ownership edges (bench/graph-generate.ts) is built into the CSR arrays twice: from edge records
 * naming nodes by string id (what the store's streams give) and from columns of node numbers.
 * Exposure is computed for every entity under the three rules, and paths are queried, each beside
 * a naive baseline in the same run (bench/graph-naive.ts). Building the arrays from the SQLite graph
 * store is timed on a smaller graph (BENCH_GRAPH_STORE_NODES, 100k by default, 0 to skip), because
 * writing 5 million rows through the store is a load's cost, not the computation's. CPU time and the
 * machine's load are recorded beside wall time: the machine is shared. Writes bench/results/graph.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  buildCsr,
  type CsrGraph,
  csrFromColumns,
  pathsToListed,
  shortestPath,
  simplePaths,
} from '../src/core/graph/index.js';
import {
  aggregateFixedPoint,
  computeExposure,
  EXPOSED,
  foldHoldings,
  LISTED,
  ukPass,
} from '../src/core/graph/exposure/index.js';
import { repoRoot } from '../src/testing/data.js';
import {
  columnsOf,
  gc,
  generate,
  load,
  mb,
  random,
  records,
  stats,
  timeQueries,
  timed,
  timedAsync,
} from './graph-generate.js';
import {
  type NaiveEdge,
  naiveAdjacency,
  naiveExposure,
  naiveShortest,
  naiveSimplePaths,
  naiveToListed,
} from './graph-naive.js';
import { fromStore } from './graph-store.js';

const NODES = Number(process.env.BENCH_GRAPH_NODES ?? 1_000_000);
const STORE_NODES = Number(process.env.BENCH_GRAPH_STORE_NODES ?? 100_000);
const QUERIES = 100;
/** A naive six-hop search walks most of the graph: a few queries show its cost. */
const NAIVE_DEEP_QUERIES = Number(process.env.BENCH_GRAPH_NAIVE_DEEP ?? 5);
const EXPOSURE_TARGET_MS = 60_000;
const PATH_TARGET_MS = 100;

function csrBytes(graph: CsrGraph) {
  const arrays = [graph.edgeType, graph.share, graph.out.offsets, graph.out.nodes, graph.out.edges];
  arrays.push(graph.in.offsets, graph.in.nodes, graph.in.edges);
  return arrays.reduce((sum, a) => sum + a.byteLength, 0);
}

const same = (a: CsrGraph, b: CsrGraph) =>
  a.edgeCount === b.edgeCount &&
  a.out.nodes.every((x, i) => x === b.out.nodes[i]) &&
  a.in.edges.every((x, i) => x === b.in.edges[i]) &&
  a.share.every((x, i) => Object.is(x, b.share[i]));

/** Pairs joined by a random walk of `hops` steps along edges either way: a path exists. */
function walkPairs(graph: CsrGraph, rand: () => number, count: number, hops: number) {
  const pairs: [number, number][] = [];
  while (pairs.length < count) {
    const from = Math.floor(rand() * graph.nodeCount);
    let at = from;
    for (let h = 0; h < hops; h++) {
      const outs = graph.out.offsets[at + 1]! - graph.out.offsets[at]!;
      const ins = graph.in.offsets[at + 1]! - graph.in.offsets[at]!;
      if (outs + ins === 0) break;
      const k = Math.floor(rand() * (outs + ins));
      at =
        k < outs
          ? graph.out.nodes[graph.out.offsets[at]! + k]!
          : graph.in.nodes[graph.in.offsets[at]! + k - outs]!;
    }
    if (at !== from) pairs.push([from, at]);
  }
  return pairs;
}

const count = (status: Uint8Array, code: number) => {
  let c = 0;
  for (let i = 0; i < status.length; i++) if (status[i] === code) c++;
  return c;
};

async function main() {
  const started = new Date().toISOString();
  const loadAtStart = load();
  gc();
  const g = generate(NODES, 42);
  console.log(`generated ${NODES} nodes, ${g.source.length} edges; load ${loadAtStart}`);
  gc();
  const before = process.memoryUsage();
  const fromRecords = await timedAsync(() =>
    buildCsr(
      g.ids.map((id) => ({ id })),
      records(g),
    ),
  );
  console.log(`csr from records: ${fromRecords.ms} ms (cpu ${fromRecords.cpuMs})`);
  const fromColumns = timed(() => csrFromColumns(columnsOf(g)));
  const graph = fromColumns.value;
  const sameGraph = same(fromRecords.value, graph);
  (fromRecords as { value: unknown }).value = null;
  gc();
  const afterBuild = process.memoryUsage();
  console.log(
    `csr from columns: ${fromColumns.ms} ms (cpu ${fromColumns.cpuMs}), same ${sameGraph}`,
  );
  const csr = {
    fromRecordsMs: fromRecords.ms,
    fromRecordsCpuMs: fromRecords.cpuMs,
    fromRecordsIs: 'buildCsr: one record per edge naming nodes by string id, interned in one Map',
    fromColumnsMs: fromColumns.ms,
    fromColumnsCpuMs: fromColumns.cpuMs,
    fromColumnsIs:
      'csrFromColumns: node numbers in typed arrays, counting sort into both directions',
    sameGraph,
    arraysMb: mb(csrBytes(graph)),
    arrayBuffersGrowthMb: mb(afterBuild.arrayBuffers - before.arrayBuffers),
    heapGrowthMb: mb(afterBuild.heapUsed - before.heapUsed),
    rssMb: mb(afterBuild.rss),
  };

  const ownership = new Uint8Array(graph.edgeCount).fill(1);
  const input = { graph, listed: g.listed, ownership };
  const fold = timed(() => foldHoldings(graph, ownership));
  const usEu = timed(() => {
    const options = { bound: 'low' as const };
    aggregateFixedPoint(graph, fold.value, g.listed, options);
    aggregateFixedPoint(graph, fold.value, g.listed, { bound: 'high' });
  });
  const uk = timed(() => {
    ukPass({ ...input, control: undefined, jointGroup: undefined }, 'low');
    ukPass({ ...input, control: undefined, jointGroup: undefined }, 'high');
  });
  gc();
  const beforeExposure = process.memoryUsage();
  const all = timed(() => computeExposure(input));
  const result = all.value;
  const afterExposure = process.memoryUsage();
  const exposure = {
    rules: ['us', 'eu', 'uk'],
    allMs: all.ms,
    allCpuMs: all.cpuMs,
    perRule: {
      holdingsFoldMs: fold.ms,
      usAndEuMs: usEu.ms,
      usAndEuAre: 'one aggregate least fixed point at each bound, shared by the US and EU rules',
      ukMs: uk.ms,
    },
    targetMs: EXPOSURE_TARGET_MS,
    met: all.ms < EXPOSURE_TARGET_MS,
    listed: count(result.us.status, LISTED),
    exposed: { us: count(result.us.status, EXPOSED), uk: count(result.uk.status, EXPOSED) },
    undecided: {
      us:
        graph.nodeCount -
        count(result.us.status, EXPOSED) -
        count(result.us.status, LISTED) -
        count(result.us.status, 0),
    },
    resultArraysMb: mb(afterExposure.arrayBuffers - beforeExposure.arrayBuffers),
    rssMb: mb(afterExposure.rss),
  };
  console.log('exposure', exposure);

  // Paths: the same random pairs on the CSR and, later, on adjacency Maps.
  const rand = random(7);
  const pairs = Array.from({ length: QUERIES }, () => [
    Math.floor(rand() * NODES),
    Math.floor(rand() * NODES),
  ]) as [number, number][];
  const deep = pairs.slice(0, NAIVE_DEEP_QUERIES);
  // Random pairs are rarely within three hops of each other: these are, by construction.
  const linked = walkPairs(graph, random(11), QUERIES, 3);
  let linkedFound = 0;
  let linkedSimple = 0;
  // The first query on a graph allocates its search arrays: timed apart, as part of setting up.
  const setup = timed(() => shortestPath(graph, 0, 1, 1));
  let found3 = 0;
  let found6 = 0;
  let simpleFound = 0;
  let listedFound = 0;
  const csrPaths = {
    shortestHops3: timeQueries(pairs, ([a, b]) => void (shortestPath(graph, a, b, 3) && found3++)),
    shortestHops6: timeQueries(pairs, ([a, b]) => void (shortestPath(graph, a, b, 6) && found6++)),
    allSimplePathsHops3Cap50: timeQueries(pairs, ([a, b]) => {
      simpleFound += simplePaths(graph, a, b, 3, 50).length;
    }),
    toListedHops3Cap50: timeQueries(pairs, ([a]) => {
      listedFound += pathsToListed(graph, a, g.listed, 3, 50).length;
    }),
    linkedShortestHops3: timeQueries(linked, ([a, b]) => {
      if (shortestPath(graph, a, b, 3)) linkedFound++;
    }),
    linkedAllSimplePathsHops3Cap50: timeQueries(linked, ([a, b]) => {
      linkedSimple += simplePaths(graph, a, b, 3, 50).length;
    }),
  };
  const deepFound = deep.filter(([a, b]) => shortestPath(graph, a, b, 6)).length;
  console.log('csr paths done');

  // The naive baselines, with the same string ids.
  const naiveEdges: NaiveEdge[] = [];
  for (let k = 0; k < g.source.length; k++) {
    const low = g.low[k]!;
    const share = Number.isNaN(g.share[k]!) ? (Number.isNaN(low) ? Number.NaN : low) : g.share[k]!;
    naiveEdges.push({ source: g.ids[g.source[k]!]!, target: g.ids[g.target[k]!]!, share });
  }
  const listedIds = new Set<string>();
  for (let i = 0; i < NODES; i++) if (g.listed[i]) listedIds.add(g.ids[i]!);
  gc();
  const beforeNaive = process.memoryUsage();
  const naive = timed(() => naiveExposure(naiveEdges, listedIds));
  const naiveMem = process.memoryUsage();
  const sure = count(result.us.status, EXPOSED) + count(result.us.status, LISTED);
  const naiveExp = {
    ms: naive.ms,
    cpuMs: naive.cpuMs,
    passes: naive.value.passes,
    blocked: naive.value.blocked.size,
    agreesWithCsr: naive.value.blocked.size === sure,
    heapGrowthMb: mb(naiveMem.heapUsed - beforeNaive.heapUsed),
    method:
      'repeated full passes over edge objects, Maps and Sets of string ids (US sure set only)',
  };
  console.log('naive exposure', naiveExp);
  gc();
  const beforeAdj = process.memoryUsage();
  const adjacency = timed(() => naiveAdjacency(naiveEdges));
  gc();
  const afterAdj = process.memoryUsage();
  const adj = adjacency.value;
  let naive3 = 0;
  let naiveDeep = 0;
  let naiveLinked = 0;
  let naiveLinkedSimple = 0;
  let naiveSimple = 0;
  let naiveListed = 0;
  const id = (i: number) => g.ids[i]!;
  const naivePaths = {
    shortestHops3: timeQueries(pairs, ([a, b]) => {
      if (naiveShortest(adj, id(a), id(b), 3) >= 0) naive3++;
    }),
    shortestHops6: timeQueries(deep, ([a, b]) => {
      if (naiveShortest(adj, id(a), id(b), 6) >= 0) naiveDeep++;
    }),
    allSimplePathsHops3Cap50: timeQueries(pairs, ([a, b]) => {
      naiveSimple += naiveSimplePaths(adj, id(a), id(b), 3, 50);
    }),
    toListedHops3Cap50: timeQueries(pairs, ([a]) => {
      naiveListed += naiveToListed(adj, id(a), listedIds, 3, 50);
    }),
    linkedShortestHops3: timeQueries(linked, ([a, b]) => {
      if (naiveShortest(adj, id(a), id(b), 3) >= 0) naiveLinked++;
    }),
    linkedAllSimplePathsHops3Cap50: timeQueries(linked, ([a, b]) => {
      naiveLinkedSimple += naiveSimplePaths(adj, id(a), id(b), 3, 50);
    }),
  };
  const t = PATH_TARGET_MS;
  const paths = {
    searchArraysSetupMs: setup.ms,
    // search.ts: two sides of five 4-byte arrays per node, and one of marks.
    searchArraysMb: mb(44 * graph.nodeCount),
    csr: {
      shortestHops3: { ...stats(csrPaths.shortestHops3, t), found: found3 },
      shortestHops6: { ...stats(csrPaths.shortestHops6, t), found: found6 },
      allSimplePathsHops3Cap50: {
        ...stats(csrPaths.allSimplePathsHops3Cap50, t),
        paths: simpleFound,
      },
      toListedHops3Cap50: { ...stats(csrPaths.toListedHops3Cap50, t), paths: listedFound },
      linkedShortestHops3: { ...stats(csrPaths.linkedShortestHops3, t), found: linkedFound },
      linkedAllSimplePathsHops3Cap50: {
        ...stats(csrPaths.linkedAllSimplePathsHops3Cap50, t),
        paths: linkedSimple,
      },
    },
    naiveMaps: {
      shortestHops3: { ...stats(naivePaths.shortestHops3, t), found: naive3 },
      shortestHops6: {
        ...stats(naivePaths.shortestHops6, t),
        found: naiveDeep,
        csrFoundOnSamePairs: deepFound,
      },
      allSimplePathsHops3Cap50: {
        ...stats(naivePaths.allSimplePathsHops3Cap50, t),
        paths: naiveSimple,
      },
      toListedHops3Cap50: { ...stats(naivePaths.toListedHops3Cap50, t), paths: naiveListed },
      linkedShortestHops3: { ...stats(naivePaths.linkedShortestHops3, t), found: naiveLinked },
      linkedAllSimplePathsHops3Cap50: {
        ...stats(naivePaths.linkedAllSimplePathsHops3Cap50, t),
        paths: naiveLinkedSimple,
      },
      adjacencyBuildMs: adjacency.ms,
      adjacencyHeapMb: mb(afterAdj.heapUsed - beforeAdj.heapUsed),
    },
    agree:
      naive3 === found3 &&
      naiveSimple === simpleFound &&
      naiveListed === listedFound &&
      naiveDeep === deepFound &&
      naiveLinked === linkedFound &&
      naiveLinkedSimple === linkedSimple,
    linkedPairsAre: 'the two ends of a random walk of three steps along edges either way',
    csrIs:
      'shortest: bidirectional BFS, per-node arrays reused across queries (epoch stamps); simple: ' +
      'reachability check, then DFS pruned by distance to the target; to listed: BFS stopping at the cap',
    naiveIs: 'BFS or plain DFS over a Map of string id to arrays of neighbour objects',
  };
  console.log('paths', JSON.stringify(paths, null, 1));
  adj.clear();
  naiveEdges.length = 0;
  gc();

  // Building from the SQLite store, at a smaller scale.
  const store = STORE_NODES > 0 ? await fromStore(STORE_NODES) : null;
  console.log('store', store);

  const targetsMet = {
    exposureUnder60s: exposure.met,
    pathQueriesP95Under100ms: Object.values(paths.csr).every((p) => p.met),
    pathQueriesCpuP95Under100ms: Object.values(paths.csr).every((p) => p.metOnCpu),
  };
  const out = {
    started,
    finished: new Date().toISOString(),
    node: process.version,
    machine: {
      cpus: cpus().length,
      totalMemMb: mb(totalmem()),
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: load(),
      note: '1, 5 and 15 minute load averages as uptime prints them; the machine is shared by other jobs',
    },
    generated: {
      nodes: NODES,
      ownershipEdges: g.source.length,
      listed: exposure.listed,
      shares:
        '1-9 owners per entity (5 on average) splitting 60-100% at random; 1% ranged (+-10 points), 1% unknown',
    },
    targetsMet,
    csr,
    exposure,
    naiveExposure: naiveExp,
    paths,
    store,
  };
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(repoRoot, 'bench', 'results', 'graph.json'),
    `${JSON.stringify(out, null, 2)}\n`,
  );
  console.log('targets', targetsMet, 'wrote bench/results/graph.json');
}

await main();
