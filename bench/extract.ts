/**
 * Identifier extraction throughput: `npm run bench:extract` (or `node dist/bench/extract.js`
 * after `npm run build`). Generates about 10 MB of mixed Russian, Chinese and English text
 * (contract paragraphs, bank details, invoices, e-mails, plain prose with numbers and dates; a
 * seeded generator, so every run reads the same text), cuts it into pages of about 3,000
 * characters as documents arrive, and times `extractIdentifiers` over every page, then each
 * extractor alone. MB are UTF-8 megabytes (10^6 bytes). Prints the rates and writes
 * bench/results/extract.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { extractIdentifiers, IDENTIFIER_EXTRACTORS } from '../src/core/extraction/index.js';
import { repoRoot } from '../src/testing/data.js';

const TARGET_BYTES = 10_000_000;
const PAGE_CHARS = 3000;

/** Mulberry32: a small seeded generator, so that the text is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(11);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');

const PROSE = [
  'Стороны договорились о поставке оборудования в сроки, установленные спецификацией. ',
  'Оплата производится в течение 30 банковских дней с даты подписания акта приёма-передачи. ',
  '买方应在收到货物后十个工作日内完成验收，并签署验收证明。',
  '本合同一式两份，双方各执一份，具有同等法律效力。',
  'The Seller shall deliver the Goods in accordance with the Incoterms 2020 rules. ',
  'All disputes shall be settled by arbitration in accordance with the rules in force. ',
];
const BLOCKS: (() => string)[] = [
  () => `ИНН/КПП 1831083343/183101001, ОГРН 1021801143374. Тел.: +7 (3412) 72-52-25.\n`,
  () =>
    `ИНН ${digits(10)}, р/с 40702810${digits(12)}, БИК 0445${digits(5)}, сумма ${digits(1)} ${digits(3)} ${digits(3)},00 руб.\n`,
  () =>
    `Договор № ${digits(3)}/${digits(2)} от ${digits(2)}.03.2024, номер заказа ${digits(10)}.\n`,
  () =>
    `统一社会信用代码：91350200MA2XXXXXXF 电话：0592-5551234 手机：138 ${digits(4)} ${digits(4)}\n`,
  () =>
    `海关编码：85013${digits(5)} 数量：${digits(3)}台 金额：人民币${digits(1)},${digits(3)},${digits(3)}.00元\n`,
  () => `IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX, LEI 529900T8BM49AURSDO55.\n`,
  () =>
    `Vessel IMO 9187629, MMSI 273${digits(6)}; HS code 8806.10; e-mail: sales${digits(2)}@example.com\n`,
  () =>
    `Passport No. 72 ${digits(7)}; see https://example.org/orders/${digits(5)} or pay bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4.\n`,
  () =>
    `Invoice ${digits(8)} dated 14.03.2024, total USD ${digits(3)},${digits(3)}.${digits(2)}.\n`,
];

const parts: string[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  const part = rnd() < 0.6 ? pick(PROSE) : pick(BLOCKS)();
  parts.push(part);
  bytes += Buffer.byteLength(part);
}
const text = parts.join('');
const pages: string[] = [];
for (let i = 0; i < text.length; i += PAGE_CHARS) pages.push(text.slice(i, i + PAGE_CHARS));
const megabytes = Buffer.byteLength(text) / 1e6;

// Warm up on the first pages so that the regexes and the phone metadata are compiled.
for (const page of pages.slice(0, 200)) extractIdentifiers(page);

let found = 0;
let started = performance.now();
const cpu = process.cpuUsage();
for (const page of pages) found += extractIdentifiers(page).length;
const allSeconds = (performance.now() - started) / 1000;
const cpuUsed = process.cpuUsage(cpu);
// CPU time as well as wall time: on a loaded machine the process waits for a core.
const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;

const perExtractor: Record<string, number> = {};
for (const [kind, extract] of Object.entries(IDENTIFIER_EXTRACTORS)) {
  started = performance.now();
  for (const page of pages) extract(page);
  perExtractor[kind] = Number((megabytes / ((performance.now() - started) / 1000)).toFixed(1));
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  note: 'one run on a shared 2-core machine under heavy load (see load_average): wall-clock rates are low bounds',
  load_average: os.loadavg().map((l) => Number(l.toFixed(1))),
  text_mb: Number(megabytes.toFixed(2)),
  pages: pages.length,
  page_chars: PAGE_CHARS,
  spans_found: found,
  extract_identifiers_mb_per_sec: Number((megabytes / allSeconds).toFixed(2)),
  extract_identifiers_seconds: Number(allSeconds.toFixed(2)),
  extract_identifiers_mb_per_cpu_sec: Number((megabytes / cpuSeconds).toFixed(2)),
  extract_identifiers_cpu_seconds: Number(cpuSeconds.toFixed(2)),
  per_extractor_mb_per_sec: perExtractor,
};
console.log(
  `${results.text_mb} MB in ${results.pages} pages: ${results.extract_identifiers_mb_per_sec} MB/s ` +
    `(${results.extract_identifiers_mb_per_cpu_sec} MB per CPU second), ${found} spans`,
);
console.log(perExtractor);
mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(repoRoot, 'bench', 'results', 'extract.json'),
  `${JSON.stringify(results, null, 2)}\n`,
);
