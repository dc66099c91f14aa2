/**
 * Document reading benchmark: `npm run bench:docs-read`. Pages a second for a text PDF (pdfjs's
 * text layer with word boxes; poppler's `pdftotext -bbox` on the same file beside it) and for
 * scanned pages OCR'd by the PDF reader (pdftoppm then Tesseract, one single-threaded process
 * per core), beside the bare `tesseract` command run on the same pages, pre-rendered, with the
 * same number of processes at once. The PDFs are generated here (DejaVu Sans, Russian and
 * English contract text). CPU seconds include child processes (read from /proc), since on a
 * shared machine wall time also counts waits for a core. Writes bench/results/docs-read.json.
 *
 * BENCH_TEXT_PAGES (40), BENCH_OCR_PAGES (4), BENCH_OCR_LANGS (rus+chi_sim+eng) change the work.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_READ_LIMITS } from '../src/core/documents/index.js';
import { createOcrEngine, Pool } from '../src/readers/ocr/index.js';
import { createPdfReader } from '../src/readers/pdf/index.js';
import { repoRoot } from '../src/testing/data.js';
import { type DrawnLine, imagePdf, renderPage, textPdf } from '../src/testing/pdf-fixtures.js';

const TEXT_PAGES = Number(process.env.BENCH_TEXT_PAGES ?? 40);
const OCR_PAGES = Number(process.env.BENCH_OCR_PAGES ?? 4);
const LANGS = process.env.BENCH_OCR_LANGS ?? 'rus+chi_sim+eng';
const WORKERS = availableParallelism();

const SENTENCES = [
  'ООО «Купол» поставляет изделия по договору № 17 от 14.03.2024 на сумму 1 234 567,89 руб.',
  'Supply of components under contract 17, payment of 1,200,000 CNY due on March 14, 2024.',
  'ИНН 7701234567, КПП 770101001, ОГРН 1027700123456, р/с 40702810900000012345.',
  'The goods (HS 8806) were delivered to Izhevsk and accepted by the buyer without remarks.',
];

/** A dense A4 page: 38 lines of 10-point text. */
function densePage(seed: number): DrawnLine[] {
  return Array.from({ length: 38 }, (_, i) => ({
    text: SENTENCES[(seed + i) % SENTENCES.length]!,
    x: 40,
    y: 800 - i * 20,
    size: 10,
  }));
}

/** CPU seconds of this process and of the children it has waited for. */
function cpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // Fields 14-17 of stat (utime, stime, cutime, cstime), counted from the state field (3).
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  return ticks / 100;
}

async function measure<T>(task: () => Promise<T>) {
  const cpu = cpuSeconds();
  const started = performance.now();
  const value = await task();
  return { value, wallS: (performance.now() - started) / 1000, cpuS: cpuSeconds() - cpu };
}

const rate = (pages: number, seconds: number) => Number((pages / seconds).toPrecision(3));
const round = (n: number) => Number(n.toFixed(2));

