import type { Command } from 'commander';
import { PUBLISHED_LISTS } from '../../app/publishers.js';
import { shrinkShare } from '../../app/ingest-guards.js';
import { update } from '../../app/update.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { formatCount } from '../output.js';

export function registerUpdate(program: Command, ctx: CommandContext) {
  program
    .command('update')
    .description('download the current official lists from their publishers and load them')
    .argument(
      '[datasets...]',
      `which lists (default all: ${PUBLISHED_LISTS.map((l) => l.dataset).join(', ')})`,
    )
    .option('--keep <dir>', 'keep the downloaded files in this folder')
    .action(async (datasets: string[], options: { keep?: string }) => {
      const unknown = datasets.filter((d) => !PUBLISHED_LISTS.some((l) => l.dataset === d));
      if (unknown.length) throw new UsageError(`unknown list(s): ${unknown.join(', ')}`);
      const lists = datasets.length
        ? PUBLISHED_LISTS.filter((l) => datasets.includes(l.dataset))
        : PUBLISHED_LISTS;
      const maxShrink = ctx.env.DOSSIER_MAX_SHRINK;
      const results = await update(ctx.store(), lists, {
        keepDir: options.keep,
        // A download cut short is refused like any load (DOSSIER_MAX_SHRINK, else 10%).
        ingest: maxShrink ? { maxShrink: shrinkShare(maxShrink, 'DOSSIER_MAX_SHRINK') } : {},
        onList: (dataset) => ctx.io.err.write(`Downloading ${dataset}...\n`),
      });
      for (const r of results) {
        if (r.summary) {
          const v = r.summary.version;
          ctx.io.out.write(
            `${r.dataset}: version ${v.version}, ${formatCount(v.targets)} targets\n`,
          );
        } else {
          ctx.io.out.write(`${r.dataset}: not updated: ${r.error}\n`);
        }
      }
      const failed = results.filter((r) => r.error).length;
      if (failed) throw new Error(`${failed} of ${results.length} lists could not be updated`);
    });
}
