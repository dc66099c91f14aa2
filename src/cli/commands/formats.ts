import type { Command } from 'commander';
import { SOURCES } from '../../sources/registry.js';
import type { CommandContext } from '../context.js';
import { printJson, printTable } from '../output.js';

export function registerFormats(program: Command, ctx: CommandContext) {
  program
    .command('formats')
    .description('list the input formats that ingest reads')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => {
      const rows = SOURCES.map((s) => ({
        format: s.format,
        description: s.description,
        incremental: s.incremental ?? false,
      }));
      if (options.json) return printJson(ctx.io, rows);
      printTable(
        ctx.io,
        ['FORMAT', 'DESCRIPTION'],
        rows.map((r) => [r.format, r.description]),
      );
    });
}
