/**
 * What a query of any kind costs: `node dist/bench/match-kinds.js` (after `npm run build`).
 * Over the OFAC, UN and UK lists, the same 1,000 names are queried as LegalEntity (what
 * bench/match.ts times), as Thing (the default of `dossier match` and `/search`: read both as a
 * person and as an organisation) and as Person. The three take turns, each with names of its own
 * (the tools remember what they worked out for a name, so a name asked twice is cheaper the second
 * time), so that load from elsewhere on a shared machine weighs on all three alike. Prints the
 * rates and writes bench/results/match-kinds.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDossier } from '../src/app/dossier/index.js';
import { ingest } from '../src/app/ingest.js';
import { loadMatcherTools } from '../src/app/matcher-tools.js';
import { matchOptionsWith } from '../src/core/matching/index.js';
import { repoRoot, testData } from '../src/testing/data.js';

const SCHEMATA = ['LegalEntity', 'Thing', 'Person'];
const OPTIONS = matchOptionsWith();

const dossier = openDossier({
  db: join(mkdtempSync(join(tmpdir(), 'dossier-bench-kinds-')), 'bench.db'),
  tools: await loadMatcherTools(),
});
const lists: [string, string][] = [
  ['ofac', testData('ofac', 'sdn.csv')],
  ['un', testData('un', 'consolidated.xml')],
  ['uk', testData('uk_ofsi', 'ConList_2018-04-13.csv')],
];
for (const [dataset, file] of lists) await ingest(dossier.lists, { files: [file], dataset });
const service = await dossier.matching();
await service.refresh();
const names = readFileSync(testData('name_pairs', 'jrc_names_deezymatch', 'queries.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
const ask = (schema: string, name: string) =>
  service.matcher.match({ schema, properties: { name: [name] } }, OPTIONS);
// Warm up on names that are not timed, as bench/match.ts does.
for (const name of names.slice(3000, 4000)) for (const schema of SCHEMATA) ask(schema, name);
const spent = new Map(SCHEMATA.map((s) => [s, 0]));
const ROUNDS = 1000;
for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < SCHEMATA.length; k++) {
    // Each round, each schema takes another of the round's three names.
    const schema = SCHEMATA[k]!;
    const name = names[round * 3 + ((k + round) % 3)]!;
    const started = performance.now();
    ask(schema, name);
    spent.set(schema, spent.get(schema)! + performance.now() - started);
  }
}
const rates = Object.fromEntries(
  SCHEMATA.map((s) => [s, Math.round(ROUNDS / (spent.get(s)! / 1000))]),
);
const results = {
  date: new Date().toISOString(),
  node: process.version,
  queries_each: ROUNDS,
  queries_per_sec: rates,
  thing_vs_legal_entity: Number((rates.Thing! / rates.LegalEntity!).toFixed(3)),
};
for (const s of SCHEMATA) console.log(`${s.padEnd(12)} ${rates[s]} q/s`);
console.log(`Thing / LegalEntity ${results.thing_vs_legal_entity}`);
mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(repoRoot, 'bench', 'results', 'match-kinds.json'),
  `${JSON.stringify(results, null, 2)}\n`,
);
await dossier.close();
