import type { Command } from 'commander';
import { runResults, writeHits } from '../../app/screening/index.js';
import { type RescreenResult, rescreen } from '../../app/screening/index.js';
import type { DeltaPlan } from '../../core/screening/index.js';
import type { ScreeningStore } from '../../store/screening/index.js';
import type { CommandContext } from '../context.js';
import { formatCount } from '../output.js';
import { actorOf, numberOption, withRepo } from './screening-common.js';

interface RescreenOptions {
  dataset?: string;
  since?: string;
  threshold: string;
  algorithm: string;
  limit: string;
  out?: string;
  report?: string;
  by?: string;
}

export function registerRescreen(program: Command, ctx: CommandContext) {
  program
    .command('rescreen')
    .description('screen the stored portfolio against what changed in the lists since last time')
    .option('--dataset <name>', 'one dataset (default: every loaded one)')
    .option(
      '--since <version>',
      'compare the changes after this version (default: the last screened)',
    )
    .option('--threshold <score>', 'the score from which a result is a hit', '0.7')
    .option('--algorithm <name>', 'the matching algorithm', 'best')
    .option('--limit <n>', 'hits kept per party at most', '5')
    .option('--out <file>', 'write the new hits to a .jsonl, .csv or .xlsx file (else stdout)')
    .option('--report <file>', 'write an HTML report for reviewers')
    .option('--by <user>', 'who screens, for the audit trail (default: the OS user)')
    .action((options: RescreenOptions, command: Command) =>
      withRepo(ctx, command, (repo) => runRescreen(ctx, repo, options)),
    );
}

async function runRescreen(ctx: CommandContext, repo: ScreeningStore, options: RescreenOptions) {
  const since = options.since;
  const result = await rescreen(
    { store: ctx.store(), repo, tools: await ctx.dossier().tools() },
    {
      dataset: options.dataset,
      since: since === undefined ? undefined : numberOption('--since', since, 0, 1e9, true),
      threshold: numberOption('--threshold', options.threshold, 0, 1),
      algorithm: options.algorithm,
      limit: numberOption('--limit', options.limit, 1, 100, true),
      output: options.out ?? null,
      report: options.report ?? null,
      actor: actorOf(options.by),
    },
  );
  if (!result) {
    ctx.io.out.write('No parties screened yet: dossier screen <portfolio> builds the portfolio\n');
    return;
  }
  await printResult(ctx, repo, result);
}

function planText(plan: DeltaPlan, entities: number | undefined): string {
  const range = `version ${plan.from ?? '(never screened)'} → ${plan.to}`;
  if (plan.mode === 'none') return `${plan.dataset}: ${range}, nothing changed`;
  const what =
    plan.mode === 'diff' ? 'added or modified entries' : 'entries (all: no diff kept from then)';
  return `${plan.dataset}: ${range}, ${formatCount(entities ?? 0)} ${what}`;
}

async function printResult(ctx: CommandContext, repo: ScreeningStore, result: RescreenResult) {
  const { run } = result;
  const toStdout = !run.params.output;
  const say = toStdout ? ctx.io.err : ctx.io.out;
  for (const plan of result.plans)
    say.write(`${planText(plan, run.params.changes?.[plan.dataset]?.entities)}\n`);
  if (toStdout) await writeHits(ctx.io.out, 'jsonl', runResults(repo, run.id));
  const files = [run.params.output, run.params.report].filter((f) => f !== null);
  say.write(
    `Run ${run.id} finished: ${formatCount(run.rowsDone)} parties compared with ` +
      `${formatCount(result.entities)} changed entities in ${result.seconds.toFixed(1)} s; ` +
      `${formatCount(run.hits)} new hits` +
      (run.suppressed > 0 ? `; ${formatCount(run.suppressed)} held back by decisions` : '') +
      (files.length ? `. Wrote ${files.join(', ')}` : '') +
      '\n',
  );
}
