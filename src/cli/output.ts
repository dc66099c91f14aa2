/** Shared printing for commands: JSON for machines, aligned text for people. */
import type { Writable } from 'node:stream';

export interface Io {
  out: Writable;
  err: Writable;
  /** Whether stderr is a terminal (progress is only drawn there). */
  interactive: boolean;
}

export function printJson(io: Io, value: unknown): void {
  io.out.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printTable(io: Io, headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  io.out.write(`${line(headers)}\n`);
  for (const row of rows) io.out.write(`${line(row)}\n`);
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** A progress line redrawn in place on a terminal; silent elsewhere. */
export function progressReporter(io: Io, label: string) {
  let last = 0;
  return {
    update(done: number, total: number, entities: number) {
      if (!io.interactive) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
      io.err.write(`\r${label}: ${pct}% read, ${formatCount(entities)} entities`);
    },
    clear() {
      if (io.interactive && last > 0) io.err.write('\r\x1b[K');
    },
  };
}
