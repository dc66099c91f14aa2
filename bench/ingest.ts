/**
 * Ingest benchmark: `npm run bench:ingest`. For the full OFAC sdn.csv, the UN list and the UK list
 * it times, in the same run: parsing alone (the baseline), parsing and mapping to entities, and the
 * whole ingest into a fresh SQLite file. It then maps an OFAC file four times as large to show that
 * memory stays flat. Prints a table and writes bench/results/ingest.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/app/ingest.js';
import { readCsv, readXmlRecords } from '../src/sources/io/index.js';
import { sourceByFormat } from '../src/sources/registry.js';
import { openDossier } from '../src/app/dossier/index.js';
import { repoRoot, testData } from '../src/testing/data.js';

interface Case {
  name: string;
  file: string;
  format: string;
  /** Parse the file without mapping: the baseline that mapping and storing add to. */
  parseOnly: (file: string) => Promise<number>;
}

const noop = () => {};

async function countCsv(file: string, encoding: 'auto' | 'utf-8', delimiter = ',') {
  let n = 0;
  for await (const _ of readCsv(file, { encoding, delimiter, progress: noop })) n++;
  return n;
}

async function countXml(file: string, records: string[]) {
  let n = 0;
  for await (const _ of readXmlRecords(file, new Set(records), noop)) n++;
  return n;
}

const CASES: Case[] = [
  {
    name: 'ofac_sdn_csv',
    file: testData('ofac', 'sdn.csv'),
    format: 'ofac-csv',
    parseOnly: (f) => countCsv(f, 'auto'),
  },
  {
    name: 'un_xml',
    file: testData('un', 'consolidated.xml'),
    format: 'un-xml',
    parseOnly: (f) => countXml(f, ['INDIVIDUAL', 'ENTITY']),
  },
  {
    name: 'uk_hmt_csv',
    file: testData('uk_ofsi', 'ConList_2018-04-13.csv'),
    format: 'uk-hmt-csv',
    parseOnly: (f) => countCsv(f, 'auto'),
  },
];

async function seconds<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [(performance.now() - start) / 1000, result];
}

/**
 * Map a file without storing it, sampling the live heap every 5,000 entities: returns [seconds,
 * entities, peak live heap growth in MB]. Times from the memory runs are not reported.
 */
async function mapOnly(
  file: string,
  format: string,
  sampleMemory = false,
): Promise<[number, number, number]> {
  const source = sourceByFormat(format);
  globalThis.gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  let n = 0;
  const [s] = await seconds(async () => {
    for await (const _ of source.read([file], { progress: noop, warn: noop })) {
      // Collect first so that the sample is what the loader keeps, not garbage not yet swept.
      if (++n % 5000 === 0 && sampleMemory) {
        globalThis.gc?.();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
  });
  return [s, n, (peak - base) / 1e6];
}

/** The same sdn.csv four times over with new entry numbers: a list four times as long. */
function quadrupleOfac(file: string, dir: string): string {
  const text = readFileSync(file, 'latin1').replaceAll('\x1a', '');
  const lines = text.split('\r\n').filter((l) => l.trim() !== '');
  const out: string[] = [];
  for (let copy = 0; copy < 4; copy++) {
    for (const line of lines)
      out.push(line.replace(/^(\d+),/, (_, n) => `${Number(n) + copy * 1e6},`));
  }
  const path = join(dir, 'sdn.csv');
  writeFileSync(path, `${out.join('\r\n')}\r\n`, 'latin1');
  return path;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const rows: Record<string, unknown>[] = [];
  for (const c of CASES) {
    const parse: number[] = [];
    const map: number[] = [];
    const load: number[] = [];
    let targets = 0;
    let entities = 0;
    for (let run = 0; run < 3; run++) {
      parse.push((await seconds(() => c.parseOnly(c.file)))[0]);
      map.push((await mapOnly(c.file, c.format))[0]);
      const dossier = openDossier({ db: join(dir, `${c.name}-${run}.db`) });
      const store = dossier.lists;
      const [s, summary] = await seconds(() =>
        ingest(store, { files: [c.file], dataset: 'bench', format: c.format }),
      );
      load.push(s);
      targets = summary.version.targets;
      entities = summary.version.entities;
      await dossier.close();
    }
    rows.push({
      name: c.name,
      bytes: statSync(c.file).size,
      targets,
      entities,
      parse_only_s: median(parse),
      map_s: median(map),
      ingest_s: median(load),
    });
  }
  const single = await mapOnly(CASES[0]!.file, 'ofac-csv', true);
  const quadruple = await mapOnly(quadrupleOfac(CASES[0]!.file, dir), 'ofac-csv', true);
  const memory = {
    entities_1x: single[1],
    peak_heap_growth_mb_1x: Number(single[2].toFixed(1)),
    entities_4x: quadruple[1],
    peak_heap_growth_mb_4x: Number(quadruple[2].toFixed(1)),
  };

  console.log('file            bytes       targets  entities  parse s  map s  ingest s');
  for (const r of rows) {
    console.log(
      `${String(r.name).padEnd(15)} ${String(r.bytes).padStart(10)}  ${String(r.targets).padStart(7)}  ` +
        `${String(r.entities).padStart(8)}  ${(r.parse_only_s as number).toFixed(2).padStart(7)}  ` +
        `${(r.map_s as number).toFixed(2).padStart(5)}  ${(r.ingest_s as number).toFixed(2).padStart(8)}`,
    );
  }
  console.log(
    `memory: peak heap growth mapping sdn.csv x1 ${memory.peak_heap_growth_mb_1x} MB, ` +
      `x4 ${memory.peak_heap_growth_mb_4x} MB (${memory.entities_1x} and ${memory.entities_4x} entities)`,
  );
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model,
    runs: 3,
    statistic: 'median',
    lists: rows,
    memory,
  };
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(repoRoot, 'bench', 'results', 'ingest.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
}

await main();
