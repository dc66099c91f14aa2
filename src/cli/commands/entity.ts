import type { Command } from 'commander';
import { statementId } from '../../core/model/index.js';
import { NotFoundError } from '../errors.js';
import type { CommandContext } from '../context.js';
import { printJson, printTable } from '../output.js';

export function registerEntity(program: Command, ctx: CommandContext) {
  program
    .command('entity')
    .description('show an entity as FollowTheMoney JSON, or the source of every value')
    .argument('<id>', 'the entity ID, e.g. ofac-46431')
    .option('--json', 'print JSON')
    .option('--statements', 'list every value with its dataset, source text and dates')
    .action(async (id: string, options: { json?: boolean; statements?: boolean }) => {
      const store = ctx.store();
      if (options.statements) {
        const statements = await store.statements(id);
        if (statements.length === 0) throw new NotFoundError(`no entity with ID ${id}`);
        const rows = statements.map((s) => ({ id: statementId(s), ...s }));
        if (options.json) return printJson(ctx.io, rows);
        printTable(
          ctx.io,
          ['PROP', 'VALUE', 'LANG', 'DATASET', 'FIRST SEEN', 'SOURCE TEXT'],
          statements.map((s) => [
            s.prop,
            s.value,
            s.lang ?? '',
            s.dataset,
            s.firstSeen ?? '',
            s.originalValue ?? '',
          ]),
        );
        return;
      }
      const entity = await store.entity(id);
      if (!entity) throw new NotFoundError(`no entity with ID ${id}`);
      if (options.json) return printJson(ctx.io, entity);
      ctx.io.out.write(`${entity.caption} (${entity.schema}, ${entity.id})\n`);
      ctx.io.out.write(`datasets: ${entity.datasets.join(', ')}\n`);
      for (const [prop, values] of Object.entries(entity.properties)) {
        ctx.io.out.write(`  ${prop}: ${values.join('; ')}\n`);
      }
    });
}
