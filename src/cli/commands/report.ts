/**
 * `dossier report <case> --out case.html`: the case as an offline HTML report (timeline, parties
 * and their list matches, claims, mentions, each linked to its page with the span highlighted).
 */
import type { Command } from 'commander';
import { pageCacheDir, writeReport } from '../../app/report/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { formatCount } from '../output.js';

interface ReportFlags {
  out: string;
  images?: string;
  embed?: boolean;
  threshold: string;
}

export function registerReport(program: Command, ctx: CommandContext) {
  program
    .command('report')
    .description('write an offline HTML report of a case, every statement linked to its page')
    .argument('<case>', 'the case')
    .requiredOption('--out <file>', 'the HTML file to write')
    .option('--images <dir>', 'write the page images to this folder rather than into the HTML')
    .option('--embed', 'put the page images into the HTML however large it gets')
    .option('--threshold <score>', 'the score from which a list entity is a match', '0.7')
    .action(async (caseName: string, options: ReportFlags, command: Command) => {
      if (options.images !== undefined && options.embed) {
        throw new UsageError('give --images <dir> or --embed, not both');
      }
      const threshold = Number(options.threshold);
      if (options.threshold.trim() === '' || !(threshold >= 0 && threshold <= 1)) {
        throw new UsageError(
          `--threshold must be a number from 0 to 1, not "${options.threshold}"`,
        );
      }
      const dossier = ctx.dossier(command);
      // The case first: a mistyped name is refused before any list is read.
      await dossier.documents.requireCase(caseName);
      const matchIndex = async () => {
        // No list: nothing to build, and the report says the parties were not screened.
        if ((await dossier.lists.datasets()).length === 0) return null;
        const service = await dossier.matching();
        service.progress = (line) => ctx.io.err.write(`${line}\n`);
        await service.refresh();
        return service.catalog ? { matcher: service.matcher, catalog: service.catalog } : null;
      };
      const summary = await writeReport(
        { cases: dossier.cases, documents: dossier.documents, matchIndex },
        caseName,
        {
          out: options.out,
          images: options.images,
          embed: options.embed,
          threshold,
          blobs: dossier.blobs,
          cacheDir: pageCacheDir(dossier.location),
        },
      );
      const where = summary.imageFolder
        ? `${summary.images} page images in ${summary.imageFolder}`
        : `${summary.images} page images inside`;
      const screened =
        summary.matched === null
          ? 'parties not screened: no list loaded'
          : `${summary.matched} of ${summary.parties} parties with a list match`;
      ctx.io.out.write(
        `Wrote ${summary.path} (${formatCount(summary.bytes)} bytes): ${summary.timeline} timeline entries, ` +
          `${summary.parties} parties (${screened}), ${summary.claims} claims, ` +
          `${summary.pages} pages, ${where}\n`,
      );
    });
}
