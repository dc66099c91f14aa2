/**
 * `dossier audit keygen` and `dossier audit checkpoint`: an Ed25519 key pair, and a signed
 * checkpoint of the trail's head appended to a file kept away from the database (another disk,
 * another machine, write-once storage), for `dossier audit verify --checkpoints` to check later.
 */
import type { Command } from 'commander';
import { generateAuditKey, readPrivateKey, writeCheckpoint } from '../../app/screening/index.js';
import type { CommandContext } from '../context.js';
import { printJson } from '../output.js';
import { withRepo } from './screening-common.js';

export function registerAuditKeys(audit: Command, ctx: CommandContext) {
  audit
    .command('keygen')
    .description('make an Ed25519 key pair for signed checkpoints: <out> and <out>.pub.pem')
    .requiredOption('--out <file>', 'the private key file, e.g. audit-key.pem (never overwritten)')
    .action((options: { out: string }) => {
      const { privatePath, publicPath, id } = generateAuditKey(options.out);
      ctx.io.out.write(
        `Private key ${privatePath} (keep it from the database's readers), ` +
          `public key ${publicPath}, key ID ${id}\n`,
      );
    });
  audit
    .command('checkpoint')
    .description(
      "sign the trail's head and append it to a checkpoints file; refuses when the file's last " +
        'checkpoint is no longer on the trail',
    )
    .requiredOption('--key <pem>', 'the private key from audit keygen')
    .requiredOption('--out <file>', 'the checkpoints file (JSON lines, appended to)')
    .option('--json', 'print the checkpoint as JSON')
    .option('--db <path>', 'the database file (default: $DOSSIER_DB or ./dossier.db)')
    .action((options: { key: string; out: string; json?: boolean }, command: Command) =>
      withRepo(ctx, command, async (repo) => {
        const key = readPrivateKey(options.key);
        const checkpoint = await writeCheckpoint(repo, key, options.out);
        if (options.json) {
          printJson(ctx.io, checkpoint);
          return;
        }
        ctx.io.out.write(
          checkpoint
            ? `Checkpoint of record ${checkpoint.seq} (${checkpoint.hash}) appended to ${options.out}\n`
            : 'The audit trail is empty: no checkpoint written\n',
        );
      }),
    );
}
