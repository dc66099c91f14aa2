/**
 * The in-text list search over the real OFAC list: `node dist/bench/intext.js` after
 * `npm run build`, with DOSSIER_TEST_DATA pointing at the shared data. Loads ofac/sdn.csv into a
 * scratch database, builds the match index, then times building the in-text search from the
 * index's names and scanning about 2 MB of generated Russian, Chinese and English contract text
 * (a seeded generator; one page in ten names a listed company or person, in Latin or Cyrillic,
 * in an oblique case). Scan throughput counts the whole find: trie walk and the matcher's
 * confirmation of every hit. Baseline in the same run: the identifier extractors over the same
 * pages. Prints the figures and writes bench/results/intext.json.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InTextSearch } from '../src/app/documents/in-text.js';
import { openDossier } from '../src/app/dossier/index.js';
import { ingest } from '../src/app/ingest.js';
import { extractIdentifiers } from '../src/core/extraction/index.js';
import { repoRoot, testData } from '../src/testing/data.js';

const TARGET_BYTES = 2_000_000;
const PAGE_CHARS = 3000;

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(7);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

const PROSE = [
  'Стороны договорились о поставке оборудования в сроки, установленные спецификацией. ',
  'Оплата производится в течение 30 банковских дней с даты подписания акта приёма-передачи. ',
  'Генеральный директор Иванов И. И. действует на основании Устава. ',
  '买方应在收到货物后十个工作日内完成验收，并签署验收证明。',
  '本合同一式两份，双方各执一份，具有同等法律效力。',
  'The Seller shall deliver the Goods in accordance with the Incoterms 2020 rules. ',
  'All disputes shall be settled by arbitration in Moscow in accordance with the rules in force. ',
  'Payment to Sunrise Trading Co., Ltd. of Hong Kong for the delivery of spare parts. ',
];
/** Listed names as documents write them: another script, another case. */
const LISTED = [
  'Поставка для Ижевского электромеханического завода «Купол». ',
  'Контракт с концерном Алмаз-Антей подписан. ',
  'Goods were shipped to JSC Kupol via Novosibirsk. ',
  '合同买方为 Almaz-Antey 公司。',
  'ИНН 1831083343 указан в счёте. ',
];

const parts: string[] = [];
let bytes = 0;
let planted = 0;
while (bytes < TARGET_BYTES) {
  const listed = rnd() < 0.03;
  if (listed) planted++;
  const part = listed ? pick(LISTED) : pick(PROSE);
  parts.push(part);
  bytes += Buffer.byteLength(part);
}
const text = parts.join('');
const pages: string[] = [];
for (let i = 0; i < text.length; i += PAGE_CHARS) pages.push(text.slice(i, i + PAGE_CHARS));
const megabytes = Buffer.byteLength(text) / 1e6;

const dir = mkdtempSync(join(tmpdir(), 'dossier-intext-bench-'));
const dossier = openDossier({ db: join(dir, 'bench.db') });
await ingest(dossier.lists, { files: [testData('ofac', 'sdn.csv')], dataset: 'ofac' });
const service = await dossier.matching();
await service.refresh();
const index = { matcher: service.matcher, catalog: service.catalog! };
const tools = (await dossier.tools()).names!;

const heapBefore = process.memoryUsage().heapUsed;
const search = new InTextSearch(index, tools);
const heapAfter = process.memoryUsage().heapUsed;
console.log(
  `built over ${index.matcher.size} entities: ${search.patterns.names} names kept, ` +
    `${search.patterns.skipped} left out, ${search.patterns.size} trie states, ` +
    `${search.buildMs.toFixed(0)} ms`,
);

// Warm up: the words' keys are cached per distinct word, as they are over a real leak.
for (const page of pages.slice(0, 20)) search.find(1, page);

let found = 0;
const entities = new Map<string, number>();
let started = performance.now();
pages.forEach((page, i) => {
  const identifiers = extractIdentifiers(page).map((e) => ({ ...e, page: i + 1 }));
  for (const m of search.find(i + 1, page, identifiers)) {
    found++;
    entities.set(m.value, (entities.get(m.value) ?? 0) + 1);
  }
});
const scanSeconds = (performance.now() - started) / 1000;

started = performance.now();
for (const page of pages) extractIdentifiers(page);
const baselineSeconds = (performance.now() - started) / 1000;

const result = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, node: process.version },
  list: 'ofac/sdn.csv',
  entities: index.matcher.size,
  names_kept: search.patterns.names,
  names_left_out: search.patterns.skipped,
  trie_states: search.patterns.size,
  build_ms: Math.round(search.buildMs),
  build_heap_mb: Math.round((heapAfter - heapBefore) / 1e6),
  text_mb: Number(megabytes.toFixed(2)),
  pages: pages.length,
  planted_mentions: planted,
  found_mentions: found,
  found_entities: Object.fromEntries([...entities].sort((a, b) => b[1] - a[1])),
  scan_seconds: Number(scanSeconds.toFixed(2)),
  scan_mb_per_s: Number((megabytes / scanSeconds).toFixed(2)),
  scan_pages_per_s: Math.round(pages.length / scanSeconds),
  baseline_identifiers_mb_per_s: Number((megabytes / baselineSeconds).toFixed(2)),
};
console.log(
  `scanned ${result.text_mb} MB in ${result.pages} pages: ${result.scan_mb_per_s} MB/s ` +
    `(${result.scan_pages_per_s} pages/s), ${found} mentions of ${entities.size} entities ` +
    `(${planted} planted); identifier extractors alone: ${result.baseline_identifiers_mb_per_s} MB/s`,
);
console.log(result.found_entities);
await dossier.close();
const out = join(repoRoot, 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'intext.json'), `${JSON.stringify(result, null, 2)}\n`);
