/**
 * `dossier xref <case>`: every organisation and person named in a case's documents screened
 * against the loaded lists, best match first, each with the pages it is mentioned on and the
 * reviewer's decision; `dossier xref-decide <case> <party-key> <entity-id> --as ...` records one.
 */
import type { Command } from 'commander';
import { type XrefParty, XREF_VERDICTS } from '../../app/documents/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { printJson, printTable } from '../output.js';
import { actorOf } from './screening-common.js';

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
    key: p.key,
    keys: p.keys,
    kind: p.kind,
    value: p.value,
    schema: p.schema,
    names: p.names,
    identifiers: p.identifiers,
    matches: p.matches.map((m) => ({
      id: m.id,
      caption: m.caption,
      schema: m.schema,
      datasets: m.datasets,
      score: m.score,
      linked: m.linked,
      decision: m.decision
        ? {
            decision: m.decision.decision,
            note: m.decision.note,
            actor: m.decision.actor,
            decided_at: m.decision.decidedAt,
            party: m.decision.party,
          }
        : null,
    })),
    mentions: p.mentions.map((m) => ({
      document_id: m.documentId,
      file_name: m.fileName,
      page: m.page,
      start: m.start,
      end: m.end,
      text: m.text,
      extractor: m.extractor,
    })),
  };
}

function parseThreshold(text: string): number {
  const threshold = Number(text);
  if (text.trim() === '' || !(threshold >= 0 && threshold <= 1)) {
    throw new UsageError(`--threshold must be a number from 0 to 1, not "${text}"`);
  }
  return threshold;
}

export function registerXref(program: Command, ctx: CommandContext) {
  program
    .command('xref')
    .description('screen every organisation and person of a case against the loaded lists')
    .argument('<case>', 'the case')
    .option('--threshold <score>', 'the score from which a list entity is a match', '0.7')
    .option('--no-scan', 'do not search the pages again for list entities named in them')
    .option('--json', 'print JSON')
    .action(
      async (
        caseName: string,
        options: { threshold: string; scan: boolean; json?: boolean },
        command: Command,
      ) => {
        const threshold = parseThreshold(options.threshold);
        const dossier = ctx.dossier(command);
        // The case first: a mistyped name is a usage problem whatever the lists hold.
        await dossier.documents.requireCase(caseName);
        const service = await dossier.matching();
        service.progress = (line) => ctx.io.err.write(`${line}\n`);
        await service.refresh();
        const index = { matcher: service.matcher, catalog: service.catalog! };
        if (options.scan) {
          const scanned = await dossier.documents.scanLists(caseName, index);
          ctx.io.err.write(
            `${scanned.mentions} list entities named in ${scanned.documents} documents\n`,
          );
        }
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
            ['SCORE', 'ID', 'CAPTION', 'DECISION', 'PARTY', 'KEY', 'MENTIONED'],
            matched.flatMap((p) =>
              p.matches.map((m) => [
                m.score.toFixed(2),
                m.id,
                m.caption,
                m.decision?.decision ?? (m.linked ? 'linked' : '-'),
                p.names[0] ?? p.value,
                p.keys.join(','),
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
  program
    .command('xref-decide')
    .description(
      "record a reviewer's decision on a party of a case and a list entity (in the audit trail)",
    )
    .argument('<case>', 'the case')
    .argument('<party-key>', 'the party, by the key xref shows (org-3f2a9c1b07)')
    .argument('<entity-id>', 'the list entity, e.g. ofac-46431')
    .requiredOption('--as <decision>', XREF_VERDICTS.join(' | '))
    .option('--note <text>', 'why, kept with the decision and in the audit trail')
    .option('--by <reviewer>', 'who decides (default: the OS user)')
    .option('--json', 'print JSON')
    .action(
      async (
        caseName: string,
        party: string,
        entityId: string,
        options: { as: string; note?: string; by?: string; json?: boolean },
        command: Command,
      ) => {
        const dossier = ctx.dossier(command);
        const done = await dossier.documents.xrefDecide(caseName, {
          party,
          entityId,
          decision: options.as,
          note: options.note,
          actor: actorOf(options.by),
        });
        const { decision, entity } = done;
        if (options.json) {
          return printJson(ctx.io, {
            id: decision.id,
            case: caseName,
            party: decision.party,
            names: done.party.names,
            entity_id: entity.id,
            caption: entity.caption,
            decision: decision.decision,
            note: decision.note,
            actor: decision.actor,
            decided_at: decision.decidedAt,
            mentions_relinked: done.relinked,
          });
        }
        ctx.io.out.write(
          `Decision ${decision.id}: ${done.party.names[0] ?? decision.party} (${decision.party}) ` +
            `is ${decision.decision === 'same' ? 'the same as' : decision.decision === 'not-same' ? 'not the same as' : 'perhaps'} ` +
            `${entity.id} (${entity.caption}); ${done.relinked} mentions relinked\n`,
        );
      },
    );
}
