/**
 * The hits file. CSV and JSON lines grow batch by batch: the lines are written and flushed to disk
 * before the batch is committed, and the run records the file's length with it, so that a resumed
 * run cuts off what a crash left uncommitted and nothing is written twice. XLSX (a zip, which
 * cannot grow) is written from the stored hits when the run ends.
 */
import {
  closeSync,
  fdatasyncSync,
  ftruncateSync,
  openSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import type { Writable } from 'node:stream';
import {
  csvLine,
  hitCells,
  hitJsonLine,
  OUTPUT_COLUMNS,
  rowExposureCells,
  rowExposureJson,
} from '../../core/screening/index.js';
import type { Hit, RowExposure } from '../../core/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';
import { writeSheetXlsx } from './xlsx/index.js';

/** A line of a run's results: a hit, or a row flagged for its own party's exposure. */
export type ResultItem = Hit | RowExposure;

const isHit = (item: ResultItem): item is Hit => 'entityId' in item;

export function hitText(format: 'csv' | 'jsonl', hit: Hit): string {
  return format === 'csv' ? csvLine(hitCells(hit)) : hitJsonLine(hit);
}

/** A result's line: a hit's, or a flagged row's (`{row, key, row_exposure}`, no entity). */
export function resultText(format: 'csv' | 'jsonl', item: ResultItem): string {
  if (isHit(item)) return hitText(format, item);
  return format === 'csv'
    ? csvLine(rowExposureCells(item))
    : `${JSON.stringify(rowExposureJson(item))}\n`;
}

function resultCells(item: ResultItem): (string | number)[] {
  return isHit(item) ? hitCells(item) : rowExposureCells(item);
}

/** A batch's results in output order: by row, a row's hits before its own flag. */
export function batchResults(rows: readonly { hits: Hit[]; exposure?: RowExposure | null }[]) {
  return rows.flatMap((r): ResultItem[] => (r.exposure ? [...r.hits, r.exposure] : r.hits));
}

/**
 * A run's stored results in output order: its hits and its flagged rows merged by row, a row's
 * hits first, as the lines were written. What every output is made from (the files, stdout, the
 * jobs API's downloads), so that a flagged row is never left out of one of them.
 */
export async function* runResults(repo: ScreeningStore, runId: string): AsyncGenerator<ResultItem> {
  const rows = repo.exposedRows(runId)[Symbol.asyncIterator]();
  let next = await rows.next();
  for await (const hit of repo.hits(runId)) {
    while (!next.done && next.value.row < hit.row) {
      yield next.value;
      next = await rows.next();
    }
    yield hit;
  }
  while (!next.done) {
    yield next.value;
    next = await rows.next();
  }
}

function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

export class LineOutput {
  private constructor(
    private readonly fd: number,
    private readonly format: 'csv' | 'jsonl',
    private length: number,
  ) {}

  /**
   * Open at the committed length: longer files are cut back to it; a file shorter than that
   * (deleted or not flushed) is written again from `stored`, the hits committed so far.
   */
  static async open(
    path: string,
    format: 'csv' | 'jsonl',
    committed: number,
    stored: () => AsyncIterable<ResultItem>,
  ): Promise<LineOutput> {
    const size = sizeOf(path);
    if (size === null || size < committed) {
      const output = new LineOutput(openSync(path, 'w'), format, 0);
      output.writeHeader();
      const items: ResultItem[] = [];
      for await (const item of stored()) items.push(item);
      output.append(items);
      return output;
    }
    const fd = openSync(path, 'r+');
    ftruncateSync(fd, committed);
    const output = new LineOutput(fd, format, committed);
    if (committed === 0) output.writeHeader();
    return output;
  }

  private write(text: string) {
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    while (done < bytes.length) {
      done += writeSync(this.fd, bytes, done, bytes.length - done, this.length + done);
    }
    this.length += bytes.length;
  }

  private writeHeader() {
    if (this.format === 'csv') this.write(csvLine(OUTPUT_COLUMNS));
  }

  /** Write the results and flush them to disk; returns the file's length, for the commit. */
  append(items: readonly ResultItem[]): number {
    if (items.length > 0) this.write(items.map((h) => resultText(this.format, h)).join(''));
    fdatasyncSync(this.fd);
    return this.length;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * Write hits as the XLSX sheet "hits", row by row (the writer streams to the file). A failed
 * write removes the file rather than leave a broken one.
 */
export async function writeXlsx(path: string, hits: AsyncIterable<ResultItem>): Promise<void> {
  const rows = (async function* () {
    for await (const item of hits) yield resultCells(item);
  })();
  try {
    await writeSheetXlsx(path, 'hits', OUTPUT_COLUMNS, rows);
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
}

/** Write hits to a stream (stdout when no --out is given), minding back-pressure. */
export async function writeHits(
  stream: Writable,
  format: 'csv' | 'jsonl',
  hits: AsyncIterable<ResultItem>,
): Promise<void> {
  if (format === 'csv' && !stream.write(csvLine(OUTPUT_COLUMNS))) {
    await new Promise((resolve) => stream.once('drain', resolve));
  }
  for await (const hit of hits) {
    if (!stream.write(resultText(format, hit))) {
      await new Promise((resolve) => stream.once('drain', resolve));
    }
  }
}
