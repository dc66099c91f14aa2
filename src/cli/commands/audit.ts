import { closeSync, openSync, writeSync } from 'node:fs';
import type { Command } from 'commander';
import { auditFormat, expectedHead, exportAudit } from '../../app/screening/index.js';
import { pruneAudit, readAuditHead, retentionDays } from '../../app/screening/index.js';
import { readCheckpoints, readPublicKey, verifyAudit } from '../../app/screening/index.js';
import { type ExpectedHead, formatHead } from '../../core/screening/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { formatCount, printJson } from '../output.js';
import { registerAuditKeys } from './audit-keys.js';
import { collect, withRepo } from './screening-common.js';

interface VerifyOptions {
  expectHead?: string;
  checkpoints?: string;
  publicKey: string[];
}

/** The heads of the checkpoints file, each signature checked against the public keys given. */
function checkpointHeads(options: VerifyOptions): ExpectedHead[] {
  if (!options.checkpoints) {
    if (options.publicKey.length > 0) throw new UsageError('--public-key goes with --checkpoints');
    return [];
  }
  if (options.publicKey.length === 0) {
    throw new UsageError('--checkpoints needs --public-key <pem>: the key that checks them');
  }
  return readCheckpoints(options.checkpoints, options.publicKey.map(readPublicKey));
}

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
      "check every record's hash and link, and that every run, decision, designation split, xref decision, case note and document tag has its records; " +
        'exits 1 naming the first problem',
    )
    .option('--expect-head <seq:hash>', 'fail unless the trail holds this record (from audit head)')
    .option('--checkpoints <file>', 'fail unless the trail holds the head of every checkpoint')
    .option(
      '--public-key <pem>',
      'the public key that checks the checkpoints (repeatable: keys replaced over time)',
      collect,
      [],
    )
    .option('--db <path>', 'the database file (default: $DOSSIER_DB or ./dossier.db)')
    .action((options: VerifyOptions, command: Command) =>
      withRepo(ctx, command, async (repo) => {
        const expectHead = options.expectHead ? expectedHead(options.expectHead) : null;
        const checkpoints = checkpointHeads(options);
        const dossier = ctx.dossier(command);
        const { records, pruned, head } = await verifyAudit(repo, {
          expectHead,
          checkpoints,
          ...dossier.auditKept(),
        });
        const end = head ? `; last record ${head.seq}, hash ${head.hash}` : '';
        const prunedText =
          pruned > 0 ? ` (${formatCount(pruned)} match records pruned to their payload hash)` : '';
        const held =
          options.checkpoints === undefined
            ? ''
            : checkpoints.length === 1
              ? '; 1 signed checkpoint holds'
              : `; ${formatCount(checkpoints.length)} signed checkpoints hold`;
        ctx.io.out.write(
          `Audit trail intact: ${formatCount(records)} records${prunedText}${held}${end}\n`,
        );
      }),
    );
  audit
    .command('prune')
    .description(
      'replace the payloads of match records older than the retention period by their hash ' +
        '(the chain still verifies); runs, batches and decisions are never pruned',
    )
    .option(
      '--older-than <days>',
      'the retention period in days (default: $DOSSIER_AUDIT_RETENTION_DAYS or 90)',
    )
    .option('--db <path>', 'the database file (default: $DOSSIER_DB or ./dossier.db)')
    .action((options: { olderThan?: string }, command: Command) =>
      withRepo(ctx, command, async (repo) => {
        const days = retentionDays(options.olderThan, ctx.env);
        if (days === null) {
          ctx.io.out.write('Retention is off: no payload pruned\n');
          return;
        }
        const { records, bytes, before } = await pruneAudit(repo, days);
        ctx.io.out.write(
          `Pruned ${formatCount(records)} match records written before ${before} ` +
            `(${formatCount(bytes)} payload bytes)\n`,
        );
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
  registerAuditKeys(audit, ctx);
}
