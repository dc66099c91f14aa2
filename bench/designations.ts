/**
 * One entity per designation, measured: `npm run bench:designations`. Loads the OFAC SDN, UN and
 * UK lists, then reports how many designations merge how many entries (and by which keys), how
 * long keys and clustering take, how many duplicate results a query for a merged designation got
 * before (each listed name of each merged entry, limit 5), and the matching speed with and
 * without the merge, query by query in turn so that the load of a shared machine falls on both
 * alike. Writes bench/results/designations.json.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDossier } from '../src/app/dossier/index.js';
import { ingest } from '../src/app/ingest.js';
import { loadMatcherTools } from '../src/app/matcher-tools.js';
import { DesignationsBuilder } from '../src/core/designations/index.js';
import { matchOptionsWith, SCREENED_SCHEMATA } from '../src/core/matching/index.js';
import type { FtmEntity } from '../src/core/model/index.js';
import { repoRoot, testData } from '../src/testing/data.js';

const round = (x: number) => Math.round(x * 10000) / 10000;

const OPTIONS = matchOptionsWith();

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-designations-'));
  const dossier = openDossier({ db: join(dir, 'bench.db'), tools: await loadMatcherTools() });
  const lists: [string, string][] = [
    ['ofac', testData('ofac', 'sdn.csv')],
    ['un', testData('un', 'consolidated.xml')],
    ['uk', testData('uk_ofsi', 'ConList_2018-04-13.csv')],
  ];
  for (const [dataset, file] of lists) await ingest(dossier.lists, { files: [file], dataset });
  const service = await dossier.matching();
  await service.refresh();
  const designations = service.designations!;

  // Keys and clustering alone, over entities already in memory.
  const all: FtmEntity[] = [];
  for await (const entity of dossier.lists.allEntities()) all.push(entity);
  const screened = new Set(SCREENED_SCHEMATA);
  const started = performance.now();
  const builder = new DesignationsBuilder();
  for (const entity of all) builder.add(entity, screened.has(entity.schema));
  const keyed = performance.now();
  builder.finish();
  const clustering = { keys_ms: Math.round(keyed - started), cluster_ms: 0 };
  clustering.cluster_ms = Math.round(performance.now() - keyed);

  // Queries: each listed name of each merged entry, as a customer would be named.
  const byId = new Map(service.matcher.entries.map((e) => [e.entity.id, e.entity]));
  const queries: { schema: string; name: string; cluster: Set<string> }[] = [];
  for (const cluster of designations.clusters) {
    for (const id of cluster.members) {
      const entity = byId.get(id)!;
      for (const name of entity.properties.name ?? []) {
        queries.push({ schema: entity.schema, name, cluster: new Set(cluster.members) });
      }
    }
  }
  let before = 0;
  let after = 0;
  let unmergedTime = 0;
  let mergedTime = 0;
  for (const q of queries) {
    const example = { schema: q.schema, properties: { name: [q.name] } };
    let t = performance.now();
    const plain = service.matcher.match(example, OPTIONS);
    unmergedTime += performance.now() - t;
    t = performance.now();
    const merged = service.matcher.match(example, { ...OPTIONS, designations });
    mergedTime += performance.now() - t;
    before += plain.results.filter((r) => q.cluster.has(r.entity.id)).length;
    after += merged.results.filter((r) =>
      [r.entity.id, ...(r.designation?.members.map((m) => m.id) ?? [])].some((id) =>
        q.cluster.has(id),
      ),
    ).length;
  }
  await dossier.close();

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    lists: lists.map(([d, f]) => `${d}: ${f.split('/').slice(-2).join('/')}`),
    indexed_entities: service.matcher.size,
    ...designations.stats(),
    ...clustering,
    queries: queries.length,
    results_per_designation_before: round(before / queries.length),
    results_per_designation_after: round(after / queries.length),
    unmerged_queries_per_sec: Math.round(queries.length / (unmergedTime / 1000)),
    merged_queries_per_sec: Math.round(queries.length / (mergedTime / 1000)),
  };
  console.log(JSON.stringify(results, null, 2));
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(repoRoot, 'bench', 'results', 'designations.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
}

await main();
