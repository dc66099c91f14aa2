import type { Command } from 'commander';
import { liveStatus } from '../../app/screening/index.js';
import type { RunInfo } from '../../core/screening/index.js';
import type { CommandContext } from '../context.js';
import { formatCount, printJson, printTable } from '../output.js';
import { withRepo } from './screening-common.js';

function versionsText(versions: Record<string, number>): string {
  return Object.entries(versions)
    .map(([d, v]) => `${d}@${v}`)
    .join(',');
}

export function runJson(run: RunInfo) {
  return {
    id: run.id,
    kind: run.kind,
    input: run.input,
    input_sha256: run.inputSha256,
    started_at: run.startedAt,
    finished_at: run.finishedAt,
    status: liveStatus(run),
    by: run.actor,
    rows_done: run.rowsDone,
    hits: run.hits,
    suppressed: run.suppressed,
    issues: run.issues,
    list_versions: run.versions,
    dataset: run.params.dataset,
    algorithm: run.params.algorithm,
    threshold: run.params.threshold,
    output: run.params.output,
    report: run.params.report,
  };
}

export function registerRuns(program: Command, ctx: CommandContext) {
  program
    .command('runs')
    .description('list the screening runs: status, rows done, hits, list versions')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }, command: Command) =>
      withRepo(ctx, command, async (repo) => {
        const runs = await repo.runs();
        if (options.json) return printJson(ctx.io, runs.map(runJson));
        if (runs.length === 0) {
          ctx.io.out.write('No screening runs yet: try dossier screen <portfolio.csv>\n');
          return;
        }
        const headers = ['ID', 'KIND', 'STATUS', 'STARTED', 'FINISHED', 'ROWS', 'HITS'].concat([
          'LISTS',
          'ALGORITHM',
          'THRESHOLD',
          'INPUT',
        ]);
        const rows = runs.map((r) => [
          r.id,
          r.kind,
          liveStatus(r),
          r.startedAt,
          r.finishedAt ?? '',
          formatCount(r.rowsDone),
          formatCount(r.hits),
          versionsText(r.versions),
          r.params.algorithm,
          String(r.params.threshold),
          r.input,
        ]);
        printTable(ctx.io, headers, rows);
      }),
    );
}
