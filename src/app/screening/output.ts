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
import { csvLine, hitCells, hitJsonLine, OUTPUT_COLUMNS } from '../../core/screening/index.js';
import type { Hit } from '../../core/screening/index.js';
import { writeSheetXlsx } from './xlsx/index.js';

export function hitText(format: 'csv' | 'jsonl', hit: Hit): string {
  return format === 'csv' ? csvLine(hitCells(hit)) : hitJsonLine(hit);
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
    stored: () => AsyncIterable<Hit>,
  ): Promise<LineOutput> {
    const size = sizeOf(path);
    if (size === null || size < committed) {
      const output = new LineOutput(openSync(path, 'w'), format, 0);
      output.writeHeader();
      const hits: Hit[] = [];
      for await (const hit of stored()) hits.push(hit);
      output.append(hits);
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

  /** Write the hits and flush them to disk; returns the file's length, for the commit. */
  append(hits: readonly Hit[]): number {
    if (hits.length > 0) this.write(hits.map((h) => hitText(this.format, h)).join(''));
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
export async function writeXlsx(path: string, hits: AsyncIterable<Hit>): Promise<void> {
  const rows = (async function* () {
    for await (const hit of hits) yield hitCells(hit);
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
  hits: AsyncIterable<Hit>,
): Promise<void> {
  if (format === 'csv' && !stream.write(csvLine(OUTPUT_COLUMNS))) {
    await new Promise((resolve) => stream.once('drain', resolve));
  }
  for await (const hit of hits) {
    if (!stream.write(hitText(format, hit))) {
      await new Promise((resolve) => stream.once('drain', resolve));
    }
  }
}
