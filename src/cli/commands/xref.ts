/**
 * `dossier xref <case>`: every organisation and person named in a case's documents screened
 * against the loaded lists, best match first, each with the pages it is mentioned on.
 */
import type { Command } from 'commander';
import type { XrefParty } from '../../app/documents/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { printJson, printTable } from '../output.js';

function placeOf(m: XrefParty['mentions'][number]): string {
  return `${m.fileName} p${m.page} ${m.start}-${m.end}`;
}

/** The first two places, and how many more. */
function places(p: XrefParty): string {
  const shown = p.mentions.slice(0, 2).map(placeOf).join('; ');
  const more = p.mentions.length - 2;
  return more > 0 ? `${shown}; +${more} more` : shown;
}

function partyJson(p: XrefParty) {
  return {
    kind: p.kind,
    value: p.value,
    schema: p.schema,
    names: p.names,
    identifiers: p.identifiers,
    matches: p.matches,
    mentions: p.mentions.map((m) => ({
      document_id: m.documentId,
      file_name: m.fileName,
      page: m.page,
      start: m.start,
      end: m.end,
      text: m.text,
    })),
  };
}

export function registerXref(program: Command, ctx: CommandContext) {
  program
    .command('xref')
    .description('screen every organisation and person of a case against the loaded lists')
    .argument('<case>', 'the case')
    .option('--threshold <score>', 'the score from which a list entity is a match', '0.7')
    .option('--json', 'print JSON')
    .action(
      async (
        caseName: string,
        options: { threshold: string; json?: boolean },
        command: Command,
      ) => {
        const threshold = Number(options.threshold);
        if (options.threshold.trim() === '' || !(threshold >= 0 && threshold <= 1)) {
          throw new UsageError(
            `--threshold must be a number from 0 to 1, not "${options.threshold}"`,
          );
        }
        const dossier = ctx.dossier(command);
        // The case first: a mistyped name is a usage problem whatever the lists hold.
        await dossier.documents.requireCase(caseName);
        const service = await dossier.matching();
        service.progress = (line) => ctx.io.err.write(`${line}\n`);
        await service.refresh();
        const index = { matcher: service.matcher, catalog: service.catalog! };
        const result = await dossier.documents.xref(caseName, index, { threshold });
        if (options.json) {
          return printJson(ctx.io, {
            case: caseName,
            threshold,
            screened_against: result.lists,
            parties: result.parties.map(partyJson),
          });
        }
        const matched = result.parties.filter((p) => p.matches.length > 0);
        if (matched.length > 0) {
          printTable(
            ctx.io,
            ['SCORE', 'ID', 'CAPTION', 'DATASETS', 'PARTY', 'MENTIONED'],
            matched.flatMap((p) =>
              p.matches.map((m) => [
                m.score.toFixed(2),
                m.id,
                m.caption,
                m.datasets.join(','),
                p.names[0] ?? p.value,
                places(p),
              ]),
            ),
          );
        }
        const versions = result.lists.map((l) => `${l.dataset} version ${l.version}`);
        ctx.io.out.write(
          `${result.parties.length} parties screened, ${matched.length} with a match at or ` +
            `above ${threshold}; screened against ${versions.join(', ')}\n`,
        );
      },
    );
}
