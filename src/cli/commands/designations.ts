/**
 * `dossier designations [list] | split | unsplit`: the entries of several lists merged into one
 * designation, with the keys that linked them, and a reviewer's decision that two of them are not
 * the same (kept in the database, heeded by every index built after it).
 */
import type { Command } from 'commander';
import { clusterJson, splitDesignation, withdrawSplit } from '../../app/designations.js';
import { KEY_LABELS } from '../../core/designations/index.js';
import type { CommandContext } from '../context.js';
import { printJson, printTable } from '../output.js';
import { actorOf } from './screening-common.js';

async function list(ctx: CommandContext, command: Command, options: { json?: boolean }) {
  const service = await ctx.dossier(command).matching();
  await service.refresh();
  const designations = service.designations!;
  const byId = new Map(service.matcher.entries.map((e) => [e.entity.id, e.entity]));
  const clusters = designations.clusters.map((c) => clusterJson(c, (id) => byId.get(id)));
  if (options.json) return printJson(ctx.io, { stats: designations.stats(), clusters });
  printTable(
    ctx.io,
    ['DESIGNATION', 'MEMBERS', 'DATASETS', 'LINKED BY'],
    clusters.map((c) => [
      c.id,
      c.members.map((m) => `${m.id} (${m.caption})`).join('; '),
      c.members.flatMap((m) => m.datasets).join(', '),
      [...new Set(c.links.map((l) => `${KEY_LABELS[l.kind]} ${l.value}`))].join('; '),
    ]),
  );
  const stats = designations.stats();
  ctx.io.out.write(
    `${stats.clusters} designation(s) merge ${stats.merged} entries; ` +
      `${stats.refused} link(s) refused, ${stats.ambiguous} key(s) ambiguous within a list\n`,
  );
}

interface SplitOptions {
  reason?: string;
  by?: string;
  json?: boolean;
}

export function registerDesignations(program: Command, ctx: CommandContext) {
  const designations = program
    .command('designations')
    .description('list the entries of several lists merged as one designation; split a wrong merge')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }, command: Command) => list(ctx, command, options));
  designations
    .command('list')
    .description('every merged designation, its entries and the keys that linked them')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }, command: Command) => list(ctx, command, options));
  designations
    .command('split')
    .description('record that two entries are not the same designation: they come back apart')
    .argument('<entity-a>', 'an entity ID, e.g. gb-hmt-13569')
    .argument('<entity-b>', 'the other, e.g. unsc-6908652')
    .option('--reason <text>', 'why: required')
    .option('--by <reviewer>', 'who decides (default: the OS user)')
    .option('--json', 'print JSON')
    .action(async (a: string, b: string, options: SplitOptions, command: Command) => {
      const dossier = ctx.dossier(command);
      const decision = await splitDesignation(dossier, {
        entities: [a, b],
        reason: options.reason,
        actor: actorOf(options.by),
      });
      if (options.json) return printJson(ctx.io, decision);
      ctx.io.out.write(
        `Split ${decision.entities.join(' and ')}: not one designation (${decision.reason}); ` +
          'a running server heeds it at its next index refresh\n',
      );
    });
  designations
    .command('unsplit')
    .description('withdraw a split: the entries merge again if a key links them')
    .argument('<entity-a>')
    .argument('<entity-b>')
    .option('--reason <text>', 'why (optional; kept in the audit trail)')
    .option('--by <reviewer>', 'who decides (default: the OS user)')
    .action(async (a: string, b: string, options: SplitOptions, command: Command) => {
      const request = { entities: [a, b] as [string, string], reason: options.reason };
      await withdrawSplit(ctx.dossier(command), { ...request, actor: actorOf(options.by) });
      ctx.io.out.write(`Withdrew the split of ${a} and ${b}\n`);
    });
}
