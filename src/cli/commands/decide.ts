import type { Command } from 'commander';
import { decide } from '../../app/screening/index.js';
import { DECISION_KINDS } from '../../core/screening/index.js';
import type { CommandContext } from '../context.js';
import { printJson } from '../output.js';
import { actorOf, withRepo } from './screening-common.js';

interface DecideOptions {
  as: string;
  reason?: string;
  by?: string;
  json?: boolean;
}

export function registerDecide(program: Command, ctx: CommandContext) {
  program
    .command('decide')
    .description("record a reviewer's decision on a hit; later screenings of the party heed it")
    .argument('<run-id>', 'the run that raised the hit')
    .argument('<key>', "the hit's row: its key (customer ID or line:<n>), or its line number")
    .argument('<entity-id>', 'the listed entity hit, e.g. ofac-12345')
    .requiredOption('--as <decision>', DECISION_KINDS.join(' | '))
    .option('--reason <text>', 'why: required, it goes into the audit trail')
    .option('--by <reviewer>', 'who decides (default: the OS user)')
    .option('--json', 'print JSON')
    .action(
      (runId: string, key: string, entityId: string, options: DecideOptions, command: Command) =>
        withRepo(ctx, command, async (repo) => {
          const result = await decide(repo, {
            runId,
            key,
            entityId,
            as: options.as,
            reason: options.reason,
            actor: actorOf(options.by),
          });
          if (options.json) {
            const { id, decision, hit } = result;
            return printJson(ctx.io, {
              id,
              decision,
              run: runId,
              row: hit.row,
              key: hit.key ?? null,
              entity_id: hit.entityId,
              party: hit.partyKey,
              entity_digest: hit.entityDigest,
            });
          }
          ctx.io.out.write(
            `Decision ${result.id}: ${result.decision} for ${result.hit.key ?? `row ${result.hit.row}`} and ` +
              `${result.hit.entityId} (${result.hit.caption}) in run ${runId}\n`,
          );
        }),
    );
}
