import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { formatCount, printJson, printTable } from '../output.js';

export function registerDatasets(program: Command, ctx: CommandContext) {
  program
    .command('datasets')
    .description('list the loaded datasets with their current version and counts')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const versions = await ctx.store().datasets();
      if (options.json) {
        printJson(
          ctx.io,
          versions.map((v) => ({
            name: v.dataset,
            version: v.version,
            loaded_at: v.loadedAt,
            published: v.published,
            format: v.format,
            source_files: v.sourceFiles,
            entities: v.entities,
            targets: v.targets,
            schemata: v.schemata,
          })),
        );
        return;
      }
      if (versions.length === 0) {
        ctx.io.out.write('No datasets loaded yet: try dossier ingest <file> --dataset <name>\n');
        return;
      }
      printTable(
        ctx.io,
        ['DATASET', 'VERSION', 'PUBLISHED', 'LOADED', 'TARGETS', 'ENTITIES', 'FORMAT', 'FILES'],
        versions.map((v) => [
          v.dataset,
          String(v.version),
          v.published ?? '-',
          v.loadedAt,
          formatCount(v.targets),
          formatCount(v.entities),
          v.format,
          v.sourceFiles.join(', '),
        ]),
      );
    });
}