const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-docs-'));
try {
  const ocr = createOcrEngine({ workers: WORKERS });
  const reader = createPdfReader({ ocr });
  const input = (bytes: Uint8Array) => ({
    bytes,
    fileName: 'bench.pdf',
    mediaType: 'application/pdf',
    depth: 0,
    limits: DEFAULT_READ_LIMITS,
    ocrLanguages: LANGS,
  });

  // Text PDF: pdfjs (the reader) against poppler's pdftotext -bbox on the same file.
  const text = await textPdf(Array.from({ length: TEXT_PAGES }, (_, i) => densePage(i)));
  const textFile = join(dir, 'text.pdf');
  writeFileSync(textFile, text);
  await reader.read(input(text)); // warm-up: pdfjs's import and worker set-up
  const pdfjsRun = await measure(() => reader.read(input(text)));
  if (pdfjsRun.value.status !== 'processed') throw new Error(JSON.stringify(pdfjsRun.value));
  const words = pdfjsRun.value.pages.reduce((n, p) => n + (p.words?.length ?? 0), 0);
  const popplerRun = await measure(async () =>
    execFileSync('pdftotext', ['-bbox', textFile, join(dir, 'bbox.html')]),
  );

  // Scans: the reader's OCR path against bare tesseract on the same pages, rendered beforehand.
  // The scan embeds each page as a 200-dpi image; both sides OCR that scan rendered at 300 dpi.
  const scanned = await imagePdf(
    Array.from({ length: OCR_PAGES }, (_, i) => renderPage(text, i + 1, 200)),
  );
  const pagesFiles = Array.from({ length: OCR_PAGES }, (_, i) => {
    const file = join(dir, `page-${i + 1}.png`);
    writeFileSync(file, renderPage(scanned, i + 1, 300));
    return file;
  });
  const ocrRun = await measure(() => reader.read(input(scanned)));
  if (ocrRun.value.status !== 'processed') throw new Error(JSON.stringify(ocrRun.value));
  const pool = new Pool(WORKERS);
  const bareRun = await measure(() =>
    Promise.all(
      pagesFiles.map((file) =>
        pool.run(
          () =>
            new Promise<void>((resolve, reject) => {
              const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
              const args = [file, 'stdout', '-l', LANGS, '--dpi', '300', 'tsv'];
              execFile('tesseract', args, { env, maxBuffer: 1 << 28 }, (error) =>
                error ? reject(error) : resolve(),
              );
            }),
        ),
      ),
    ),
  );

  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      loadAverage: loadavg().map((l) => round(l)),
      note: 'shared with seven other builds running tests at the same time: wall times include waits for a core',
    },
    textPdf: {
      pages: TEXT_PAGES,
      words,
      reader: {
        wallS: round(pdfjsRun.wallS),
        cpuS: round(pdfjsRun.cpuS),
        pagesPerSecond: rate(TEXT_PAGES, pdfjsRun.wallS),
      },
      popplerPdftotextBbox: {
        wallS: round(popplerRun.wallS),
        cpuS: round(popplerRun.cpuS),
        pagesPerSecond: rate(TEXT_PAGES, popplerRun.wallS),
      },
    },
    ocr: {
      pages: OCR_PAGES,
      languages: LANGS,
      workers: WORKERS,
      dpi: 300,
      meanConfidence: round(
        ocrRun.value.pages.reduce((sum, p) => sum + (p.confidence ?? 0), 0) /
          ocrRun.value.pages.length,
      ),
      reader: {
        what: 'PDF reader: pdftoppm render + tesseract per page, one per core',
        wallS: round(ocrRun.wallS),
        cpuS: round(ocrRun.cpuS),
        pagesPerSecond: rate(OCR_PAGES, ocrRun.wallS),
      },
      bareTesseract: {
        what: 'tesseract <page.png> stdout -l LANGS --dpi 300 tsv, OMP_THREAD_LIMIT=1, one per core',
        wallS: round(bareRun.wallS),
        cpuS: round(bareRun.cpuS),
        pagesPerSecond: rate(OCR_PAGES, bareRun.wallS),
      },
    },
  };
  console.log(`load average ${results.machine.loadAverage.join(' ')} on ${cpus().length} cores`);
  console.log('what                                   pages   wall s   cpu s  pages/s');
  const rows: [string, number, { wallS: number; cpuS: number; pagesPerSecond: number }][] = [
    ['text PDF, reader (pdfjs)', TEXT_PAGES, results.textPdf.reader],
    ['text PDF, pdftotext -bbox', TEXT_PAGES, results.textPdf.popplerPdftotextBbox],
    [`OCR ${LANGS}, reader`, OCR_PAGES, results.ocr.reader],
    [`OCR ${LANGS}, bare tesseract`, OCR_PAGES, results.ocr.bareTesseract],
  ];
  for (const [what, pages, r] of rows) {
    console.log(
      `${what.padEnd(38)}${String(pages).padStart(6)}${String(r.wallS).padStart(9)}${String(r.cpuS).padStart(8)}${String(r.pagesPerSecond).padStart(9)}`,
    );
  }
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  const out = join(repoRoot, 'bench', 'results', 'docs-read.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written to ${out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
