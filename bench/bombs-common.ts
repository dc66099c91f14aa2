/**
 * What the parts of bench/bombs.ts share: the caps, and how figures and messages are shown.
 */
import { loadavg } from 'node:os';
import type { Caps } from './bombs-procs.js';

export const CAPS: Caps = {
  seconds: Number(process.env.BENCH_CAP_SECONDS ?? 90),
  rssMb: Number(process.env.BENCH_MAX_RSS_MB ?? 4096),
};

export const load = () => loadavg().map((l) => Number(l.toFixed(2)));
export const since = (t: number) => Number(((performance.now() - t) / 1000).toFixed(1));
/** A line for the table: runs of one letter (the long name quoted back) shown by their length. */
export const short = (text: string) =>
  text
    .slice(0, 100_000)
    .replace(/(\w)\1{15,}/g, (run, c: string) => `${c}×${run.length}…`)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
