import type { Command } from 'commander';
import { unknownNameMessage } from '../../core/suggest/index.js';
import type { CommandContext } from '../context.js';
import { NotFoundError } from '../errors.js';
import { formatCount, printJson } from '../output.js';

export function registerDiff(program: Command, ctx: CommandContext) {
  program
    .command('diff')
    .description('show what changed between the last two versions of a dataset')
    .argument('<dataset>', 'the dataset name')
    .option('--json', 'print JSON')
    .action(async (dataset: string, options: { json?: boolean }) => {
      const diff = await ctx.store().diff(dataset);
      if (!diff) {
        const known = (await ctx.store().datasets()).map((d) => d.dataset);
        throw new NotFoundError(unknownNameMessage('dataset', dataset, known, 'loaded'));
      }
      const of = (kind: string) => diff.changes.filter((c) => c.change === kind);
      const [added, removed, modified] = [of('added'), of('removed'), of('modified')];
      if (options.json) {
        const ids = (list: typeof added) => list.map((c) => ({ id: c.entityId, schema: c.schema }));
        return printJson(ctx.io, {
          dataset,
          from_version: diff.from,
          to_version: diff.to,
          added: ids(added),
          removed: ids(removed),
          modified: modified.map((c) => ({ id: c.entityId, schema: c.schema, props: c.props })),
        });
      }
      if (diff.from === null) {
        ctx.io.out.write(`${dataset} has one version (${diff.to}): nothing to compare yet\n`);
        return;
      }
      ctx.io.out.write(
        `${dataset} version ${diff.from} → ${diff.to}: ${formatCount(added.length)} added, ` +
          `${formatCount(removed.length)} removed, ${formatCount(modified.length)} modified\n`,
      );
      for (const c of added) ctx.io.out.write(`+ ${c.entityId} (${c.schema})\n`);
      for (const c of removed) ctx.io.out.write(`- ${c.entityId} (${c.schema})\n`);
      for (const c of modified) {
        ctx.io.out.write(`~ ${c.entityId} (${c.schema}): ${c.props.join(', ')}\n`);
      }
    });
}
