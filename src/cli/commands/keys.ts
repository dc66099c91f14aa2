/**
 * `dossier keys create | list | revoke`: the API keys `dossier serve` accepts. A key is printed
 * once, when it is created; only a salted hash of it is stored, in the database file's `api_keys`
 * table.
 */
import type { Command } from 'commander';
import { issueKey, type KeyInfo, parseRole, ROLES } from '../../auth/index.js';
import type { KeyStore } from '../../store/keys/index.js';
import type { CommandContext } from '../context.js';
import { NotFoundError, UsageError } from '../errors.js';
import { printJson, printTable } from '../output.js';

/**
 * The key store of the database `--db` names (given to `keys`, before or after the action). Only
 * `keys create` may create the file: a key may be made before any list is loaded, for the server
 * that will serve them; listing or revoking keys in a missing database is an error.
 */
async function withKeys<T>(
  ctx: CommandContext,
  command: Command,
  run: (keys: KeyStore, db: string) => Promise<T>,
) {
  const dossier = ctx.dossier(command, { create: command.name() === 'create' });
  return run(dossier.keys, dossier.location);
}

function keyJson(key: KeyInfo) {
  return {
    id: key.id,
    name: key.name,
    role: key.role,
    created_at: key.createdAt,
    revoked_at: key.revokedAt,
  };
}

function checkName(name: string | undefined): string | null {
  if (name === undefined) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  if (name.trim() === '' || name.length > 100 || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new UsageError('--name must be 1 to 100 printable characters');
  }
  return name.trim();
}

interface CreateOptions {
  role: string;
  name?: string;
  json?: boolean;
}

async function create(ctx: CommandContext, options: CreateOptions, command: Command) {
  const role = parseRole(options.role);
  const name = checkName(options.name);
  await withKeys(ctx, command, async (keys, db) => {
    const { token, stored } = issueKey(role, name);
    await keys.insert(stored);
    if (options.json) {
      printJson(ctx.io, { ...keyJson(stored), key: token });
    } else {
      ctx.io.out.write(`${token}\n`);
    }
    ctx.io.err.write(
      `Created API key ${stored.id} (role ${role}${name ? `, name "${name}"` : ''}) in ${db}. ` +
        'This is the only time the key is shown: keep it now.\n',
    );
  });
}

async function list(ctx: CommandContext, options: { json?: boolean }, command: Command) {
  const all = await withKeys(ctx, command, (keys) => keys.list());
  if (options.json) {
    printJson(ctx.io, all.map(keyJson));
    return;
  }
  if (all.length === 0) {
    ctx.io.out.write('No API keys yet: try dossier keys create --role screen --name <label>\n');
    return;
  }
  printTable(
    ctx.io,
    ['ID', 'ROLE', 'STATUS', 'CREATED', 'NAME'],
    all.map((k) => [
      k.id,
      k.role,
      k.revokedAt ? `revoked ${k.revokedAt}` : 'active',
      k.createdAt,
      k.name ?? '',
    ]),
  );
}

async function revoke(ctx: CommandContext, id: string, command: Command) {
  const outcome = await withKeys(ctx, command, (keys) => keys.revoke(id));
  if (outcome === 'unknown') throw new NotFoundError(`no API key with id ${id}`);
  ctx.io.out.write(
    outcome === 'revoked' ? `Revoked API key ${id}\n` : `API key ${id} was already revoked\n`,
  );
}

export function registerKeys(program: Command, ctx: CommandContext) {
  const keys = program
    .command('keys')
    .description('create, list and revoke the API keys that dossier serve accepts');
  keys
    .command('create')
    .description('create a key and print it (once); only a salted hash is stored')
    .requiredOption('--role <role>', `what the key may do: ${ROLES.join(' < ')}`)
    .option('--name <label>', 'a label to recognise the key by')
    .option('--json', 'print JSON')
    .action((options: CreateOptions, command: Command) => create(ctx, options, command));
  keys
    .command('list')
    .description('list the keys: id, role, status, creation time and label (never the key)')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }, command: Command) => list(ctx, options, command));
  keys
    .command('revoke')
    .description('revoke a key by its id: a running server refuses it at once')
    .argument('<id>', 'the key id, as keys list shows it')
    .action((id: string, _options: unknown, command: Command) => revoke(ctx, id, command));
  for (const sub of keys.commands) sub.exitOverride();
}
