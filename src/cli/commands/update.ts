import type { Command } from 'commander';
import { PUBLISHED_LISTS } from '../../app/publishers.js';
import { type UpdateResult, update } from '../../app/update.js';
import { DossierError } from '../../core/errors/index.js';
import { unknownNameMessage } from '../../core/suggest/index.js';
import { shrinkShare } from '../../app/ingest-guards.js';
import type { CommandContext } from '../context.js';
import { graphAfterListLoad } from './ingest-network.js';
import { UsageError } from '../errors.js';
import { formatCount } from '../output.js';
import { NO_INDEX_HELP, saveIndexAfterLoad } from './index-snapshot.js';

/** Lists that could not be updated; the message says what to do when the network is the cause. */
class UpdateFailed extends DossierError {
  override readonly name = 'UpdateFailed';
  readonly code = 'unavailable';
}

/** Refuse unknown list names, each with its near miss, and list the valid ones. */
function checkNames(datasets: readonly string[]) {
  const valid = PUBLISHED_LISTS.map((l) => l.dataset);
  const unknown = datasets.filter((d) => !valid.includes(d));
  if (unknown.length) {
    throw new UsageError(unknown.map((d) => unknownNameMessage('list', d, valid)).join('; '));
  }
}

/** Why the update failed, and, when the publishers could not be reached, what to do instead. */
function failure(results: readonly UpdateResult[]): UpdateFailed {
  const failed = results.filter((r) => r.error);
  const codes = [...new Set(failed.flatMap((r) => (r.networkCode ? [r.networkCode] : [])))];
  let message = `${failed.length} of ${results.length} lists could not be updated`;
  if (codes.length > 0) {
    message +=
      `: the publishers could not be reached (${codes.join(', ')}). ` +
      'To load list files you already have, run "dossier ingest <file> --dataset <name>" ' +
      '(e.g. dossier ingest sdn.csv --dataset ofac)';
  }
  return new UpdateFailed(message);
}

export function registerUpdate(program: Command, ctx: CommandContext) {
  program
    .command('update')
    .description('download the current official lists from their publishers and load them')
    .argument(
      '[datasets...]',
      `which lists (default all: ${PUBLISHED_LISTS.map((l) => l.dataset).join(', ')})`,
    )
    .option('--keep <dir>', 'keep the downloaded files in this folder')
    .option('--no-index', NO_INDEX_HELP)
    .action(async (datasets: string[], options: { keep?: string; index: boolean }) => {
      checkNames(datasets);
      const lists = datasets.length
        ? PUBLISHED_LISTS.filter((l) => datasets.includes(l.dataset))
        : PUBLISHED_LISTS;
      const maxShrink = ctx.env.DOSSIER_MAX_SHRINK;
      // Update loads lists: it may create the database.
      const results = await update(ctx.store({ create: true }), lists, {
        keepDir: options.keep,
        fetch: ctx.fetch,
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
          await graphAfterListLoad(ctx, r.dataset, false);
        } else {
          ctx.io.out.write(`${r.dataset}: not updated: ${r.error}\n`);
        }
      }
      if (options.index && results.some((r) => r.summary)) await saveIndexAfterLoad(ctx);
      if (results.some((r) => r.error)) throw failure(results);
    });
}
