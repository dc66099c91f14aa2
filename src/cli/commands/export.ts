import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { unknownNameMessage } from '../../core/suggest/index.js';
import type { CommandContext } from '../context.js';
import { NotFoundError, UsageError } from '../errors.js';

/** Write a line, waiting when the stream asks us to (a million entities must not pile up). */
async function writeLine(out: Writable, line: string) {
  if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
}

export function registerExport(program: Command, ctx: CommandContext) {
  program
    .command('export')
    .description('write a dataset as FollowTheMoney JSON lines (ingest reads them back)')
    .argument('<dataset>', 'the dataset name')
    .option('--format <format>', 'output format (ftm)', 'ftm')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (dataset: string, options: { format: string; out?: string }) => {
      if (options.format !== 'ftm')
        throw new UsageError(`unknown export format "${options.format}"; use ftm`);
      const store = ctx.store();
      const known = (await store.datasets()).map((d) => d.dataset);
      if (!known.includes(dataset)) {
        throw new NotFoundError(unknownNameMessage('dataset', dataset, known, 'loaded'));
      }
      const out = options.out ? createWriteStream(options.out) : ctx.io.out;
      for await (const entity of store.exportEntities(dataset)) {
        await writeLine(out, `${JSON.stringify(entity)}\n`);
      }
      if (options.out) {
        out.end();
        await finished(out);
      }
    });
}
