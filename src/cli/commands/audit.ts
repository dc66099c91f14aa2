import { closeSync, openSync, writeSync } from 'node:fs';
import type { Command } from 'commander';
import { auditFormat, exportAudit, verifyAudit } from '../../app/screening/index.js';
import type { CommandContext } from '../context.js';
import { formatCount } from '../output.js';
import { withRepo } from './screening-common.js';

export function registerAudit(program: Command, ctx: CommandContext) {
  const audit = program
    .command('audit')
    .description('check or export the audit trail of screenings and decisions');
  audit
    .command('verify')
    .description("check every record's hash and link; exits 1 naming the first broken record")
    .option('--db <path>', 'the database file (default: $DOSSIER_DB or ./dossier.db)')
    .action((_options: unknown, command: Command) =>
      withRepo(ctx, command, async (repo) => {
        const { records, head } = await verifyAudit(repo);
        const end = head ? `; last record ${head.seq}, hash ${head.hash}` : '';
        ctx.io.out.write(`Audit trail intact: ${formatCount(records)} records${end}\n`);
      }),
    );
  audit
    .command('export')
    .description('write every audit record as JSON lines or CSV')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--out <file>', 'write to a file (default: stdout)')
    .option('--db <path>', 'the database file (default: $DOSSIER_DB or ./dossier.db)')
    .action((options: { format: string; out?: string }, command: Command) =>
      withRepo(ctx, command, async (repo) => {
        const format = auditFormat(options.format);
        if (!options.out) {
          for await (const text of exportAudit(repo, format)) {
            if (!ctx.io.out.write(text)) await new Promise((r) => ctx.io.out.once('drain', r));
          }
          return;
        }
        const fd = openSync(options.out, 'w');
        try {
          for await (const text of exportAudit(repo, format)) writeSync(fd, text);
        } finally {
          closeSync(fd);
        }
      }),
    );
}
