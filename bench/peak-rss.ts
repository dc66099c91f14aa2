/**
 * Loaded with `node --import` by bench/docs.ts into each benchmark it runs: on exit, writes the
 * process's peak resident set (KiB) to the file named by BENCH_RSS_FILE, so that the combined
 * figures carry each benchmark's memory without changing the benchmark itself.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
