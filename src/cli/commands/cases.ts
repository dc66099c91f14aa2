/**
 * `dossier case create <case>` and `dossier cases`: the investigations documents are added to.
 * Only `case create` may create the database file.
 */
import type { Command } from 'commander';
import type { CaseInfo } from '../../store/cases/index.js';
import type { CommandContext } from '../context.js';
import { printJson, printTable } from '../output.js';

function caseJson(c: CaseInfo, counts?: { total: number; failed: number }) {
  return { name: c.name, title: c.title, created_at: c.createdAt, ...counts };
}

export function registerCases(program: Command, ctx: CommandContext) {
  const group = program.command('case').description('create a case to add documents to');
  group
    .command('create')
    .description('create a case: a named set of documents (a leak, an investigation)')
    .argument('<case>', 'its name on the command line: letters, digits, ".", "_", "-"')
    .option('--title <title>', 'a longer title')
    .option('--json', 'print JSON')
    .action(async (name: string, options: { title?: string; json?: boolean }, command: Command) => {
      const documents = ctx.dossier(command, { create: true }).documents;
      const created = await documents.createCase(name, options.title ?? null);
      if (options.json) return printJson(ctx.io, caseJson(created));
      ctx.io.out.write(
        `Created case ${created.name}: add documents with dossier add ${name} <path>\n`,
      );
    });
  for (const sub of group.commands) sub.exitOverride();

  program
    .command('cases')
    .description('list the cases with their number of documents')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      const dossier = ctx.dossier(command);
      const cases = await dossier.documents.listCases();
      const rows = [];
      for (const c of cases) {
        const counts = await dossier.cases.countDocuments(c.name);
        rows.push({ c, counts: { total: counts.total, failed: counts.failed } });
      }
      if (options.json)
        return printJson(
          ctx.io,
          rows.map((r) => caseJson(r.c, r.counts)),
        );
      if (rows.length === 0) {
        ctx.io.out.write('No cases yet: try dossier case create <case>\n');
        return;
      }
      printTable(
        ctx.io,
        ['CASE', 'DOCUMENTS', 'FAILED', 'CREATED', 'TITLE'],
        rows.map(({ c, counts }) => [
          c.name,
          String(counts.total),
          String(counts.failed),
          c.createdAt,
          c.title ?? '',
        ]),
      );
    });
}
