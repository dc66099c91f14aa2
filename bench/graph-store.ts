/**
 * Building the network snapshot from the SQLite graph store, for `npm run bench:graph`: a generated
 * graph is written through the store, then the service's snapshot (streams, CSR build, masks,
 * exposure under the three rules) is timed, cold and cached.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDossier } from '../src/app/dossier/index.js';
import { NetworkService } from '../src/app/network/index.js';
import type { EdgeInput, NodeInput } from '../src/store/graph/index.js';
import { generate } from './graph-generate.js';

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Writes a generated graph through the SQLite store, then times the snapshot the service builds. */
export async function fromStore(n: number) {
  const g = generate(n, 43);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-graph-'));
  const dossier = openDossier({ db: join(dir, 'graph.db') });
  let t = process.hrtime.bigint();
  const BATCH = 20_000;
  for (let i = 0; i < n; i += BATCH) {
    const nodes: NodeInput[] = [];
    for (let j = i; j < Math.min(n, i + BATCH); j++)
      nodes.push({ id: g.ids[j]!, schema: 'Company', caption: `Company ${j}` });
    await dossier.graph.upsert({ nodes });
  }
  for (let k = 0; k < g.source.length; k += BATCH) {
    const edges: EdgeInput[] = [];
    for (let e = k; e < Math.min(g.source.length, k + BATCH); e++) {
      edges.push({
        id: `e${e}`,
        type: 'ownership',
        source: g.ids[g.source[e]!]!,
        target: g.ids[g.target[e]!]!,
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
