/**
 * Container readers' throughput: `npx tsc -p tsconfig.json && node dist/bench/readers.js`. Inputs
 * are generated in memory (a ZIP of 2,000 text files, a 100,000-row XLSX written by exceljs, an
 * MBOX of 1,000 messages, a 5 MB HTML page), each read by Dossier's reader beside a baseline in
 * the same run: bare inflate of the same entries, exceljs reading the same workbook, htmlparser2
 * parsing the same page with no handlers. CPU time is reported beside wall time, since the
 * machine is shared. Prints a table and writes bench/results/readers.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { Parser } from 'htmlparser2';
import yauzl from 'yauzl';
import { DEFAULT_READ_LIMITS } from '../src/core/documents/index.js';
import { htmlReader } from '../src/readers/html/index.js';
import { emlReader, mboxReader } from '../src/readers/mail/index.js';
import { xlsxReader } from '../src/readers/office/index.js';
import type { DocumentReader } from '../src/readers/types.js';
import { zipReader } from '../src/readers/zip/index.js';
import { zipBytes } from '../src/readers/zip/zip-fixture.js';
import { repoRoot } from '../src/testing/data.js';

interface Timing {
  wallMs: number;
  cpuMs: number;
}

async function time(body: () => Promise<unknown>): Promise<Timing> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await body();
  const used = process.cpuUsage(cpu);
  return {
    wallMs: Math.round(performance.now() - started),
    cpuMs: Math.round((used.user + used.system) / 1000),
  };
}

function read(reader: DocumentReader, bytes: Uint8Array, fileName: string, depth = 0) {
  return reader.read({
    bytes,
    fileName,
    mediaType: 'application/octet-stream',
    depth,
    limits: DEFAULT_READ_LIMITS,
    ocrLanguages: 'eng',
  });
}

const LINE = 'Поставщик ООО «Ромашка», ИНН 7707083893, оплатил 1 200 000 CNY по договору №17. ';

async function zipCase() {
  const entries = Array.from({ length: 2000 }, (_, i) => ({
    name: `Документы/${Math.floor(i / 100)}/файл-${i}.txt`,
    data: `${i} ${LINE.repeat(60)}`,
  }));
  const bytes = zipBytes(entries);
  const unpacked = entries.reduce((n, e) => n + Buffer.byteLength(e.data), 0);
  const reader = await time(() => read(zipReader, bytes, 'leak.zip'));
  const baseline = await time(async () => {
    const file = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
    for await (const entry of file.eachEntry()) {
      const start =
        entry.relativeOffsetOfLocalHeader + 30 + entry.fileNameLength + entry.extraFieldLength;
      inflateRawSync(bytes.subarray(start, start + entry.compressedSize));
    }
    file.close();
  });
  return {
    case: 'zip: 2,000 entries',
    units: unpacked / 2 ** 20,
    unit: 'MiB unpacked',
    reader,
    baseline,
    baselineName: 'yauzl directory + inflateRawSync',
  };
}

async function xlsxCase() {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Платежи');
  for (let i = 0; i < 100_000; i++) {
    sheet.addRow([
      new Date(Date.UTC(2024, 0, 1 + (i % 365))),
      `ООО «Компания ${i % 5000}»`,
      i * 10.5,
      'CNY',
      `платёж ${i}`,
    ]);
  }
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  const reader = await time(() => read(xlsxReader, bytes, 'payments.xlsx'));
  const baseline = await time(() =>
    new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer),
  );
  return {
    case: 'xlsx: 100,000 rows x 5',
    units: 100_000,
    unit: 'rows',
    reader,
    baseline,
    baselineName: 'exceljs load',
  };
}

async function mailCase() {
  const message = (i: number) =>
    `From sender${i}@example.ru Fri Mar 15 09:30:00 2024\nFrom: Sender ${i} <sender${i}@example.ru>\nTo: li.wei@example.cn\nSubject: =?UTF-8?B?${Buffer.from(`Счёт №${i}`).toString('base64')}?=\nDate: Fri, 15 Mar 2024 09:30:00 +0300\nMessage-ID: <m${i}@example.ru>\nContent-Type: text/plain; charset=utf-8\n\n${LINE.repeat(20)}\n\n`;
  const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => message(i)).join(''));
  const reader = await time(async () => {
    const box = await read(mboxReader, bytes, 'box.mbox');
    let pages = 0;
    for (const child of box.children ?? []) {
      const mail = await read(emlReader, child.bytes, child.path, 1);
      if (mail.status === 'processed') pages += mail.pages.length;
    }
    if (pages !== 1000) throw new Error(`the mailbox gave ${pages} bodies, not 1000`);
  });
  return {
    case: 'mbox: 1,000 messages, split and parsed',
    units: 1000,
    unit: 'messages',
    reader,
    baseline: null,
    baselineName: null,
  };
}

async function htmlCase() {
  const rows = Array.from(
    { length: 20_000 },
    (_, i) => `<tr><td>${i}</td><td>${LINE}</td></tr>`,
  ).join('\n');
  const html = `<html><head><title>t</title><script>var x = 1;</script></head><body><table>${rows}</table></body></html>`;
  const bytes = Buffer.from(html);
  const reader = await time(() => read(htmlReader, bytes, 'page.html'));
  const baseline = await time(async () => new Parser({}).end(html));
  return {
    case: 'html: one page',
    units: bytes.length / 2 ** 20,
    unit: 'MiB',
    reader,
    baseline,
    baselineName: 'htmlparser2, no handlers',
  };
}

const results = [];
for (const make of [zipCase, xlsxCase, mailCase, htmlCase]) {
  const r = await make();
  const rate = (t: Timing) => Math.round((r.units / (t.cpuMs / 1000)) * 10) / 10;
  const row = {
    ...r,
    units: Math.round(r.units * 10) / 10,
    readerPerCpuSecond: rate(r.reader),
    baselinePerCpuSecond: r.baseline ? rate(r.baseline) : null,
  };
  results.push(row);
  const base = r.baseline
    ? `; ${r.baselineName}: ${r.baseline.cpuMs} ms CPU (${row.baselinePerCpuSecond} ${r.unit}/s)`
    : '';
  console.log(
    `${r.case}: ${row.units} ${r.unit}; reader ${r.reader.cpuMs} ms CPU, ${r.reader.wallMs} ms wall (${row.readerPerCpuSecond} ${r.unit}/s)${base}`,
  );
}
const memory = Math.round(process.memoryUsage().rss / 2 ** 20);
console.log(`rss at the end: ${memory} MiB`);
const out = join(repoRoot, 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'readers.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, load: loadavg(), rssMiB: memory, results }, null, 2)}\n`,
);
