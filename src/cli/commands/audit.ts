import { closeSync, openSync, writeSync } from 'node:fs';
import type { Command } from 'commander';
import { auditFormat, expectedHead, exportAudit } from '../../app/screening/index.js';
import { readAuditHead, verifyAudit } from '../../app/screening/index.js';
import { formatHead } from '../../core/screening/index.js';
import type { CommandContext } from '../context.js';
import { formatCount, printJson } from '../output.js';
import { withRepo } from './screening-common.js';

export function registerAudit(program: Command, ctx: CommandContext) {
  const audit = program
    .command('audit')
    .description('check or export the audit trail of screenings and decisions');
  audit
    .command('head')
    .description('print the last record (<seq>:<hash>); keep it elsewhere to check the trail later')
    .option('--json', 'print JSON')
    .option('--db <path>', 'the database file (default: $DOSSIER_DB or ./dossier.db)')
    .action((options: { json?: boolean }, command: Command) =>
      withRepo(ctx, command, async (repo) => {
        const head = await readAuditHead(repo);
        if (options.json) {
          printJson(
            ctx.io,
            head ? { seq: head.seq, hash: head.hash, head: formatHead(head) } : null,
          );
          return;
        }
        ctx.io.out.write(head ? `${formatHead(head)}\n` : 'The audit trail is empty\n');
      }),
    );
  audit
    .command('verify')
    .description(
      "check every record's hash and link, and that every run, decision and designation split has its records; " +
        'exits 1 naming the first problem',
    )
    .option('--expect-head <seq:hash>', 'fail unless the trail holds this record (from audit head)')
    .option('--db <path>', 'the database file (default: $DOSSIER_DB or ./dossier.db)')
    .action((options: { expectHead?: string }, command: Command) =>
      withRepo(ctx, command, async (repo) => {
        const expectHead = options.expectHead ? expectedHead(options.expectHead) : null;
        const designations = ctx.dossier(command).designations;
        const splits = () => designations.splits();
        const { records, head } = await verifyAudit(repo, { expectHead, splits });
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
