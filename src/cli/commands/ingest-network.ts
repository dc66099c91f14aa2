/**
 * The network side of `dossier ingest`: network files (`--format ownership-csv|bods`) go into
 * the graph, and after a list loads, the relations it states replace its edges in the graph.
 */
import { graphFromList, ingestNetwork } from '../../app/network/index.js';
import { UsageError } from '../errors.js';
import type { CommandContext } from '../context.js';
import { formatCount } from '../output.js';

/** Problems shown without --verbose: the rest are counted. */
const SHOWN = 20;

const byTypeText = (byType: Record<string, number | undefined>) =>
  Object.entries(byType)
    .map(([type, n]) => `${type} ${formatCount(n ?? 0)}`)
    .join(', ');

function printProblems(
  ctx: CommandContext,
  problems: { where: string; reason: string }[],
  label: string,
  verbose: boolean,
) {
  const shown = verbose ? problems : problems.slice(0, SHOWN);
  for (const p of shown) ctx.io.err.write(`${label}: ${p.where}: ${p.reason}\n`);
  if (shown.length < problems.length) {
    ctx.io.err.write(
      `${label}: and ${problems.length - shown.length} more (--verbose lists them)\n`,
    );
  }
}

export async function ingestNetworkFiles(
  ctx: CommandContext,
  files: string[],
  options: { dataset: string; format: string; verbose?: boolean },
): Promise<void> {
  if (files.length !== 1) throw new UsageError('a network file is loaded one at a time');
  const dossier = ctx.dossier(undefined, { create: true });
  const summary = await ingestNetwork(dossier, {
    file: files[0]!,
    format: options.format,
    dataset: options.dataset,
  });
  for (const note of summary.notes) ctx.io.err.write(`note: ${note}\n`);
  printProblems(ctx, summary.problems, 'not loaded', !!options.verbose);
  ctx.io.out.write(
    `Loaded ${summary.dataset} into the network: ${formatCount(summary.edges)} edges ` +
      `(${byTypeText(summary.byType)}), ${formatCount(summary.nodes)} nodes written, ` +
      `from ${summary.file} (${summary.format}) in ${summary.seconds.toFixed(1)} s` +
      (summary.replaced
        ? `; ${formatCount(summary.replaced)} edges of the last load replaced`
        : '') +
      (summary.problems.length ? `; ${formatCount(summary.problems.length)} rows not loaded` : '') +
      '\n',
  );
}

/** After a list load: its relations into the graph. A failure here leaves the list loaded. */
export async function graphAfterListLoad(ctx: CommandContext, dataset: string, verbose: boolean) {
  try {
    const summary = await graphFromList(ctx.dossier(undefined, { create: true }), dataset);
    if (summary.edges === 0 && summary.replaced === 0 && summary.problems.length === 0) return;
    if (verbose) for (const w of summary.warnings) ctx.io.err.write(`warning: ${w}\n`);
    printProblems(ctx, summary.problems, 'network', verbose);
    ctx.io.out.write(
      `Network: ${formatCount(summary.edges)} edges from ${dataset}` +
        (summary.edges ? ` (${byTypeText(summary.byType)})` : '') +
        (summary.problems.length ? `; ${formatCount(summary.problems.length)} not resolved` : '') +
        '\n',
    );
  } catch (error) {
    ctx.io.err.write(
      `warning: the network was not updated from ${dataset}: ${(error as Error).message}\n`,
    );
  }
}
