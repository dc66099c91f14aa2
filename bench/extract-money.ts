/**
 * Extraction throughput for money, dates and parties: MB of text a second on a generated 10 MB
 * mix of Russian, Chinese and English contract, invoice, payment-order and e-mail lines, with
 * traps (phones, INNs, page numbers, years) between them. Each extractor runs once over the whole
 * text after a warm-up on its first megabyte. Prints a table and writes
 * bench/results/extract-money.json. Run: `npx tsc -p tsconfig.json && node dist/bench/extract-money.js`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { extractDates, extractMoney, extractParties } from '../src/core/extraction/index.js';
import type { Extractor } from '../src/core/extraction/index.js';
import { repoRoot } from '../src/testing/data.js';

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 10) * 1e6;

/** A small deterministic generator (mulberry32), so that every run reads the same text. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const int = (max: number) => Math.floor(rand() * max);
const grouped = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

const LINES: ReadonlyArray<() => string> = [
  () =>
    `Сумма договора составляет ${grouped(int(9e6), ' ')} (один миллион двести тысяч) юаней, ` +
    `срок оплаты до ${1 + int(28)}.0${1 + int(9)}.2024 г.`,
  () =>
    `ООО «${pick(['Ромашка', 'Вектор', 'Альфа-Трейд'])}» в лице Генерального директора ` +
    `${pick(['Иванова Ивана Ивановича', 'Петрова П.П.', 'Сидоровой Анны Сергеевны'])}, «${1 + int(28)}» марта 2024 года`,
  () =>
    `ИНН 77070${int(99999)} КПП 773601001, тел. +7 (495) ${100 + int(899)}-45-67, стр. ${int(40)}`,
  () =>
    `Сумма: ${grouped(int(9e6), '\u00a0')},${10 + int(89)} руб. Назначение платежа: оплата по счёту № ${int(999)} от ${2020 + int(5)}-03-14`,
  () =>
    `合同总金额为人民币壹佰贰拾万元整（¥${grouped(1200000, ',')}.00），于2024年3月${1 + int(28)}日支付。`,
  () =>
    `甲方：北京${pick(['华为技术', '华信贸易', '航天科工'])}有限公司，法定代表人：李明，预付款${1 + int(9)}.${int(9)}万元。`,
  () =>
    `Total: USD ${grouped(int(9e6), ',')}.${10 + int(89)}   Page ${int(20)} of 20   Invoice date: March ${1 + int(28)}, 2024`,
  () =>
    `Seller: Shenzhen ${pick(['Huaxin', 'Jinlong', 'Acme'])} Trading Co., Ltd.; Director John Smith; ` +
    `EUR ${grouped(int(9e6), '.')},${10 + int(89)} due 14 March 2024`,
  () =>
    `From: procurement@example.com Sent: ${1 + int(12)}/${1 + int(12)}/2024 Re: shipment 2024 HS 8806, qty ${int(500)} pcs`,
  () =>
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.',
];

function generate(): string {
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const line = pick(LINES)();
    parts.push(line);
    bytes += Buffer.byteLength(line, 'utf8') + 1;
  }
  return parts.join('\n');
}

/**
 * Wall time and CPU time: on a loaded machine the wall time includes waits for a core, so the
 * rate per CPU second is the steadier figure.
 */
function measure(name: string, extract: Extractor, text: string, megabytes: number) {
  extract(text.slice(0, 1e6));
  const cpu = process.cpuUsage();
  const started = performance.now();
  const found = extract(text).length;
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    extractor: name,
    seconds: round(seconds),
    cpuSeconds: round(cpuSeconds),
    found,
    mbPerSecond: round(megabytes / seconds),
    mbPerCpuSecond: round(megabytes / cpuSeconds),
  };
}

const text = generate();
const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;
const load = loadavg().map((l) => Math.round(l * 100) / 100);
const results = [
  measure('money', extractMoney, text, megabytes),
  measure('dates', (t) => extractDates(t), text, megabytes),
  measure('parties', extractParties, text, megabytes),
];
const all = results.reduce((sum, r) => sum + r.seconds, 0);
const allCpu = results.reduce((sum, r) => sum + r.cpuSeconds, 0);
console.log(
  `text: ${megabytes.toFixed(2)} MB (UTF-8), ${text.length} UTF-16 units; load average ${load.join(' ')} on ${cpus().length} cores`,
);
console.log('extractor  seconds  MB/s  cpu-s  MB/cpu-s  spans');
for (const r of results) {
  const cells = [r.seconds, r.mbPerSecond, r.cpuSeconds, r.mbPerCpuSecond].map((n) =>
    String(n).padStart(7),
  );
  console.log(`${r.extractor.padEnd(10)}${cells.join('')}  ${r.found}`);
}
console.log(
  `all three: ${(megabytes / all).toFixed(2)} MB/s wall, ${(megabytes / allCpu).toFixed(2)} MB/cpu-s`,
);

const out = join(repoRoot, 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'extract-money.json'),
  `${JSON.stringify(
    {
      benchmark: 'extract-money',
      date: new Date().toISOString(),
      node: process.version,
      cores: cpus().length,
      loadAverage: load,
      note: 'Single run on a shared, loaded machine (8 helpers on 2 cores): figures are a floor, not a steady-state rate.',
      textMegabytes: Math.round(megabytes * 100) / 100,
      results,
      allThreeMbPerSecond: Math.round((megabytes / all) * 100) / 100,
      allThreeMbPerCpuSecond: Math.round((megabytes / allCpu) * 100) / 100,
    },
    null,
    2,
  )}\n`,
);
