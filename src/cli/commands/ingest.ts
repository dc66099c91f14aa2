import type { Command } from 'commander';
import { ingest } from '../../app/ingest.js';
import { checkDay, DEFAULT_MAX_SHRINK, shrinkShare } from '../../app/ingest-guards.js';
import type { CommandContext } from '../context.js';
import { formatCount, progressReporter } from '../output.js';
import { NO_INDEX_HELP, saveIndexAfterLoad } from './index-snapshot.js';
import { ingestTradeFiles } from './ingest-trade.js';
import { TRADE_FORMATS } from '../../app/trade/index.js';
import { graphAfterListLoad, ingestNetworkFiles } from './ingest-network.js';

/** Formats that load into the network rather than as a list (--format names them). */
const NETWORK_LOADERS: Record<string, typeof ingestNetworkFiles> = {
  'ownership-csv': ingestNetworkFiles,
  bods: ingestNetworkFiles,
};

// A rejected value is quoted up to this many characters: an over-long name (millions of one
// letter) is shown by its start and length, not written out whole to the terminal.
const MAX_QUOTED = 200;

function quoted(raw: string): string {
  if (raw.length <= MAX_QUOTED) return JSON.stringify(raw);
  return `${JSON.stringify(raw.slice(0, MAX_QUOTED))}… (${formatCount(raw.length)} characters)`;
}

interface IngestOptions {
  dataset: string;
  format?: string;
  verbose?: boolean;
  published?: string;
  allowOlder?: boolean;
  allowShrink?: boolean;
  maxShrink?: string;
  /** False with --no-index. */
  index: boolean;
  /** Trade records: field=Column pairs. */
  map?: string[];
}

/** The share of targets a version may lose: --max-shrink, else $DOSSIER_MAX_SHRINK, else 10%. */
function maxShrinkOf(options: IngestOptions, env: NodeJS.ProcessEnv): number {
  if (options.maxShrink !== undefined) return shrinkShare(options.maxShrink, '--max-shrink');
  const fromEnv = env.DOSSIER_MAX_SHRINK;
  if (fromEnv !== undefined && fromEnv !== '') return shrinkShare(fromEnv, 'DOSSIER_MAX_SHRINK');
  return DEFAULT_MAX_SHRINK;
}

function collectMap(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerIngest(program: Command, ctx: CommandContext) {
  program
    .command('ingest')
    .description('load list files into a dataset as a new version')
    .argument(
      '<files...>',
      'the list files (OFAC sdn.csv brings add.csv, alt.csv, sdn_comments.csv)',
    )
    .requiredOption('--dataset <name>', 'the dataset to load into, e.g. ofac')
    .option(
      '--format <format>',
      'the input format, when detection should be overridden; ownership-csv and bods load into the network, trade-csv into trade records',
    )
    .option('--verbose', 'list every warning and rejected value on stderr')
    .option(
      '--published <YYYY-MM-DD>',
      "the list's publication day, for files that state none (OFAC's CSV, FtM exports)",
    )
    .option('--allow-older', 'load a file published before the current version')
    .option('--allow-shrink', 'load a version that loses more targets than --max-shrink allows')
    .option(
      '--max-shrink <percent>',
      `the share of targets a new version may lose (default: $DOSSIER_MAX_SHRINK, else ${DEFAULT_MAX_SHRINK * 100})`,
    )
    .option('--no-index', NO_INDEX_HELP)
    .option(
      '--map <field=column>',
      'trade-csv: read a column as a field (repeatable)',
      collectMap,
      [],
    )
    .action(async (files: string[], options: IngestOptions) => {
      if (options.format && TRADE_FORMATS.has(options.format)) {
        return ingestTradeFiles(ctx, files, options);
      }
      const network = options.format ? NETWORK_LOADERS[options.format] : undefined;
      if (network) return network(ctx, files, { ...options, format: options.format! });
      const maxShrink = maxShrinkOf(options, ctx.env);
      if (options.published !== undefined) checkDay(options.published, '--published');
      // Ingest loads lists: it may create the database.
      const store = ctx.store({ create: true });
      const progress = progressReporter(ctx.io, `ingest ${options.dataset}`);
      try {
        const summary = await ingest(store, {
          files,
          dataset: options.dataset,
          format: options.format,
          published: options.published,
          allowOlder: options.allowOlder,
          allowShrink: options.allowShrink,
          maxShrink,
          onProgress: progress.update,
        });
        progress.clear();
        for (const note of summary.notes) ctx.io.err.write(`note: ${note}\n`);
        if (options.verbose) {
          for (const w of summary.warnings) ctx.io.err.write(`warning: ${w}\n`);
          for (const r of summary.rejected) {
            ctx.io.err.write(`rejected: ${r.entityId} ${r.prop}: ${quoted(r.raw)}\n`);
          }
        }
        const v = summary.version;
        const extras = [
          summary.rejected.length ? `${formatCount(summary.rejected.length)} values rejected` : '',
          summary.warnings.length ? `${formatCount(summary.warnings.length)} warnings` : '',
        ].filter(Boolean);
        ctx.io.out.write(
          `Loaded ${v.dataset} version ${v.version}: ${formatCount(v.targets)} targets, ` +
            `${formatCount(v.entities)} entities from ${summary.files.length} file(s) ` +
            `(${summary.format}) in ${summary.seconds.toFixed(1)} s` +
            (v.published ? `, published ${v.published}` : '') +
            (extras.length ? `; ${extras.join(', ')} (--verbose lists them)` : '') +
            '\n',
        );
      } finally {
        progress.clear();
      }
      await graphAfterListLoad(ctx, options.dataset, !!options.verbose);
      if (options.index) await saveIndexAfterLoad(ctx);
    });
}
