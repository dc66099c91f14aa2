/**
 * `dossier ingest <file> --format trade-csv --dataset <name> [--map field=Column,...]`: shipment
 * records rather than a list. Kept apart from ingest.ts, which only sends these formats here.
 */
import { ingestTrade, tradeDepsOf } from '../../app/trade/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { formatCount } from '../output.js';

export async function ingestTradeFiles(
  ctx: CommandContext,
  files: string[],
  options: { dataset: string; map?: string[]; verbose?: boolean },
): Promise<void> {
  if (files.length !== 1) throw new UsageError('trade records are loaded one file at a time');
  const deps = tradeDepsOf(ctx.dossier(undefined, { create: true }));
  const summary = await ingestTrade(deps, {
    file: files[0]!,
    dataset: options.dataset,
    map: options.map ?? [],
  });
  for (const row of summary.rejected) {
    ctx.io.err.write(`rejected: line ${row.line}: ${row.reasons.join('; ')}\n`);
  }
  for (const note of summary.notes) ctx.io.err.write(`note: ${note}\n`);
  const columns = Object.entries(summary.columns)
    .map(([field, column]) => (field === column ? field : `${field}=${column}`))
    .join(', ');
  ctx.io.out.write(
    `Loaded trade dataset ${summary.dataset}: ${formatCount(summary.records)} shipments` +
      (summary.rejected.length ? `, ${formatCount(summary.rejected.length)} rows rejected` : '') +
      `; ${formatCount(summary.edges)} shipment edges, ${summary.resolved} parties resolved to ` +
      `listed entities, ${summary.unresolved} new (${summary.seconds.toFixed(1)} s)\n` +
      `Columns: ${columns}\n`,
  );
}
