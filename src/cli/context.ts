import type { Command } from 'commander';
import { type Dossier, openDossier } from '../app/dossier/index.js';
import { resolveDbPath, type Store } from '../store/index.js';
import type { Io } from './output.js';

/** Whether a command may create the database it names. */
export interface OpenIntent {
  /**
   * Commands that load or write (ingest, update, keys create) may create the file; every other
   * command refuses a missing one, so that a mistyped --db is an error, not an empty "clear".
   */
  create?: boolean;
}

/** What every command gets: its output streams and Dossier, opened on first use. */
export interface CommandContext {
  io: Io;
  /** The environment `main` was given, for defaults such as DOSSIER_DB. */
  env: NodeJS.ProcessEnv;
  /** How `dossier update` downloads (tests give one that fails, rather than touch the network). */
  fetch: typeof fetch;
  /**
   * Dossier on the database the command names: its own `--db`, its parent's (`keys create`),
   * else `DOSSIER_DB`, else ./dossier.db. Opened once per database, closed after the command.
   * A missing database is refused (not_found) unless `create` is set.
   */
  dossier(command?: Command, intent?: OpenIntent): Dossier;
  /** The list store of `dossier()`. */
  store(intent?: OpenIntent): Store;
}

/** What `main` may be given in place of the real thing (tests). */
export interface CliDeps {
  fetch?: typeof fetch;
}

/** The database a command names: its own --db, else its parent's, else the default. */
function dbOf(command: Command | undefined, flag: string | undefined, env: NodeJS.ProcessEnv) {
  const own = command?.opts().db as string | undefined;
  const parent = command?.parent?.opts().db as string | undefined;
  return resolveDbPath(own ?? parent ?? flag, env);
}

export function createContext(
  io: Io,
  env: NodeJS.ProcessEnv,
  dbFlag: () => string | undefined,
  deps: CliDeps = {},
) {
  const open = new Map<string, Dossier>();
  const ctx: CommandContext & { close(): Promise<void> } = {
    io,
    env,
    fetch: deps.fetch ?? fetch,
    dossier(command, intent = {}) {
      const db = dbOf(command, dbFlag(), env);
      let dossier = open.get(db);
      if (!dossier) {
        dossier = openDossier({ db, mustExist: !intent.create });
        open.set(db, dossier);
      }
      return dossier;
    },
    store(intent) {
      return ctx.dossier(undefined, intent).lists;
    },
    async close() {
      for (const dossier of open.values()) await dossier.close();
      open.clear();
    },
  };
  return ctx;
}
