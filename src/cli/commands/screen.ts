import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { runResults, writeHits } from '../../app/screening/index.js';
import { resumeScreen, type ScreenResult, screenFile } from '../../app/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { formatCount } from '../output.js';
import { actorOf, collect, numberOption, terminalHooks, withRepo } from './screening-common.js';

interface ScreenOptions {
  resume?: string;
  dataset?: string;
  threshold?: string;
  algorithm?: string;
  limit?: string;
  out?: string;
  report?: string;
  map: string[];
  idColumn?: string;
  by?: string;
  batchSize: string;
  workers: string;
}

/** One matching thread a core, up to four: each holds a copy of the index. */
function defaultWorkers(): number {
  return Math.min(4, availableParallelism());
}

/** Settings a resumed run takes from its record; giving them again is a mistake. */
const RUN_SETTINGS = [
  'dataset',
  'threshold',
  'algorithm',
  'limit',
  'out',
  'report',
  'idColumn',
] as const;

export function registerScreen(program: Command, ctx: CommandContext) {
  program
    .command('screen')
    .description('screen a portfolio file (CSV, JSON lines, XLSX) against the loaded lists')
    .argument('[input]', 'the portfolio: .csv, .jsonl or .xlsx, one party a row')
    .option('--resume <run-id>', 'continue an unfinished run from where it was committed')
    .option('--dataset <name>', 'a dataset, or default for every loaded one (default: default)')
    .option('--threshold <score>', 'the score from which a result is a hit (default: 0.7)')
    .option('--algorithm <name>', 'the matching algorithm (default: best)')
    .option('--limit <n>', 'hits kept per row at most (default: 5)')
    .option('--out <file>', 'write the hits to a .jsonl, .csv or .xlsx file (else stdout)')
    .option('--report <file>', 'write an HTML report for reviewers')
    .option('--map <column=property>', 'read a column as a property (repeatable)', collect, [])
    .option(
      '--id-column <column>',
      "the column with the customer's own ID, which keys rows, hits and decisions (default: detected)",
    )
    .option('--by <user>', 'who screens, for the audit trail (default: the OS user)')
    .option('--batch-size <n>', 'rows per commit: what a crash can cost', '500')
    .option(
      '--workers <n>',
      'matching threads, each with its own index (0: none)',
      String(defaultWorkers()),
    )
    .action((input: string | undefined, options: ScreenOptions, command: Command) =>
      withRepo(ctx, command, (repo) => runScreen(ctx, repo, input, options)),
    );
}

async function checkResume(
  input: string | undefined,
  options: ScreenOptions,
  repo: ScreeningStore,
) {
  const given = RUN_SETTINGS.filter((s) => options[s] !== undefined);
  if (given.length > 0 || options.map.length > 0) {
    const names = [...given, ...(options.map.length ? ['map'] : [])];
    const flags = names.map((s) => `--${s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
    throw new UsageError(
      `--resume continues with the run's own settings: leave out ${flags.join(', ')}`,
    );
  }
  const run = await repo.run(options.resume!);
  if (input && run && resolve(input) !== run.input) {
    throw new UsageError(`run ${run.id} screens ${run.input}, not ${resolve(input)}`);
  }
}

async function runScreen(
  ctx: CommandContext,
  repo: ScreeningStore,
  input: string | undefined,
  options: ScreenOptions,
) {
  const actor = actorOf(options.by);
  const batchSize = numberOption('--batch-size', options.batchSize, 1, 100000, true);
  const workers = numberOption('--workers', options.workers, 0, 64, true);
  const hooks = { ...terminalHooks(ctx.io, 'screen'), batchSize };
  const dossier = ctx.dossier();
  // The network too: hits carry their entity's exposure through ownership.
  const deps = {
    store: ctx.store(),
    repo,
    tools: await dossier.tools(),
    network: dossier.network(),
  };
  hooks.onStart = (run) => {
    ctx.io.err.write(
      `Run ${run.id}: screening ${run.input} (if it stops: dossier screen --resume ${run.id})\n`,
    );
  };
  let result: ScreenResult;
  try {
    if (options.resume) {
      await checkResume(input, options, repo);
      result = await resumeScreen(deps, options.resume, actor, hooks, workers);
    } else {
      if (!input) throw new UsageError('name the portfolio file to screen, or --resume <run-id>');
      result = await screenFile(deps, { ...requestOf(input, options, actor), workers }, hooks);
    }
  } finally {
    hooks.finish();
  }
  await printResult(ctx, repo, result);
}

function requestOf(input: string, options: ScreenOptions, actor: string) {
  return {
    input,
    output: options.out ?? null,
    report: options.report ?? null,
    dataset: options.dataset ?? 'default',
    threshold: numberOption('--threshold', options.threshold ?? '0.7', 0, 1),
    algorithm: options.algorithm ?? 'best',
    limit: numberOption('--limit', options.limit ?? '5', 1, 100, true),
    map: options.map,
    idColumn: options.idColumn ?? null,
    actor,
  };
}

async function printResult(ctx: CommandContext, repo: ScreeningStore, result: ScreenResult) {
  const { run } = result;
  const toStdout = !run.params.output;
  if (toStdout) await writeHits(ctx.io.out, 'jsonl', runResults(repo, run.id));
  const rate = result.seconds > 0 ? Math.round(result.rows / result.seconds) : 0;
  const resumed =
    result.rows === run.rowsDone ? '' : `, ${formatCount(result.rows)} after resuming`;
  const parts = [
    `${formatCount(run.rowsDone)} rows screened${resumed} in ${result.seconds.toFixed(1)} s ` +
      `(${formatCount(rate)} rows/s)`,
    `${formatCount(run.hits)} hits`,
  ];
  if (run.suppressed > 0) parts.push(`${formatCount(run.suppressed)} held back by decisions`);
  if (run.issues > 0) parts.push(`${formatCount(run.issues)} row problem(s)`);
  if (run.unkeyed > 0) {
    parts.push(`${formatCount(run.unkeyed)} row(s) keyed by line (no or repeated customer ID)`);
  }
  const files = [run.params.output, run.params.report].filter((f) => f !== null);
  const line = `Run ${run.id} finished: ${parts.join('; ')}${files.length ? `. Wrote ${files.join(', ')}` : ''}\n`;
  (toStdout ? ctx.io.err : ctx.io.out).write(line);
}
