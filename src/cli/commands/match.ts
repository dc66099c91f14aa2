import type { Command } from 'commander';
import {
  prepareMatch,
  queryResponseJson,
  requireLists,
  screenedLists,
  topExplanation,
  UnknownDataset,
} from '../../app/matching/index.js';
import { ANY_SCHEMA, type EntityExample, type ScoredEntity } from '../../core/matching/index.js';
import { UsageError } from '../errors.js';
import type { CommandContext } from '../context.js';
import { printJson, printTable } from '../output.js';

interface MatchCliOptions {
  schema: string;
  dataset: string;
  threshold: string;
  limit: string;
  algorithm: string;
  property: string[];
  json?: boolean;
}

function numberOption(name: string, raw: string, min: number, max: number, integer: boolean) {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new UsageError(`${name} must be ${integer ? 'an integer' : 'a number'}, not "${raw}"`);
  }
  if (value < min || value > max) throw new UsageError(`${name} must be from ${min} to ${max}`);
  return value;
}

/** `--property birthDate=1952-10-07`, repeatable, adds to the example's properties. */
function example(name: string, options: MatchCliOptions): EntityExample {
  const properties = new Map([['name', [name]]]);
  for (const pair of options.property) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--property takes prop=value, not "${pair}"`);
    const prop = pair.slice(0, eq);
    properties.set(prop, [...(properties.get(prop) ?? []), pair.slice(eq + 1)]);
  }
  // Own keys, whatever the name ("constructor", "__proto__"), for the matcher to accept or refuse.
  return { schema: options.schema, properties: Object.fromEntries(properties) };
}

function row(r: ScoredEntity): string[] {
  const top = topExplanation(r);
  return [
    r.score.toFixed(2),
    r.match ? 'yes' : 'no',
    r.entity.id,
    r.entity.schema,
    r.entity.caption,
    r.entity.datasets.join(','),
    top ? `${top[0]}: ${top[1].detail}` : '',
  ];
}

export function registerMatch(program: Command, ctx: CommandContext) {
  program
    .command('match')
    .description('screen a name against the loaded datasets, with the evidence for each score')
    .argument('<name>', 'the name to screen, e.g. "Vladimir Putin"')
    .option(
      '--schema <schema>',
      'only this kind of party: Person, Organization, Company, Vessel... (default: every kind)',
      ANY_SCHEMA,
    )
    .option('--dataset <name>', 'a dataset, or default for every loaded one', 'default')
    .option('--threshold <score>', 'the score from which a result is a match', '0.7')
    .option('--limit <n>', 'how many results to show', '5')
    .option('--algorithm <name>', 'the matching algorithm (see GET /algorithms)', 'best')
    .option(
      '--property <prop=value>',
      'another property, e.g. birthDate=1952-10-07 (repeatable)',
      (v: string, all: string[]) => [...all, v],
      [] as string[],
    )
    .option('--json', 'print the API result object')
    .action((name: string, options: MatchCliOptions) => runMatch(ctx, name, options));
}

async function runMatch(ctx: CommandContext, name: string, options: MatchCliOptions) {
  const threshold = numberOption('--threshold', options.threshold, 0, 1, false);
  const limit = numberOption('--limit', options.limit, 1, 500, true);
  const query = example(name, options);
  const service = await ctx.dossier().matching();
  // A first match after a load builds the index (seconds): say so on stderr, not stdout.
  service.progress = (line) => ctx.io.err.write(`${line}\n`);
  await service.refresh();
  const index = { matcher: service.matcher, catalog: service.catalog! };
  // No list, no screening: an empty table would read as "clear" (exit 4 instead).
  requireLists(index.catalog);
  const request = { dataset: options.dataset, limit, threshold, algorithm: options.algorithm };
  try {
    const plan = prepareMatch(index, request);
    const outcome = plan.run(query);
    const lists = screenedLists(index.catalog, plan.options.datasets);
    if (options.json) return printJson(ctx.io, queryResponseJson(query, outcome, lists));
    const headers = ['SCORE', 'MATCH', 'ID', 'SCHEMA', 'CAPTION', 'DATASETS', 'TOP EVIDENCE'];
    printTable(ctx.io, headers, outcome.results.map(row));
    const versions = lists.map((l) => `${l.dataset} version ${l.version} (loaded ${l.loaded_at})`);
    ctx.io.out.write(`Screened against: ${versions.join(', ')}\n`);
    ctx.io.out.write(`${outcome.total} match(es) at or above ${threshold}\n`);
  } catch (error) {
    // A --dataset naming no loaded list is a mistake in a flag (exit 2), not a missing record.
    if (error instanceof UnknownDataset) throw new UsageError(error.message);
    throw error;
  }
}
